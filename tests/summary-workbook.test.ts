/**
 * A batch's summary workbook (src/workbook/summary.ts) from entries written by hand: the 汇总 sheet's rows, its 合计
 * row (SUMIF formulas over the reports counted, their results cached), its filter and frozen panes, and the 问题清单
 * sheet's panes. batch.test.ts checks the summary of real batches; these pin what its reports never vary.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/findings/finding.js";
import { EDITIONS } from "../src/schema/editions.js";
import { keyFigures, summaryWorkbookBytes, type SummaryEntry } from "../src/workbook/summary.js";

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

describe("the summary's titles, columns and printing", () => {
  /** Made at 09:05 local time, as the clerk's clock says it (the title is written in local time). */
  const MADE_AT = new Date(2026, 0, 10, 9, 5);

  async function summaryMadeAt(entries: SummaryEntry[]): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await summaryWorkbookBytes(entries, { year: 2025, madeAt: MADE_AT })) as unknown as ArrayBuffer);
    return workbook;
  }

  it("titles each sheet in bold across its columns, with the year and when it was made, and prints on A4 landscape", async () => {
    const workbook = await summaryMadeAt([entry("甲局.xlsx", true, 10)]);
    const overview = workbook.getWorksheet("汇总")!;
    const findings = workbook.getWorksheet("问题清单")!;
    expect(overview.getCell("A1").value).toBe("2025 年度政府信息公开工作年度报告汇总（2026年1月10日 09:05生成）");
    expect(findings.getCell("A1").value).toBe("2025 年度政府信息公开工作年度报告问题清单（2026年1月10日 09:05生成）");
    for (const [sheet, lastColumn] of [
      [overview, "W"],
      [findings, "G"],
    ] as const) {
      expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
      expect(sheet.getRow(1).height).toBe(24);
      expect(sheet.getCell(`${lastColumn}1`).master.address).toBe("A1");
      expect(sheet.getCell(`${String.fromCharCode(lastColumn.charCodeAt(0) + 1)}1`).isMerged).toBe(false);
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.getCell("A2").font).toMatchObject({ bold: true });
      expect(sheet.getCell("B2").alignment).toMatchObject({ wrapText: true, horizontal: "center" });
    }
    // 文件 30, 机关 22, then two width units a character and two for the filter button, never under 9.
    // (exceljs leaves a width of 9, its default, unwritten.)
    expect([1, 2, 3, 6, 9, 18].map((column) => overview.getColumn(column).width ?? 9)).toEqual([30, 22, 9, 10, 10, 14]);
    expect([1, 2, 3, 4, 5, 6, 7].map((column) => findings.getColumn(column).width)).toEqual([30, 22, 8, 16, 26, 40, 80]);
  });

  it("leaves what a report did not say blank, and its figures empty when it could not be read", async () => {
    const unread: SummaryEntry = { file: "坏.xlsx", status: "无法读取", counted: false, errors: 1, warnings: 0, findings: [] };
    const sheet = (await summaryMadeAt([unread])).getWorksheet("汇总")!;
    expect(sheet.getRow(3).values).toEqual([undefined, "坏.xlsx", "", "", "", "无法读取", "否", 1, 0]);
    expect(sheet.getCell("I3").value).toBe(null);
  });

  it("lists every finding of every report, with its rule, code and place, and filters the list", async () => {
    const located = (more: Partial<Finding>): Finding => ({
      rule: "R1",
      code: "table/sum" as Finding["code"],
      severity: "error",
      message: "合计不符。",
      ...more,
    });
    const first = {
      ...entry("甲局.xlsx", false, 10, 2),
      findings: [
        located({ sheet: "表三", cell: "D5" }),
        located({ severity: "warning", section: "三、收到和处理", row: "自然人", column: "予以公开" }),
      ],
    };
    const second = { ...entry("乙局.xlsx", false, 5, 1), agency: undefined, findings: [located({ rule: "V3", field: "meta.agency" })] };
    const sheet = (await summaryMadeAt([first, second])).getWorksheet("问题清单")!;
    expect(sheet.getRow(2).values).toEqual([undefined, "文件", "机关", "级别", "规则", "代码", "位置", "说明"]);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      "甲局.xlsx",
      "甲局",
      "错误",
      "表三收支平衡",
      "table/sum",
      "「表三」D5",
      "合计不符。",
    ]);
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      "甲局.xlsx",
      "甲局",
      "警告",
      "表三收支平衡",
      "table/sum",
      "「三、收到和处理」「自然人」行「予以公开」列",
      "合计不符。",
    ]);
    expect(sheet.getRow(5).values).toEqual([undefined, "乙局.xlsx", "", "错误", "空白", "table/sum", "meta.agency", "合计不符。"]);
    expect(sheet.autoFilter).toBe("A2:G5");
    // No finding at all: the filter covers the header alone.
    expect((await summaryMadeAt([entry("丙局.xlsx", true, 1)])).getWorksheet("问题清单")!.autoFilter).toBe("A2:G2");
  });
});

describe("keyFigures", () => {
  it("sums each figure's fields of the edition, an unread or non-number value counting 0", () => {
    const figures = keyFigures(EDITIONS["2021"], {
      "requests.newReceived.total": 12,
      "requests.withheld.stateSecret.total": 2,
      "requests.withheld.lawForbidden.total": 3,
      "requests.granted.total": "七" as unknown as number,
    });
    expect(figures["新收申请"]).toBe(12);
    expect(figures["不予公开"]).toBe(5);
    expect(figures["予以公开"]).toBe(0);
    expect(Object.keys(figures)).toEqual(LABELS);
  });
});
