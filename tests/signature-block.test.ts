/**
 * The signature block's indents set in the document's XML, written out by hand (GB/T 9704-2012 7.3.5.2, see
 * src/render/signature.ts): the width read from the text as printed (entities unescaped), an indent the template
 * had replaced, w:ind placed where the schema's sequence puts it.
 *
 * Covers: src/templates/signature-block.ts.
 */
import { describe, expect, it } from "vitest";
import { characterWidth, signatureIndents } from "../src/render/signature.js";
import { setSignatureIndents } from "../src/templates/signature-block.js";

const paragraph = (properties: string, text: string) => `<w:p><w:pPr>${properties}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe("setSignatureIndents", () => {
  it("sets both lines' right indents from the printed widths", () => {
    // 某<>&局: 1 + 3 × 0.5 + 1, and 0.2 at each of its two changes of width = 3.9 characters. 2026年1月5日: 7 characters.
    // The date is the longer: it stands 2 characters in (640 twips), the signer 2 + 7 + 2 − 3.9 = 7.1 (2272 twips).
    const signer = paragraph('<w:pStyle w:val="NianbaoSigner"/><w:ind w:left="100"/><w:spacing w:after="0"/>', "某&lt;&gt;&amp;局");
    const date = paragraph('<w:pStyle w:val="NianbaoSignatureDate"/><w:keepNext/>', "2026年1月5日").replace(
      "<w:t>",
      '<w:t xml:space="preserve">',
    );
    const body = `<w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p>${signer}${date}</w:body>`;
    expect(setSignatureIndents(body)).toBe(
      "<w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p>" +
        paragraph('<w:pStyle w:val="NianbaoSigner"/><w:spacing w:after="0"/><w:ind w:right="2272"/>', "某&lt;&gt;&amp;局") +
        paragraph('<w:pStyle w:val="NianbaoSignatureDate"/><w:keepNext/><w:ind w:right="640"/>', "2026年1月5日").replace(
          "<w:t>",
          '<w:t xml:space="preserve">',
        ) +
        "</w:body>",
    );
  });

  it("measures a line Word split into several runs as one text", () => {
    // 某县交通运输局 in two runs: 7 characters. 2026年1月5日: 7. The date stands 2 in, the signer 2 + 7 + 2 − 7 = 4.
    const signer = '<w:p><w:pPr><w:pStyle w:val="NianbaoSigner"/></w:pPr><w:r><w:t>某县</w:t></w:r><w:r><w:t>交通运输局</w:t></w:r></w:p>';
    const date = paragraph('<w:pStyle w:val="NianbaoSignatureDate"/>', "2026年1月5日");
    expect(setSignatureIndents(signer + date)).toBe(
      signer.replace('<w:pStyle w:val="NianbaoSigner"/>', '<w:pStyle w:val="NianbaoSigner"/><w:ind w:right="1280"/>') +
        paragraph('<w:pStyle w:val="NianbaoSignatureDate"/><w:ind w:right="640"/>', "2026年1月5日"),
    );
  });

  it("leaves a template without both styles (a customised one) as it is", () => {
    const onlySigner = `<w:body>${paragraph('<w:pStyle w:val="NianbaoSigner"/>', "某局")}</w:body>`;
    expect(setSignatureIndents(onlySigner)).toBe(onlySigner);
  });
});

describe("the signature block's indents, in characters (the web page's and the document's)", () => {
  it("measures Chinese as one, digits and Latin as half, and a fifth where the two meet", () => {
    expect(characterWidth("示范市自然资源局")).toBe(8);
    // 2026 (2) 年 (1) 1 (0.5) 月 (1) 22 (1) 日 (1), and five changes of width.
    expect(characterWidth("2026年1月22日")).toBeCloseTo(7.5, 10);
    expect(characterWidth("ＡＢ")).toBe(2);
    // Half-width forms (U+FF61–U+FFDC, ｱ and ￜ) are half, the full-width signs after them (￠) whole: 0.5 + 0.5 + 0.2 + 1.
    expect(characterWidth("ｱ\uffdc\uffe0")).toBeCloseTo(2.2, 10);
    expect(characterWidth("")).toBe(0);
  });

  it("sets the signer two characters in and the date a step right of it when the signer is the longer", () => {
    const indents = signatureIndents("贺兰县交通运输局办公室", "2021年1月19日");
    expect(indents.signer).toBe(2);
    expect(indents.date).toBeCloseTo(2 + 11 - 2 - 7.5, 10);
  });

  it("sets the date two characters in and moves the signer left to keep the step when the date is the longer", () => {
    const indents = signatureIndents("示范市自然资源局", "2026年1月22日");
    expect(indents.date).toBe(2);
    expect(indents.signer).toBeCloseTo(2 + 7.5 + 2 - 8, 10);
  });
});
