/**
 * Figures real published reports contain, which must be read as they are (rules.md V1, V3, P2).
 * Sources of the figures are noted where they come from a published report.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile } from "../src/pipeline/check.js";
import { generateReport } from "../src/pipeline/generate.js";
import { documentXml, tableGrids } from "./helpers/docx.js";
import { buildWorkbook, tempDir, TODAY } from "./helpers/fixtures.js";
import { setPath, validJson, writeJson } from "./helpers/json.js";
import { EDITIONS } from "../src/schema/index.js";

const codes = (findings: { code: string; severity: string; field?: string }[]) => findings.map((f) => [f.code, f.severity, f.field]);

describe("amounts in 万元 printed to the 角 and 分 (V1)", () => {
  it.each([
    ["5 decimal places", 7380.28959],
    ["6 decimal places", 0.012345],
  ])("accepts %s and prints the figure as entered", async (_, amount) => {
    const input = await buildWorkbook("2021", { "active.fees.amount": amount });
    const out = tempDir();
    const outcome = await generateReport({ input, outDir: out, today: TODAY, version: "test" });
    expect(outcome.findings).toEqual([]);
    const docx = readdirSync(out).find((f) => f.endsWith(".docx"))!;
    const feesRow = tableGrids(documentXml(join(out, docx)))[0].find((row) => row[0] === "行政事业性收费")!;
    expect(feesRow[1]).toBe(String(amount));
  });

  it("refuses a 7th decimal place, naming the limit", async () => {
    const { result } = await checkFile(await buildWorkbook("2021", { "active.fees.amount": 1.2345678 }), { today: TODAY });
    expect(result.findings.map((f) => [f.code, f.severity, f.cell, f.expected])).toEqual([["value/too-many-decimals", "error", "B15", 6]]);
    expect(result.findings[0].message).toContain("最多保留 6 位小数");
  });
});

describe("fees of a city or province (P2)", () => {
  it("gives 1.9亿元 (19000 万元) an info, never a warning, and still generates", async () => {
    const { result } = await checkFile(await buildWorkbook("2021", { "active.fees.amount": 19_000 }), { today: TODAY });
    expect(result.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([["plausibility/fees-in-yuan", "info", "B15"]]);
    expect(result.stats).toEqual({ errors: 0, warnings: 0, infos: 1 });
  });
});

describe("JSON null is a blank cell (V3)", () => {
  it("reads null as 0 with the blank-cell warning, like an empty workbook cell", async () => {
    const data = validJson("2021");
    data.review.upheld = null;
    const { result, report } = await checkFile(writeJson(data), { today: TODAY });
    expect(codes(result.findings)).toEqual([["value/blank", "warning", "review.upheld"]]);
    expect(report.values["review.upheld"]).toBe(0);
    expect(result.findings[0].message).toBe(
      "「四、政府信息公开行政复议、行政诉讼情况」「行政复议」行「结果维持」列：“行政复议 · 结果维持”未填写，按 0 处理。",
    );
  });

  it("compares a blank 总计 next to non-zero parts with their sum (R3), as published tables have it", async () => {
    const data = validJson("2021");
    data.requests.newReceived.total = null;
    const { result } = await checkFile(writeJson(data), { today: TODAY });
    const r3 = result.findings.find((f) => f.code === "rule/r3-row-total")!;
    expect(codes(result.findings)).toEqual([
      ["rule/r1-balance", "error", "requests.newReceived.total"],
      ["rule/r3-row-total", "error", "requests.newReceived.total"],
      ["value/blank", "warning", "requests.newReceived.total"],
    ]);
    expect(r3.actual).toBe(0);
    expect(r3.expected).toBeGreaterThan(0);
  });

  it("flags a blank column under a non-zero （七）总计 (R2)", async () => {
    const data = validJson("2019");
    // A published table: （七）总计 printed as 5 over a 自然人 column whose result rows were left blank.
    const resultRows = EDITIONS["2019"].tables.requestRows.filter((row) => row.result).map((row) => row.key);
    for (const row of resultRows) setPath(data, `requests.${row}.natural`, null);
    data.requests.resultTotal = { natural: 5 };
    const { result } = await checkFile(writeJson(data), { today: TODAY });
    expect(result.findings.find((f) => f.code === "rule/r2-result-total")).toMatchObject({
      severity: "error",
      field: "requests.resultTotal.natural",
      expected: 0,
      actual: 5,
    });
    // The blank cells told once for the table, each of them named.
    const blanks = result.findings.filter((f) => f.code === "value/blank-cells");
    expect(blanks.map((f) => [f.field, ...(f.related ?? []).map((r) => r.field)])).toEqual([
      resultRows.map((row) => `requests.${row}.natural`),
    ]);
  });

  it("reports a table of nulls as one 整张表格 error, as the reference report's empty table 四", async () => {
    const data = validJson("2019");
    for (const group of ["review", "suitDirect", "suitAfterReview"]) {
      data[group] = Object.fromEntries(["upheld", "corrected", "other", "pending", "total"].map((k) => [k, null]));
    }
    const { result } = await checkFile(writeJson(data), { today: TODAY });
    expect(codes(result.findings)).toEqual([["table/blank", "error", "review.upheld"]]);
  });

  it("still refuses a key that is absent altogether", async () => {
    const data = validJson("2021");
    delete data.review.upheld;
    const { result } = await checkFile(writeJson(data), { today: TODAY });
    expect(codes(result.findings)).toEqual([["value/missing", "error", "review.upheld"]]);
  });
});
