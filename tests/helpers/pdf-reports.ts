/**
 * PDFs the project makes of its own reports, by LibreOffice: the golden Word documents as they are, and with table
 * 三's result rows repeated (a table many times the usual size, over many pages).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { convertManyToPdf } from "../../src/pdf/convert-to-pdf.js";

export const GOLDEN_2021 = "tests/golden/2025-示范市自然资源局.docx";

/** The golden .docx with table 三's rows from （一）予以公开 to （七）总计 printed `times` times over. */
export function withLongRequestsTable(docx: Buffer, times: number): Buffer {
  const zip = new PizZip(docx);
  const xml = zip.file("word/document.xml")!.asText();
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
  const requests = tables.find((table) => table.includes("申请人情况"))!;
  const rows = [...requests.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
  const first = rows.findIndex((row) => row.includes("予以公开"));
  const last = rows.findIndex((row) => row.includes("总计") && row.includes("（七）"));
  const body = rows.slice(first, last + 1).join("");
  const longer = requests.replace(body, body.repeat(times));
  zip.file("word/document.xml", xml.replace(requests, longer));
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The .docx with its tables ruled between rows only: no rule between columns, none at their sides. */
export function withRowRulesOnly(docx: Buffer): Buffer {
  const zip = new PizZip(docx);
  const xml = zip.file("word/document.xml")!.asText();
  zip.file("word/document.xml", xml.replace(/<w:(left|right|insideV) w:val="single"[^/]*\/>/g, '<w:$1 w:val="nil"/>'));
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * The golden .docx with table 三's （六）其他处理 printed as one row, as some 2021-edition reports print it (the 2019
 * edition's row): the figures of its row 3.其他 under one label over both label columns.
 */
export function withOtherHandlingInOneRow(docx: Buffer): Buffer {
  const zip = new PizZip(docx);
  const xml = zip.file("word/document.xml")!.asText();
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
  const first = rows.findIndex((row) => row.includes("（六）其他处理"));
  const [noCorrection, feeUnpaid, misc] = rows.slice(first, first + 3);
  const cells = [...misc.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((match) => match[0]);
  const label =
    '<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3802"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>' +
    '<w:p><w:pPr><w:pStyle w:val="TableText"/><w:jc w:val="left"/></w:pPr><w:r><w:t>（六）其他处理</w:t></w:r></w:p></w:tc>';
  const one = misc.replace(cells[1] + cells[2], label);
  zip.file("word/document.xml", xml.replace(noCorrection, "").replace(feeUnpaid, "").replace(misc, one));
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The .docx with every figure of its tables (a paragraph of style TableText with no alignment of its own) set right. */
export function withFiguresRightAligned(docx: Buffer): Buffer {
  const zip = new PizZip(docx);
  const xml = zip.file("word/document.xml")!.asText();
  zip.file(
    "word/document.xml",
    xml.replaceAll('<w:pStyle w:val="TableText"/></w:pPr>', '<w:pStyle w:val="TableText"/><w:jc w:val="right"/></w:pPr>'),
  );
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A .docx converted to PDF into `dir`, as `name`. */
export async function pdfOf(docx: Buffer, dir: string, name: string): Promise<string> {
  const [converted] = await convertManyToPdf([docx], dir);
  if (converted.status !== "ok") throw new Error(`LibreOffice: ${converted.status}`);
  const path = join(dir, name);
  writeFileSync(path, converted.bytes);
  return path;
}

export const goldenDocx = (): Buffer => readFileSync(GOLDEN_2021);
