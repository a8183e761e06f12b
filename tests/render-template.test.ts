/**
 * Rendering the Word document's XML, written out by hand: each number in a run of its own tagged as Latin text (so
 * that LibreOffice never breaks a line inside it), the document's title property escaped, and the two refusals.
 *
 * Covers: src/templates/render-template.ts.
 */
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { loadReport } from "../src/pipeline/load.js";
import { buildTemplateData } from "../src/render/template-data.js";
import { BrokenOutputError, keepNumbersWhole, MissingValuesError, renderDocx } from "../src/templates/render-template.js";
import { compileTemplate } from "../src/templates/template-tags.js";
import { editedTemplateBytes } from "./helpers/templates.js";

const FONT = '<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>';
const LATIN = '<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:lang w:val="en-US"/></w:rPr>';
const run = (text: string, properties = FONT) => `<w:r>${properties}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe("keepNumbersWhole", () => {
  it("puts each number in a run of its own, tagged as Latin text, the rest keeping the run's properties", () => {
    expect(keepNumbersWhole(run("宣传彩页500余份，收费7,380.5万元，增减-7"))).toBe(
      run("宣传彩页") + run("500", LATIN) + run("余份，收费") + run("7,380.5", LATIN) + run("万元，增减") + run("-7", LATIN),
    );
  });

  it("leaves a run without digits as it is", () => {
    expect(keepNumbersWhole(run("没有数字"))).toBe(run("没有数字"));
  });

  it("gives a run without properties its own for the number only", () => {
    expect(keepNumbersWhole(run("共+505件", ""))).toBe(
      run("共", "") + run("+505", '<w:rPr><w:lang w:val="en-US"/></w:rPr>') + run("件", ""),
    );
  });

  it("keeps a language the run already names", () => {
    const named = '<w:rPr><w:lang w:val="zh-CN"/></w:rPr>';
    expect(keepNumbersWhole(run("12条", named))).toBe(run("12", named) + run("条", named));
  });

  it("leaves runs of another shape (a tab, a break) and the text between runs alone", () => {
    const tabbed = '<w:r><w:tab/><w:t xml:space="preserve">12</w:t></w:r>';
    expect(keepNumbersWhole(`<w:p>${tabbed}${run("3")}</w:p>`)).toBe(`<w:p>${tabbed}${run("3", LATIN)}</w:p>`);
  });
});

describe("renderDocx", () => {
  const template = () => compileTemplate(editedTemplateBytes((xml) => xml)).compiled!;
  /** The 2021 example's template data. */
  const exampleData = async () => {
    const { report, edition } = await loadReport("inputs/2025-示范市自然资源局.xlsx");
    return buildTemplateData(report, edition);
  };

  it("writes the title into the document's properties, escaped", async () => {
    const bytes = renderDocx(template(), await exampleData(), "A&B <局> 报告");
    const core = new PizZip(bytes).file("docProps/core.xml")!.asText();
    expect(core).toContain("<dc:title>A&amp;B &lt;局&gt; 报告</dc:title>");
  });

  it("refuses data without a value for a tag, naming the tags", () => {
    let thrown: unknown;
    try {
      renderDocx(template(), {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MissingValuesError);
    const missing = thrown as MissingValuesError;
    expect([missing.name, missing.tags.includes("meta.agency"), missing.message.startsWith("template tags without a value: ")]).toEqual([
      "MissingValuesError",
      true,
      true,
    ]);
  });

  it("refuses a rendered part that is not well-formed, naming the part", async () => {
    const { compiled } = compileTemplate(editedTemplateBytes((xml) => xml.replace("{meta.signer}", "{@meta.signer}")));
    const data = await exampleData();
    let thrown: unknown;
    try {
      renderDocx(compiled!, { ...data, "meta.signer": "<w:p>示范局" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BrokenOutputError);
    const broken = thrown as BrokenOutputError;
    expect([broken.name, broken.part, broken.message]).toEqual([
      "BrokenOutputError",
      "word/document.xml",
      `rendered word/document.xml is not well-formed: ${broken.reason}`,
    ]);
  });
});
