import type ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFile } from "../src/pipeline/check.js";
import { SHEET } from "../src/schema/index.js";
import { readWorkbookSource } from "../src/workbook/read-workbook.js";
import { buildWorkbook, cellOf, TODAY, validReport } from "./helpers/fixtures.js";

/** What Excel does when a clerk inserts rows: cells move down, and defined names follow them (exceljs does both). */
function insertRowsAbove(workbook: ExcelJS.Workbook, sheetName: string, count: number): void {
  const sheet = workbook.getWorksheet(sheetName)!;
  sheet.spliceRows(1, 0, ...Array.from({ length: count }, (_, i) => [`填表人备注 ${i + 1}`]));
}

describe("reading a standardized workbook", () => {
  it("still reads every value after a clerk inserted rows above the tables", async () => {
    const file = await buildWorkbook(
      "2021",
      { "requests.newReceived.total": 999 },
      {
        edit: (workbook) => {
          insertRowsAbove(workbook, SHEET.requests, 2);
          insertRowsAbove(workbook, SHEET.meta, 3);
        },
      },
    );
    const { result, report } = await checkFile(file, { today: TODAY });
    const { inputs } = validReport("2021");
    expect(report.values["requests.granted.natural"]).toBe(inputs["requests.granted.natural"]);
    expect(report.values["requests.carriedForward.otherOrg"]).toBe(inputs["requests.carriedForward.otherOrg"]);
    expect(report.values["meta.agency"]).toBe(inputs["meta.agency"]);
    expect(report.values["meta.date"]).toBe("2026-01-20");
    // Findings point at where the cell is now (J5 moved to J7), not where init put it.
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["R1", "J7"],
      ["R3", "J7"],
    ]);
  });

  it("recomputes our own total formulas even when their cached results are stale", async () => {
    // A workbook filled by a program keeps whatever result was cached before its inputs changed.
    const file = await buildWorkbook(
      "2019",
      {},
      {
        edit: (workbook) => {
          const cell = cellOf(workbook, "requests.newReceived.total");
          cell.value = { formula: (cell.value as ExcelJS.CellFormulaValue).formula, result: 12345 } as ExcelJS.CellFormulaValue;
        },
      },
    );
    const { result, report } = await checkFile(file, { today: TODAY });
    expect(result.findings).toEqual([]);
    expect(report.values["requests.newReceived.total"]).toBe(validReport("2019").totals["requests.newReceived.total"]);
  });

  it("recomputes a total whose formula has no cached result at all", async () => {
    const file = await buildWorkbook(
      "2021",
      {},
      {
        edit: (workbook) => {
          const cell = cellOf(workbook, "review.total");
          cell.value = { formula: (cell.value as ExcelJS.CellFormulaValue).formula } as ExcelJS.CellFormulaValue;
        },
      },
    );
    const { result, report } = await checkFile(file, { today: TODAY });
    expect(result.findings).toEqual([]);
    expect(report.values["review.total"]).toBe(validReport("2021").totals["review.total"]);
  });

  it("takes the cached result of a total whose formula a clerk changed, and checks it", async () => {
    const file = await buildWorkbook("2021", { "review.total": { formula: "SUM(A5:C5)", result: 5 } });
    const { result } = await checkFile(file, { today: TODAY });
    expect(result.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([["R4", "E5", 2, 5]]);
  });

  it("uses the cached result of a formula typed in an input cell", async () => {
    const file = await buildWorkbook("2021", { "active.licensing.decisions": { formula: "200+47", result: 247 } });
    const { result, report } = await checkFile(file, { today: TODAY });
    expect(result.findings).toEqual([]);
    expect(report.values["active.licensing.decisions"]).toBe(247);
  });

  it("refuses a formula in an input cell that has no cached result", async () => {
    const file = await buildWorkbook("2021", { "active.licensing.decisions": { formula: "200+47" } });
    const { result } = await checkFile(file, { today: TODAY });
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([["value/formula-no-result", "B8"]]);
  });

  it("reads rich text, hyperlinks, and dates as Chinese-format serial numbers", async () => {
    const file = await buildWorkbook("2021", {
      "meta.agency": { richText: [{ text: "银川市" }, { text: "交通运输局", font: { bold: true } }] },
      "meta.website": { text: "银川市人民政府网站", hyperlink: "http://www.yinchuan.gov.cn" },
      "meta.date": 46042, // 2026-01-20 under a yyyy年m月d日 format, which exceljs returns as a bare number
      "meta.phone": 9511234567,
    });
    const { result, report } = await checkFile(file, { today: TODAY });
    expect(result.findings).toEqual([]);
    expect(report.values["meta.agency"]).toBe("银川市交通运输局");
    expect(report.values["meta.website"]).toBe("银川市人民政府网站");
    expect(report.values["meta.date"]).toBe("2026-01-20");
    expect(report.values["meta.phone"]).toBe("9511234567");
  });

  it.each([
    ["2026年1月20日", "2026-01-20"],
    ["2026-1-20", "2026-01-20"],
    ["2026/01/20", "2026-01-20"],
    ["２０２６年１月２０日", "2026-01-20"],
  ])("reads the date typed as text %s", async (typed, iso) => {
    const file = await buildWorkbook("2021", { "meta.date": typed });
    const { result, report } = await checkFile(file, { today: TODAY });
    expect(result.findings).toEqual([]);
    expect(report.values["meta.date"]).toBe(iso);
  });

  it("infers the paragraph level from how a paragraph begins when none is chosen", async () => {
    const file = await buildWorkbook("2021", {
      "text.overview": [{ text: "（一）主动公开" }, { text: "1.规范性文件" }, { text: "正文。" }],
    });
    const { report } = await checkFile(file, { today: TODAY });
    expect(report.values["text.overview"]).toEqual([
      { level: 1, text: "（一）主动公开" },
      { level: 2, text: "1.规范性文件" },
      { level: 0, text: "正文。" },
    ]);
  });
});

