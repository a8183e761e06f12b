/**
 * A batch's summary workbook (src/workbook/summary.ts) from entries written by hand: the 汇总 sheet's rows, its 合计
 * row (SUMIF formulas over the reports counted, their results cached), its filter and frozen panes, and the 问题清单
 * sheet's panes. batch.test.ts checks the summary of real batches; these pin what its reports never vary.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { summaryWorkbookBytes, type SummaryEntry } from "../src/workbook/summary.js";

/** The key figures' labels (src/schema/summary.ts), and a report's: 新收申请 as given, every other figure 1. */
const LABELS = [
  "新收申请",
  "上年结转",
  "予以公开",
  "部分公开",
  "不予公开",
  "无法提供",
  "不予处理",
  "其他处理",
  "结转下年",
  "行政复议总计",
  "行政诉讼总计",
  "规范性文件",
  "行政许可决定",
  "行政处罚决定",
  "行政强制决定",
];
const figures = (received: number) => Object.fromEntries(LABELS.map((label) => [label, label === "新收申请" ? received : 1]));

const entry = (file: string, counted: boolean, received: number, errors = 0): SummaryEntry => ({
  file,
  agency: file.replace(".xlsx", ""),
  year: 2025,
  edition: "2021",
  status: counted ? "已生成" : "有错误",
  counted,
  errors,
  warnings: 0,
  figures: figures(received),
  findings: [],
});

async function summary(entries: SummaryEntry[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await summaryWorkbookBytes(entries, { year: 2025, madeAt: new Date(Date.UTC(2026, 0, 10, 1, 2)) });
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("the 汇总 sheet", () => {
  it("sums in 合计 only the reports counted, by SUMIF over 计入合计, with the results cached", async () => {
    const workbook = await summary([entry("甲局.xlsx", true, 10), entry("乙局.xlsx", false, 100, 2), entry("丙局.xlsx", true, 5)]);
    const sheet = workbook.getWorksheet("汇总")!;
    expect(sheet.getRow(2).values).toEqual([undefined, "文件", "机关", "年度", "版本", "状态", "计入合计", "错误", "警告", ...LABELS]);
    expect(sheet.getRow(4).values).toEqual([undefined, "乙局.xlsx", "乙局", 2025, "2021", "有错误", "否", 2, 0, 100, ...Array(14).fill(1)]);
    const total = sheet.getRow(6);
    expect(total.getCell(1).value).toBe("合计（已生成和未变化的 2025 年度报告）");
    // 错误 (column G) and 新收申请 (column I): 乙局's 2 errors and 100 requests are not counted.
    // A result of 0 is not written (exceljs leaves it out), so a reader computes it.
    expect(total.getCell(7).value).toEqual({ formula: 'SUMIF($F$3:$F$5,"是",G3:G5)' });
    expect(total.getCell(9).value).toEqual({ formula: 'SUMIF($F$3:$F$5,"是",I3:I5)', result: 15 });
    expect(total.getCell(20).value).toEqual({ formula: 'SUMIF($F$3:$F$5,"是",T3:T5)', result: 2 });
    expect(total.font?.bold).toBe(true);
    expect(sheet.autoFilter).toBe("A2:W5");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2, xSplit: 2 });
    expect(workbook.getWorksheet("问题清单")!.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  it("an empty batch: a 合计 row whose formulas still name a range of one row", async () => {
    const sheet = (await summary([])).getWorksheet("汇总")!;
    expect(sheet.getRow(3).getCell(1).value).toBe("合计（已生成和未变化的 2025 年度报告）");
    expect(sheet.getRow(3).getCell(9).value).toEqual({ formula: 'SUMIF($F$3:$F$3,"是",I3:I3)' });
    expect(sheet.autoFilter).toBe("A2:W2");
  });
});
