/** `nianbao check FILE --annotate`: a copy of the clerk's workbook with every finding marked in it. *
 * Covers: src/pipeline/annotate.ts, src/workbook/annotate.ts.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { checkFile } from "../src/pipeline/check.js";
import { hasCommand } from "./helpers/docx.js";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, cellOf, noteOf, tempDir, TODAY } from "./helpers/fixtures.js";
import { validJson, writeJson } from "./helpers/json.js";
import { pdfPages, recalculateInCalc, workbookToPdf } from "./helpers/libreoffice.js";

const SML = new URL("./ooxml-schemas/ISO-IEC29500-4_2016/sml.xsd", import.meta.url);
const ERROR_FILL = "FFFFC7CE";
const WARNING_FILL = "FFFFD966";

/** A workbook with an error (十二 as a count), a blank cell (a warning), and a note of the clerk's own. */
async function clerksWorkbook(dir: string): Promise<string> {
  const file = join(dir, "交通局.xlsx");
  copyFileSync(
    await buildWorkbook(
      "2021",
      { "review.upheld": "十二", "requests.granted.natural": null },
      { edit: (workbook) => (cellOf(workbook, "review.corrected").note = "科长：此数待核") },
    ),
    file,
  );
  return file;
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

async function opened(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe("check --annotate", () => {
  it("writes <name>.批注.xlsx beside the workbook, marks each cell a finding names, and leaves the original as it was", async () => {
    const dir = tempDir();
    const file = await clerksWorkbook(dir);
    const before = readFileSync(file);
    const run = await nianbao(["check", "交通局.xlsx", "--annotate"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("已写出带批注的副本：交通局.批注.xlsx（原文件未改动）");
    expect(readFileSync(file)).toEqual(before);

    const { result } = await checkFile(file, { today: TODAY });
    const workbook = await opened(join(dir, "交通局.批注.xlsx"));
    const error = result.findings.find((f) => f.code === "value/not-a-number")!;
    const warning = result.findings.find((f) => f.code === "value/blank")!;
    const errorCell = workbook.getWorksheet(error.sheet!)!.getCell(error.cell!);
    const warningCell = workbook.getWorksheet(warning.sheet!)!.getCell(warning.cell!);
    expect([fillOf(errorCell), fillOf(warningCell)]).toEqual([ERROR_FILL, WARNING_FILL]);
    expect(noteOf(errorCell)).toBe(`[错误] ${error.message}`);
    expect(noteOf(warningCell)).toBe(`[警告] ${warning.message}`);
    // Cells that share the marked cells' style in the clerk's file are not marked with them.
    expect(fillOf(cellOf(workbook, "review.other"))).not.toBe(ERROR_FILL);
    expect(fillOf(cellOf(workbook, "requests.granted.business"))).not.toBe(WARNING_FILL);
    expect(noteOf(cellOf(workbook, "review.corrected"))).toBe("科长：此数待核");
  });

  it("opens on a first sheet listing every finding, each linked to its cell", async () => {
    const dir = tempDir();
    const file = await clerksWorkbook(dir);
    await nianbao(["check", "交通局.xlsx", "--annotate"], dir);
    const { result } = await checkFile(file, { today: TODAY });
    const workbook = await opened(join(dir, "交通局.批注.xlsx"));
    const [first] = workbook.worksheets;
    expect(first.name).toBe("校验结果");
    expect(workbook.views[0].activeTab).toBe(0);
    const rows = first.getSheetValues().slice(3) as ExcelJS.CellValue[][];
    expect(rows).toHaveLength(result.findings.length);
    const row = result.findings.findIndex((f) => f.code === "value/not-a-number");
    const place = first.getCell(row + 3, 3).value as ExcelJS.CellHyperlinkValue;
    expect(place.hyperlink).toBe(`#'${result.findings[row].sheet}'!${result.findings[row].cell}`);
    expect(first.getCell(row + 3, 2).value).toBe("错误");
  });

  it("still reads as the same report, with the same findings", async () => {
    const dir = tempDir();
    const file = await clerksWorkbook(dir);
    await nianbao(["check", "交通局.xlsx", "--annotate"], dir);
    const original = await checkFile(file, { today: TODAY });
    const annotated = await checkFile(join(dir, "交通局.批注.xlsx"), { today: TODAY });
    expect(annotated.report).toEqual(original.report);
    expect(annotated.result.findings.map((f) => [f.code, f.cell])).toEqual(original.result.findings.map((f) => [f.code, f.cell]));
  });

  it("never writes over an earlier copy, and writes none for a clean workbook or for JSON", async () => {
    const dir = tempDir();
    await clerksWorkbook(dir);
    await nianbao(["check", "交通局.xlsx", "--annotate"], dir);
    const again = await nianbao(["check", "交通局.xlsx", "--annotate"], dir);
    expect(again.stderr).toContain("交通局.批注-2.xlsx");
    copyFileSync(await buildWorkbook("2021"), join(dir, "干净.xlsx"));
    const clean = await nianbao(["check", "干净.xlsx", "--annotate"], dir);
    expect([clean.code, clean.stderr.trim()]).toEqual([0, "没有发现问题，未写批注副本。"]);
    copyFileSync(writeJson({ ...validJson("2021"), review: { ...validJson("2021").review, upheld: -1 } }), join(dir, "报告.json"));
    const json = await nianbao(["check", "报告.json", "--annotate"], dir);
    expect(json.stderr).toContain("批注副本只适用于 Excel 工作簿");
    expect(readdirSync(dir).sort()).toEqual(["交通局.xlsx", "交通局.批注-2.xlsx", "交通局.批注.xlsx", "干净.xlsx", "报告.json"].sort());
    expect(existsSync(join(dir, "报告.批注.xlsx"))).toBe(false);
  });
});

describe.runIf(hasCommand("xmllint"))("the annotated copy's notes", () => {
  it("are comment parts valid against the OOXML schema (sml.xsd), one per marked sheet", async () => {
    const dir = tempDir();
    await clerksWorkbook(dir);
    await nianbao(["check", "交通局.xlsx", "--annotate"], dir);
    const zip = new PizZip(readFileSync(join(dir, "交通局.批注.xlsx")));
    const comments = Object.keys(zip.files).filter((name) => /^xl\/comments\d+\.xml$/.test(name));
    expect(comments).toHaveLength(2);
    for (const name of comments) {
      const part = join(dir, name.replace("/", "-"));
      writeFileSync(part, zip.file(name)!.asText());
      const run = spawnSync("xmllint", ["--noout", "--schema", SML.pathname, part], { encoding: "utf8" });
      expect(run.stderr.trim(), name).toBe(`${part} validates`);
    }
  });
});

describe.runIf(hasCommand("soffice") && hasCommand("pdftotext"))("the annotated copy in LibreOffice", () => {
  it("opens and prints: the findings first, then the clerk's sheets", async () => {
    const dir = tempDir();
    await clerksWorkbook(dir);
    await nianbao(["check", "交通局.xlsx", "--annotate"], dir);
    const pages = pdfPages(workbookToPdf(join(dir, "交通局.批注.xlsx")));
    expect(pages[0]).toContain("交通局.xlsx的校验结果：错误1项，警告1项");
    expect(pages[0]).toContain("“行政复议·结果维持”应填数字");
    expect(pages.join("")).toContain("三、收到和处理政府信息公开申请情况");
  });

  it("keeps the print setup of a workbook LibreOffice saved: the clerk's sheets print on as many pages as before (issue 19, item 2)", async () => {
    const dir = tempDir();
    await clerksWorkbook(dir);
    // Saved by Calc, the sheets' booleans read fitToPage="true", sheet="true" (exceljs takes only "1").
    const saved = recalculateInCalc(join(dir, "交通局.xlsx"));
    copyFileSync(saved, join(dir, "存.xlsx"));
    await nianbao(["check", "存.xlsx", "--annotate"], dir);
    const [original, annotated] = [pdfPages(workbookToPdf(join(dir, "存.xlsx"))), pdfPages(workbookToPdf(join(dir, "存.批注.xlsx")))];
    const findingsPages = annotated.filter((page) => page.includes("校验结果") || page.includes("处理建议")).length;
    expect(findingsPages).toBeGreaterThan(0);
    expect(annotated.length - findingsPages).toBe(original.length);
    const sheet = new PizZip(readFileSync(join(dir, "存.批注.xlsx"))).file(/xl\/worksheets\/sheet\d+\.xml/).map((f) => f.asText());
    expect(sheet.filter((xml) => xml.includes('<pageSetUpPr fitToPage="1"/>')).length).toBeGreaterThanOrEqual(original.length > 0 ? 7 : 0);
    expect(sheet.filter((xml) => /<sheetProtection [^>]*sheet="1"/.test(xml)).length).toBeGreaterThanOrEqual(7);
  });
});
