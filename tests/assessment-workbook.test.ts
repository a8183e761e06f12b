/**
 * The assessor's 评估汇总.xlsx (src/workbook/assessment.ts) from reports and findings written by hand: the overview's
 * header, column widths, one row per report with its conclusion and its errors and warnings counted by group, its
 * filter and frozen panes; the 问题清单 sheet's one row per finding, where it is printed. assess.test.ts checks the
 * workbook of real batches.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/findings/finding.js";
import { assessmentWorkbookBytes, type AssessedReport } from "../src/workbook/assessment.js";

const MADE_AT = new Date(2026, 0, 20, 9, 5);

const finding = (rule: Finding["rule"], code: Finding["code"], severity: Finding["severity"], place: Partial<Finding> = {}): Finding =>
  ({ rule, code, severity, message: `${code} 的说明`, ...place }) as Finding;

const REPORTS: AssessedReport[] = [
  {
    input: "收集/甲局.docx",
    status: "checked",
    agency: "甲局",
    year: 2025,
    edition: "2021",
    previous: "上年/甲局.docx",
    findings: [
      finding("R1", "rule/r1-balance", "error", {
        section: "三、收到和处理政府信息公开申请情况",
        row: "（七）总计",
        column: "自然人",
        page: 4,
      }),
      finding("R2", "rule/r2-result-total", "error", { section: "三、收到和处理政府信息公开申请情况", row: "（七）总计", column: "总计" }),
      finding("P5", "narrative/contradicts-table", "warning", { section: "一、总体情况" }),
      finding("V1", "value/not-a-number", "warning", { sheet: "表三", cell: "D8" }),
      finding("X1", "cross-year/carried-over", "warning", { section: "三、收到和处理政府信息公开申请情况" }),
      finding("V5", "meta/date-after-deadline", "info"),
    ],
  },
  { input: "收集/乙局.html", status: "checked", agency: "乙局", year: 2025, edition: "2019", findings: [] },
  { input: "收集/丙局.pdf", status: "unreadable", findings: [finding("input", "input/pdf", "error")] },
];

async function workbookOf(reports: readonly AssessedReport[]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await assessmentWorkbookBytes(reports, MADE_AT)) as unknown as ArrayBuffer);
  return workbook;
}
const rowValues = (sheet: ExcelJS.Worksheet, row: number, columns: number) =>
  Array.from({ length: columns }, (_, c) => sheet.getCell(row, c + 1).value);

describe("the assessor's overview sheet", () => {
  it("heads its columns, the groups' errors and warnings after the totals, each as wide as its words", async () => {
    const sheet = (await workbookOf(REPORTS)).getWorksheet("评估汇总")!;
    expect(sheet.getCell("A1").value).toBe("政府信息公开工作年度报告评估汇总（2026年1月20日 09:05生成）");
    const header = [
      "文件",
      "机关",
      "年度",
      "版本",
      "结论",
      "对照的上年报告",
      "错误",
      "警告",
      "表格勾稽错误",
      "表格勾稽警告",
      "文字与表格错误",
      "文字与表格警告",
      "格式与标签错误",
      "格式与标签警告",
      "跨年错误",
      "跨年警告",
    ];
    expect(rowValues(sheet, 2, 17)).toEqual([...header, null]);
    // 30 and 24 for the file and the agency; every other column two a character and two more, at least 8.
    expect(sheet.columns.slice(0, 16).map((column) => column.width)).toEqual([30, 24, 8, 8, 8, 16, 8, 8, 14, 14, 16, 16, 16, 16, 10, 10]);
    expect(sheet.getCell("B2").font.bold).toBe(true);
  });

  it("lists each report with its conclusion, its previous report, and its findings counted by severity and group", async () => {
    const sheet = (await workbookOf(REPORTS)).getWorksheet("评估汇总")!;
    expect(rowValues(sheet, 3, 16)).toEqual(["甲局.docx", "甲局", 2025, "2021", "有错误", "上年/甲局.docx", 2, 3, 2, 0, 0, 1, 0, 1, 0, 1]);
    expect(rowValues(sheet, 4, 16)).toEqual(["乙局.html", "乙局", 2025, "2019", "通过", "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(rowValues(sheet, 5, 16)).toEqual(["丙局.pdf", "", "", "", "无法读取", "", 1, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(sheet.getCell("A6").value).toBeNull();
  });

  it("is filtered over its header and rows, frozen below the header and right of the agency, printed landscape", async () => {
    const sheet = (await workbookOf(REPORTS)).getWorksheet("评估汇总")!;
    expect(sheet.autoFilter).toBe("A2:P5");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const empty = (await workbookOf([])).getWorksheet("评估汇总")!;
    expect(empty.autoFilter).toBe("A2:P3");
  });
});

describe("the assessor's 问题清单 sheet", () => {
  it("lists every finding of every report where it is printed, with its group and rule by name", async () => {
    const sheet = (await workbookOf(REPORTS)).getWorksheet("问题清单")!;
    expect(sheet.getCell("A1").value).toBe("政府信息公开工作年度报告问题清单（2026年1月20日 09:05生成）");
    expect(rowValues(sheet, 2, 11)).toEqual(["文件", "机关", "级别", "分组", "规则", "代码", "部分", "行", "列", "页", "说明"]);
    expect(sheet.columns.map((column) => column.width)).toEqual([30, 22, 6, 10, 14, 26, 24, 28, 16, 6, 80]);
    const first = rowValues(sheet, 3, 11);
    expect(first.slice(0, 4)).toEqual(["甲局.docx", "甲局", "错误", "表格勾稽"]);
    expect(first.slice(5)).toEqual([
      "rule/r1-balance",
      "三、收到和处理政府信息公开申请情况",
      "（七）总计",
      "自然人",
      4,
      "rule/r1-balance 的说明",
    ]);
    expect(rowValues(sheet, 6, 11).slice(2, 10)).toEqual([
      "警告",
      "格式与标签",
      expect.any(String),
      "value/not-a-number",
      "表三",
      "D8",
      "",
      "",
    ]);
    expect(rowValues(sheet, 8, 4)).toEqual(["甲局.docx", "甲局", "提示", "格式与标签"]);
    expect(rowValues(sheet, 9, 6)).toEqual(["丙局.pdf", "", "错误", "格式与标签", expect.any(String), "input/pdf"]);
    expect(sheet.getCell("A10").value).toBeNull();
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect((sheet.views[0] as { xSplit?: number }).xSplit ?? 0).toBe(0);
  });
});
