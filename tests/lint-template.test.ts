/**
 * `template check` on a clerk's Word template, finding by finding with what it quotes (written out by hand): the
 * tag as typed, the paragraph it is in, what was expected. finding-codes.test.ts holds each code to its severity;
 * these hold the details.
 *
 * Covers: src/templates/lint-template.ts.
 */
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/findings/finding.js";
import { lintTemplate } from "../src/templates/lint-template.js";
import { editedTemplateBytes } from "./helpers/templates.js";

const lint = (edit: (xml: string) => string) => lintTemplate(editedTemplateBytes(edit), "2021").findings;
const details = (findings: Finding[], code: string) =>
  findings.filter((finding) => finding.code === code).map(({ paragraph, actual, expected }) => ({ paragraph, actual, expected }));

/** The signature date's paragraph, whose only text is its tag. */
const DATE = "{meta.date}";

describe("template check quotes what a clerk typed", () => {
  it.each([
    ["{meta. date}", "template/space-in-tag"],
    ["｛meta.date}", "template/fullwidth-brace"],
    ["{meta.date｝", "template/fullwidth-brace"],
    ["{“meta.date”}", "template/typographic-quote"],
  ])("%s: %s, the whole tag quoted", (typed, code) => {
    expect(
      details(
        lint((xml) => xml.replace(DATE, typed)),
        code,
      ),
    ).toEqual([{ paragraph: typed, actual: typed, expected: undefined }]);
  });

  it("a raw-XML tag, quoted", () => {
    const findings = lint((xml) => xml.replace("{meta.signer}", "{@meta.signer}"));
    expect(details(findings, "template/raw-xml")).toEqual([{ paragraph: "{@meta.signer}", actual: "{@meta.signer}", expected: undefined }]);
  });

  it("a loop nested deeper than the standard templates: the outer loop, and the depth allowed", () => {
    const findings = lint((xml) =>
      xml.replace("{#text.problems}", "{#text.problems}{#text.problems}").replace("{/text.problems}", "{/text.problems}{/text.problems}"),
    );
    expect(details(findings, "template/loop-too-deep")).toEqual([
      { paragraph: "{#text.problems}{#text.problems}", actual: "{#text.problems}", expected: 3 },
    ]);
  });

  it("an unknown tag inside a paragraph loop, with the nearest tag such a loop has", () => {
    const findings = lint((xml) => xml.replace("{#text.overview}", "{#text.overview}{bdoy}"));
    expect(details(findings, "template/unknown-tag")).toEqual([{ paragraph: "{#text.overview}{bdoy}", actual: "bdoy", expected: "body" }]);
  });

  it("a table's figure left out is required, the signer optional", () => {
    const findings = lint((xml) => xml.replace("{review.upheld}", "").replace("{meta.signer}", ""));
    expect(
      findings.filter((finding) => finding.code.startsWith("template/missing")).map((finding) => [finding.code, finding.actual]),
    ).toEqual([
      ["template/missing-optional", "meta.signer"],
      ["template/missing-required", "review.upheld"],
    ]);
  });

  it("a template that does not compile gets its syntax findings only, not a missing tag for every field", () => {
    const findings = lint((xml) => xml.replace("{meta.publicity}", "{meta.publicity"));
    expect(findings.map((finding) => finding.code)).toEqual(["template/syntax"]);
  });
});

describe("template check on fonts", () => {
  it("finds text in a run with attributes, or in a bare w:t, with no East Asian font", () => {
    const bare = (run: string) =>
      lint((xml) => xml.replace(/<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"\/>(?:(?!<\/w:r>)[^])*\{meta\.date\}<\/w:t><\/w:r>/, run));
    for (const run of ['<w:r w:rsidR="00A1"><w:t xml:space="preserve">{meta.date}</w:t></w:r>', "<w:r><w:t>{meta.date}</w:t></w:r>"])
      expect(details(bare(run), "template/no-east-asian-font"), run).toEqual([{ paragraph: DATE, actual: undefined, expected: undefined }]);
    expect(
      details(
        lint((xml) => xml),
        "template/no-east-asian-font",
      ),
    ).toEqual([]);
  });
});

describe("template check reads", () => {
  it("the body, headers and footers only: a tag mistyped in a comment is not the template's", () => {
    const zip = new PizZip(editedTemplateBytes((xml) => xml));
    zip.file("word/comments.xml", "<w:comments><w:comment><w:p><w:r><w:t>{meta. date}</w:t></w:r></w:p></w:comment></w:comments>");
    zip.file("word/footer3.xml", "<w:ftr><w:p><w:r><w:t>{meta. year}</w:t></w:r></w:p></w:ftr>");
    const findings = lintTemplate(zip.generate({ type: "nodebuffer" }), "2021").findings;
    expect(details(findings, "template/space-in-tag")).toEqual([
      { paragraph: "{meta. year}", actual: "{meta. year}", expected: undefined },
    ]);
  });
});