describe("blank cells (V3)", () => {
  it("reads a blank number cell as 0 with a warning", async () => {
    const file = await buildWorkbook("2021", { "review.upheld": null });
    const { result, report } = await checkFile(file, { today: TODAY });
    expect(report.values["review.upheld"]).toBe(0);
    expect(result.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([["value/blank", "warning", "A5"]]);
    expect(result.findings[0].message).toBe("「四、政府信息公开行政复议、行政诉讼情况」A5：“行政复议 · 结果维持”未填写，按 0 处理。");
    expect(result.valid).toBe(true);
  });

  it("tells a table's blank cells once: how many, the first three, every one in related (issue 18, item 12)", async () => {
    const blanks = { "review.upheld": null, "review.corrected": "  ", "suitDirect.other": null, "suitAfterReview.pending": null };
    const { result, report } = await checkFile(await buildWorkbook("2021", blanks), { today: TODAY });
    expect(report.values["review.corrected"]).toBe(0);
    expect(result.findings.map((f) => [f.code, f.severity, f.cell, f.related?.map((r) => r.cell)])).toEqual([
      ["value/blank-cells", "warning", "A5", ["B5", "H5", "N5"]],
    ]);
    expect(result.findings[0].message).toBe(
      "「四、政府信息公开行政复议、行政诉讼情况」A5：表中有 4 个格子未填写（A5、B5、H5 等），均按 0 处理。",
    );
    expect(result.valid).toBe(true);
  });

  it("reports a whole table left blank as one error, as the reference report's empty table 四", async () => {
    const blankReview = Object.fromEntries(
      ["review", "suitDirect", "suitAfterReview"].flatMap((g) =>
        ["upheld", "corrected", "other", "pending"].map((o) => [`${g}.${o}`, null]),
      ),
    );
    const file = await buildWorkbook("2019", blankReview);
    const { result } = await checkFile(file, { today: TODAY });
    expect(result.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([["table/blank", "error", SHEET.review, "A5"]]);
  });
});

describe("a changed 格式版本 cell", () => {
  it.each([["2019"], ["2018"], [""]])(
    "set to %o in a 2021 workbook is one error, and the workbook is read by its tables",
    async (typed) => {
      const file = await buildWorkbook("2021", {}, { edit: (workbook) => (cellOf(workbook, "meta.edition").value = typed) });
      const { result, report } = await checkFile(file, { today: TODAY });
      expect(result.edition).toBe("2021");
      expect(result.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
        ["input/edition-changed", "error", SHEET.meta, "B5"],
      ]);
      expect(result.findings[0].message).toContain("本工作簿的表格是 2021 版");
      expect(report.values["active.normative.inForce"]).toBe(validReport("2021").inputs["active.normative.inForce"]);
    },
  );
});

describe("the source the workbook reader builds (src/workbook/read-workbook.ts)", () => {
  const REQUESTS = "三、收到和处理政府信息公开申请情况";
  const REVIEW = "四、政府信息公开行政复议、行政诉讼情况";

  it("gives each field its raw cell and its place, a total that holds our formula as derived, a lost cell as absent", async () => {
    const path = await buildWorkbook(
      "2021",
      { "requests.granted.natural": 7 },
      { edit: (workbook) => workbook.definedNames.remove(`'${REVIEW}'!$A$5`, "review_upheld") },
    );
    const source = await readWorkbookSource(readFileSync(path), path);
    expect([source.file, source.kind, source.edition.id]).toEqual(["2021.xlsx", "xlsx", "2021"]);
    expect(source.findings.map((finding) => [finding.code, finding.field])).toEqual([["input/missing-cell", "review.upheld"]]);
    expect(source.entries.get("review.upheld")).toEqual({
      raw: { kind: "missing" },
      location: { sheet: REVIEW, field: "review.upheld" },
      absent: true,
    });
    expect(source.entries.get("requests.granted.natural")).toEqual({
      raw: { kind: "number", value: 7 },
      location: { sheet: REQUESTS, cell: "D7", field: "requests.granted.natural" },
    });
    expect(source.entries.get("requests.newReceived.total")).toEqual({
      raw: { kind: "derived" },
      location: { sheet: REQUESTS, cell: "J5", field: "requests.newReceived.total" },
    });
    expect(source.entries.get("meta.agency")).toEqual({
      raw: { kind: "text", value: "银川市交通运输局" },
      location: { sheet: SHEET.meta, cell: "B3", field: "meta.agency" },
    });
    expect(source.entries.get("meta.date")!.raw).toEqual({ kind: "date", value: new Date("2026-01-20T00:00:00.000Z") });
  });

  it("reads a section's rows as paragraphs with their levels, pointed at by the section's first text cell", async () => {
    const path = await buildWorkbook("2021");
    const overview = (await readWorkbookSource(readFileSync(path), path)).entries.get("text.overview")!;
    const place = (cell: string) => ({ sheet: "一、总体情况", cell, field: "text.overview" });
    expect(overview.raw).toEqual({ kind: "blank" });
    expect(overview.location).toEqual(place("B3"));
    expect(overview.paragraphs).toEqual([
      { level: { kind: "text", value: "标题（一）" }, text: { kind: "text", value: "（一）主动公开情况" }, location: place("B3") },
      { level: { kind: "text", value: "正文" }, text: { kind: "text", value: "全年主动公开政府信息 1200 条。" }, location: place("B4") },
    ]);
  });

  it("takes a number typed over a total as it is, for the rules to check", async () => {
    const path = await buildWorkbook("2021", { "requests.newReceived.total": 999 });
    expect((await readWorkbookSource(readFileSync(path), path)).entries.get("requests.newReceived.total")!.raw).toEqual({
      kind: "number",
      value: 999,
    });
  });
});
