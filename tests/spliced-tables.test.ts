/** Tables filled by splicing (src/templates/spliced-tables.ts): the same document as docxtemplater's, or left to it. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { prepareTemplate } from "../src/pipeline/template.js";
import { interpretReport } from "../src/pipeline/load.js";
import { fillTable, spliceTables, spliceTemplate, tableKey } from "../src/templates/spliced-tables.js";
import { paragraphTexts } from "./helpers/docx.js";
import { tempDir } from "./helpers/fixtures.js";
import { memorySource } from "./helpers/memory.js";
import { editedTemplateBytes } from "./helpers/templates.js";

const cell = (text: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;
const table = (...cells: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/><w:tr>${cells.map(cell).join("")}</w:tr></w:tbl>`;

describe("spliceTables", () => {
  it("cuts out each table whose tags are whole values, leaving a raw-XML tag alone in a paragraph", () => {
    const xml = `<w:p/>${table("{a.b}", "{c}万元")}<w:p/>${table("合计")}`;
    const { xml: rest, tables } = spliceTables(xml);
    expect(rest).toBe(`<w:p/><w:p><w:r><w:t>{@${tableKey(0)}}</w:t></w:r></w:p><w:p/>${table("合计")}`);
    expect(tables.map((t) => t.tags)).toEqual([["a.b", "c"]]);
    expect(fillTable(tables[0], { "a.b": "1", c: "2.5" }, new Set())).toBe(table("1", "2.5万元"));
  });

  it("prints nothing for a value that is absent or null, and counts it missing; escapes the rest", () => {
    const { tables } = spliceTables(table("{a}", "{b}", "{c}"));
    const missing = new Set<string>();
    expect(fillTable(tables[0], { a: null, c: `<"&'>` }, missing)).toBe(table("", "", "&lt;&quot;&amp;&apos;&gt;"));
    expect([...missing]).toEqual(["a", "b"]);
  });

  it("leaves a document whose tables do not close to docxtemplater, complete tables included", () => {
    const xml = `${table("{a}")}<w:tbl><w:tr>${cell("{b}")}</w:tr>`;
    expect(spliceTables(xml)).toEqual({ xml, tables: [] });
  });

  it("gives back a template without document.xml as it was, and cuts the standard one's tables", () => {
    const zip = new PizZip(editedTemplateBytes((xml) => xml));
    zip.remove("word/document.xml");
    const bodiless = zip.generate({ type: "nodebuffer" });
    expect(spliceTemplate(bodiless)).toEqual({ bytes: bodiless, tables: [] });
    const spliced = spliceTemplate(editedTemplateBytes((xml) => xml));
    expect(spliced.tables.length).toBeGreaterThan(0);
    expect(new PizZip(spliced.bytes).file("word/document.xml")!.asText()).toContain(`{@${tableKey(0)}}`);
  });

  it("leaves to docxtemplater a table with a tag Word split across runs, a condition or a stray brace", () => {
    const split = table("{a.</w:t></w:r><w:r><w:t>b}");
    const condition = table("{#a}x{/a}");
    const brace = table("{a} }");
    const xml = split + condition + brace;
    expect(spliceTables(xml)).toEqual({ xml, tables: [] });
  });

  it("takes a nested table with its outer table, and leaves unbalanced XML alone", () => {
    const nested = `<w:tbl><w:tr><w:tc>${table("{x}")}<w:p/></w:tc></w:tr>${table("{y}").replace("<w:tbl>", "<w:tbl >")}</w:tbl>`;
    const { tables } = spliceTables(nested);
    expect(tables.map((t) => t.tags)).toEqual([["x", "y"]]);
    expect(spliceTables(`<w:tbl>${cell("{x}")}`).tables).toEqual([]);
  });

  it("escapes values as docxtemplater does, and collects tags without a value", () => {
    const missing = new Set<string>();
    const { tables } = spliceTables(table("{a}", "{b}", "{c}"));
    expect(fillTable(tables[0], { a: `<&>"'`, b: 12 }, missing)).toBe(table("&lt;&amp;&gt;&quot;&apos;", "12", ""));
    expect([...missing]).toEqual(["c"]);
  });
});

describe("a custom template whose table tag Word split across runs", () => {
  it("renders the same text as the standard template: the split table goes through docxtemplater", async () => {
    const report = interpretReport(memorySource("2021")).report;
    const render = async (bytes: Buffer) => {
      const file = join(tempDir(), "模板.docx");
      writeFileSync(file, bytes);
      const rendered = (await prepareTemplate(file, "2021")).render(report);
      if (rendered.status !== "ok") throw new Error("template refused");
      return paragraphTexts(new PizZip(rendered.bytes).file("word/document.xml")!.asText());
    };
    const standard = await render(editedTemplateBytes((xml) => xml));
    const split = await render(
      editedTemplateBytes((xml) => xml.replace("{requests.newReceived.natural}", "{requests.newReceived.</w:t></w:r><w:r><w:t>natural}")),
    );
    expect(split).toEqual(standard);
    expect(standard.join("")).not.toContain("{");
  });
});
