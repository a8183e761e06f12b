/**
 * Reading a Word template's tags and compile errors, written out by hand: paragraphs' visible text (entities
 * decoded), each compile error placed in the paragraph it is in (in the body or a footer), the tags of footers with
 * the body's, and which tags rendering counts as without a value.
 *
 * Covers: src/templates/template-tags.ts.
 */
import { describe, expect, it } from "vitest";
import { compileTemplate, paragraphsOf, templateTags } from "../src/templates/template-tags.js";
import { editedTemplateBytes } from "./helpers/templates.js";

/** The 2021 template with a paragraph added at the start of its first footer. */
const withFooterParagraph = (text: string): Buffer =>
  editedTemplateBytes((footer) => footer.replace("<w:p>", `<w:p><w:r><w:t>${text}</w:t></w:r></w:p><w:p>`), "word/footer1.xml");

describe("paragraphsOf", () => {
  it("gives each paragraph's visible text, entities decoded, with its place in the XML", () => {
    const first = "<w:p><w:r><w:t>A &lt;&gt;&quot;&apos;&amp;amp; B</w:t></w:r><w:r><w:tab/></w:r></w:p>";
    const second = '<w:p w:rsidR="1"><w:pPr/><w:r><w:t xml:space="preserve">二 </w:t></w:r><w:r><w:t>三</w:t></w:r></w:p>';
    const xml = `<w:body>${first}<w:pStyle/>${second}<w:sectPr/></w:body>`;
    expect(paragraphsOf(xml)).toEqual([
      { text: "A <>\"'&amp; B", start: 8, end: 8 + first.length },
      { text: "二 三", start: 8 + first.length + 11, end: 8 + first.length + 11 + second.length },
    ]);
  });
});

describe("compileTemplate", () => {
  it("places a compile error in the paragraph it is in, with its tag", () => {
    const { compiled, errors } = compileTemplate(editedTemplateBytes((xml) => xml.replace("{meta.publicity}", "{meta.publicity")));
    expect(compiled).toBeUndefined();
    expect(errors).toEqual([{ id: "unclosed_tag", tag: "meta.publicity", paragraph: "{meta.publicity" }]);
  });

  it("places one in a footer in the footer's paragraph", () => {
    const { errors } = compileTemplate(withFooterParagraph("第{meta.year页"));
    // docxtemplater reads an unclosed tag on into the footer's next text (its page number's dash).
    expect(errors).toEqual([{ id: "unclosed_tag", tag: expect.stringMatching(/^meta\.year页/), paragraph: "第{meta.year页" }]);
  });

  it("lists the footers' tags with the body's", () => {
    const { compiled } = compileTemplate(withFooterParagraph("{meta.footnote}"));
    const tags = templateTags(compiled!.doc);
    expect(Object.keys(tags)).toEqual(expect.arrayContaining(["meta.footnote", "meta.agency", "text.overview"]));
  });

  it("counts a tag without a value as missing, but not a raw-XML tag, whose value is markup", () => {
    const { compiled } = compileTemplate(
      editedTemplateBytes((xml) => xml.replace("{meta.signer}", "{@meta.signer}").replace("{meta.date}", "{meta.dat}")),
    );
    compiled!.doc.render({ "meta.agency": "某局" });
    expect(compiled!.missing.has("meta.dat")).toBe(true);
    expect(compiled!.missing.has("meta.signer")).toBe(false);
    // It prints nothing (docxtemplater's own default is the word "undefined").
    const xml = compiled!.doc.getZip().file("word/document.xml")!.asText();
    const dateParagraph = paragraphsOf(xml).find(({ start, end }) => xml.slice(start, end).includes("NianbaoSignatureDate"));
    expect(dateParagraph?.text).toBe("");
  });
});
