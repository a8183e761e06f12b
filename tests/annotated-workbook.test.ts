/**
 * The annotated copy's workbook (src/workbook/annotate.ts) from findings written by hand: which cells are marked and
 * how, what their notes say, and the findings sheet row by row. check --annotate's own tests (annotate.test.ts) run
 * it on real checks; these pin the rules of marking that those findings never combine.
 */
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/findings/finding.js";
import { annotatedWorkbook } from "../src/workbook/annotate.js";
import { noteOf } from "./helpers/fixtures.js";

const ERROR = { fill: "FFFFC7CE", font: "FF9C0006" };
const WARNING = { fill: "FFFFD966", font: "FF7F4F00" };

/** A clerk's workbook: 表一 (its tab selected) with figures in B2:B5, a note on B5, and a sheet the clerk already named 校验结果. */
async function clerksWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("表一", { views: [{ tabSelected: true } as unknown as ExcelJS.WorksheetView] });
  for (const row of [2, 3, 4, 5]) sheet.getCell(`B${row}`).value = row * 10;
  sheet.getCell("B5").note = "科长：此数待核";
  workbook.addWorksheet("校验结果").getCell("A1").value = "去年的批注";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const finding = (severity: Finding["severity"], cell: string | undefined, message: string, more: Partial<Finding> = {}): Finding => ({
  rule: "R1",
  code: "table/sum" as Finding["code"],
  severity,
  ...(cell ? { sheet: "表一", cell } : {}),
  message,
  ...more,
});

/** The annotated copy's bytes, of the last annotate(). */
let bytes: Uint8Array;
async function annotate(findings: Finding[]): Promise<ExcelJS.Workbook> {
  bytes = await annotatedWorkbook(await clerksWorkbook(), findings, "交通局.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const markOf = (cell: ExcelJS.Cell) => ({
  fill: (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb,
  font: cell.font?.color?.argb,
});

describe("the marked cells", () => {
  it("marks an error red and a warning yellow, an information not at all; a cell named twice takes the graver, and both notes", async () => {
    const workbook = await annotate([
      finding("warning", "B2", "「表一」B2：空白。"),
      finding("info", "B3", "「表一」B3：提示。"),
      finding("warning", "B4", "「表一」B4：偏大。"),
      finding("error", "B4", "「表一」B4：合计不符。"),
    ]);
    const sheet = workbook.getWorksheet("表一")!;
    expect(markOf(sheet.getCell("B2"))).toEqual(WARNING);
    expect(markOf(sheet.getCell("B3"))).toEqual({ fill: undefined, font: undefined });
    expect(noteOf(sheet.getCell("B3"))).toBe("[提示] 「表一」B3：提示。");
    expect(markOf(sheet.getCell("B4"))).toEqual(ERROR);
    expect(noteOf(sheet.getCell("B4"))).toBe("[警告] 「表一」B4：偏大。\n\n[错误] 「表一」B4：合计不符。");
    // The clerk's values stay.
    expect([2, 3, 4, 5].map((row) => sheet.getCell(`B${row}`).value)).toEqual([20, 30, 40, 50]);
  });

  it("keeps the clerk's note above its own, and marks the related cells of this file, not those of last year's", async () => {
    const workbook = await annotate([
      finding("error", "B5", "「表一」B5：与上年不符。", {
        related: [
          { sheet: "表一", cell: "B2" },
          { sheet: "表一", cell: "B3", file: "交通局.xlsx" },
          { sheet: "表一", cell: "B4", file: "上年.xlsx" },
        ],
      }),
    ]);
    const sheet = workbook.getWorksheet("表一")!;
    expect(noteOf(sheet.getCell("B5"))).toBe("科长：此数待核\n\n[错误] 「表一」B5：与上年不符。");
    expect(["B2", "B3", "B4", "B5"].map((cell) => markOf(sheet.getCell(cell)).fill)).toEqual([
      ERROR.fill,
      ERROR.fill,
      undefined,
      ERROR.fill,
    ]);
  });
});

describe("the findings sheet", () => {
  it("comes first under a name the workbook does not have yet, one row per finding with its place linked and its height", async () => {
    const long = "很长的说明".repeat(10);
    const workbook = await annotate([
      finding("error", "B4", "「表一」B4：合计不符。", { hint: "请核对。" }),
      finding("warning", undefined, long),
    ]);
    const [first] = workbook.worksheets;
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["校验结果(2)", "表一", "校验结果"]);
    expect(first.getCell("A1").value).toBe(
      "交通局.xlsx 的校验结果：错误 1 项，警告 1 项，提示 0 项。点“位置”可跳到对应单元格；有问题的单元格已标色（红色为错误，黄色为警告），并附批注。",
    );
    expect(first.getRow(2).values).toEqual([undefined, "序号", "级别", "位置", "说明", "处理建议"]);
    // The place in its own column, linked; the message without it.
    expect(first.getRow(3).values).toEqual([undefined, 1, "错误", { text: "表一!B4", hyperlink: "#'表一'!B4" }, "合计不符。", "请核对。"]);
    expect(first.getRow(4).values).toEqual([undefined, 2, "警告", "（整个文件）", long, ""]);
    expect(markOf(first.getCell("B3")).fill).toBe(ERROR.fill);
    expect(markOf(first.getCell("B4")).fill).toBe(WARNING.fill);
    // 15 pt a line: 说明 wraps every 34 characters, so 50 characters take 2 lines.
    expect([first.getRow(3).height, first.getRow(4).height]).toEqual([15, 30]);
    expect([1, 2, 3, 4, 5].map((column) => first.getColumn(column).width)).toEqual([6, 6, 34, 70, 40]);
    // One selected tab, the findings sheet's (the clerk had 表一 selected): two would open grouped. exceljs does not
    // read tabSelected back, so the sheets' XML is read.
    const zip = new PizZip(bytes);
    const selected = Object.keys(zip.files)
      .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .map((name) => zip.file(name)!.asText())
      .filter((xml) => xml.includes('tabSelected="1"'));
    expect(selected).toHaveLength(1);
    expect(selected[0]).toContain('ySplit="2"');
  });
});
