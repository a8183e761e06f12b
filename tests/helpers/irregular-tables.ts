/**
 * Tables drawn on irregular grids, as real published reports draw them (issue 18, item 2): written once as rows of
 * cells with their spans, then as a web page's <table> and as a Word table (w:gridSpan, w:vMerge), and put in place
 * of the example report's table in its page or its .docx.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { placeRows } from "../../src/document/grid.js";
import { generateReport } from "../../src/pipeline/generate.js";
import { TODAY } from "./fixtures.js";
import { EXAMPLE_INPUT, publishedPage } from "./published.js";
import { tempDir } from "./temp.js";

export interface SpecCell {
  text: string;
  rows?: number;
  columns?: number;
}
export type SpecRow = SpecCell[];

const escape = (text: string): string => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");

export function tableHtml(rows: readonly SpecRow[]): string {
  const cell = ({ text, rows: r = 1, columns: c = 1 }: SpecCell) =>
    `<td${r > 1 ? ` rowspan="${r}"` : ""}${c > 1 ? ` colspan="${c}"` : ""}>${escape(text)}</td>`;
  return `<table border="1">${rows.map((row) => `<tr>${row.map(cell).join("")}</tr>`).join("\n")}</table>`;
}

/** The same rows as a Word table: each grid slot covered from above becomes a w:vMerge continuation cell. */
export function tableWordXml(rows: readonly SpecRow[]): string {
  const table = placeRows(rows.map((row) => row.map((cell) => ({ text: cell.text, rows: cell.rows ?? 1, columns: cell.columns ?? 1 }))));
  const tc = (text: string, columns: number, merge?: "restart" | "continue") =>
    `<w:tc><w:tcPr>${columns > 1 ? `<w:gridSpan w:val="${columns}"/>` : ""}${
      merge === "restart" ? '<w:vMerge w:val="restart"/>' : merge === "continue" ? "<w:vMerge/>" : ""
    }</w:tcPr><w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p></w:tc>`;
  const grid = `<w:tblGrid>${'<w:gridCol w:w="600"/>'.repeat(table.columnCount)}</w:tblGrid>`;
  const body = Array.from({ length: table.rowCount }, (_, r) => {
    const cells = table.cells
      .filter((c) => r >= c.row && r < c.row + c.rows)
      .sort((a, b) => a.column - b.column)
      .map((c) => tc(c.row === r ? c.text : "", c.columns, c.rows === 1 ? undefined : c.row === r ? "restart" : "continue"));
    return `<w:tr>${cells.join("")}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${body.join("")}</w:tbl>`;
}

/** The example's 2021 web page with the table that prints `label` replaced by `rows`. */
export async function pageWithTable(label: string, rows: readonly SpecRow[]): Promise<string> {
  return publishedPage("2021", (html) => {
    const at = html.indexOf(`>${label}<`);
    const start = html.lastIndexOf("<table", at);
    const end = html.indexOf("</table>", at) + "</table>".length;
    return html.slice(0, start) + tableHtml(rows) + html.slice(end);
  });
}

/** The example's 2021 .docx, as generate writes it, with the table that prints `label` replaced by `rows`. */
export async function docxWithTable(label: string, rows: readonly SpecRow[]): Promise<string> {
  const dir = tempDir();
  const outcome = await generateReport({ input: EXAMPLE_INPUT["2021"], outDir: dir, today: TODAY, version: "test" });
  if (outcome.status !== "generated") throw new Error(outcome.status);
  const zip = new PizZip(readFileSync(outcome.paths.docx));
  const xml = zip.file("word/document.xml")!.asText();
  const at = xml.indexOf(`>${label}<`);
  const start = xml.lastIndexOf("<w:tbl>", at);
  const end = xml.indexOf("</w:tbl>", at) + "</w:tbl>".length;
  zip.file("word/document.xml", xml.slice(0, start) + tableWordXml(rows) + xml.slice(end));
  const file = join(dir, "报告.docx");
  writeFileSync(file, zip.generate({ type: "nodebuffer" }));
  return file;
}
