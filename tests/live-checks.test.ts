/**
 * The workbook's own 校验 sheet and blue totals, as LibreOffice Calc computes them, must agree with `check` on
 * every input check accepts, numbers typed as text included (rules.md V2).
 *
 * Covers: src/workbook/formulas.ts, src/workbook/live-checks.ts.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkFile } from "../src/pipeline/check.js";
import { EDITIONS, SHEET, type EditionId } from "../src/schema/index.js";
import { hasCommand } from "./helpers/docx.js";
import { buildWorkbook, cellOf, TODAY, validReport } from "./helpers/fixtures.js";
import { recalculateInCalc } from "./helpers/libreoffice.js";
import { EDITION_IDS } from "../src/schema/editions.js";

const FIRST_CHECK_ROW = 4;

/** What Calc shows on the 校验 sheet: the summary, and the (rule, first field) of every 不通过 row. */
async function liveChecks(file: string, edition: EditionId) {
  const saved = recalculateInCalc(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const sheet = workbook.getWorksheet(SHEET.checks)!;
  const result = (cell: ExcelJS.Cell) => String((cell.value as ExcelJS.CellFormulaValue).result ?? "");
  const failed = EDITIONS[edition].equations
    .filter((_, i) => result(sheet.getCell(FIRST_CHECK_ROW + i, 3)) === "不通过")
    .map((equation) => `${equation.rule} ${equation.left[0]}`);
  const total = (id: string) => Number((cellOf(workbook, id).value as ExcelJS.CellFormulaValue).result);
  return { summary: result(sheet.getCell("B2")), failed: failed.sort(), total, saved };
}

/** What check says of the same 勾稽关系. */
async function checkedEquations(file: string) {
  const { result, report } = await checkFile(file, { today: TODAY });
  const failed = result.findings.filter((f) => /^R\d$/.test(f.rule)).map((f) => `${f.rule} ${f.field}`);
  return { result, report, failed: failed.sort() };
}

// Each way V2 forgives a number typed as text, in cells the 勾稽关系 read.
const typedAsText = (edition: EditionId, shift = 0) => {
  const inputs = validReport(edition).inputs;
  const text = (id: string, write: (n: number) => string) => [
    id,
    write((inputs[id] as number) + (id === "requests.newReceived.natural" ? shift : 0)),
  ];
  return Object.fromEntries([
    text("requests.newReceived.natural", (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))), // full-width digits
    text("requests.granted.business", (n) => ` ${n} `),
    text("requests.carriedForward.natural", (n) => `${n}件`),
    text("requests.unavailable.notHeld.research", (n) => `${n} 项`),
    text("requests.carriedOver.business", (n) => `${n}`),
    text("review.upheld", (n) => `${n}条`),
    text("suitDirect.upheld", (n) => `＋${n}`),
  ]);
};

describe.skipIf(!process.env.CI && !hasCommand("soffice"))("the 校验 sheet in LibreOffice Calc", () => {
  it.each([...EDITION_IDS])(
    "edition %s: numbers typed as text pass, as check passes them, and the totals count them",
    async (edition) => {
      const file = await buildWorkbook(edition, typedAsText(edition));
      const checked = await checkedEquations(file);
      const live = await liveChecks(file, edition);
      expect(checked.result.valid).toBe(true);
      expect(checked.result.findings.every((f) => f.code === "value/normalized")).toBe(true);
      expect(live.failed).toEqual([]);
      expect(live.summary).toBe("全部通过");
      for (const id of ["requests.newReceived.total", "requests.resultTotal.total", "review.total", "suitDirect.total"] as const) {
        expect(live.total(id), id).toBe(checked.report.values[id]);
      }
      // Saved again by Calc, the workbook still reads as the same report.
      expect((await checkFile(live.saved, { today: TODAY })).report).toEqual(checked.report);
    },
    120_000,
  );

  it("a slip typed as text fails the same 勾稽关系 in both", async () => {
    const file = await buildWorkbook("2021", { ...typedAsText("2021", 1), "review.total": "99" });
    const checked = await checkedEquations(file);
    const live = await liveChecks(file, "2021");
    expect(checked.failed).toEqual(["R1 requests.newReceived.natural", "R1 requests.newReceived.total", "R4 review.total"]);
    expect(live.failed).toEqual(checked.failed);
    expect(live.summary).toBe(`有 ${checked.failed.length} 项不通过`);
  }, 120_000);

  it("a workbook made by the previous version (totals summing the cells) still reads its totals as ours", async () => {
    const file = await buildWorkbook(
      "2021",
      {},
      {
        edit: (workbook) => {
          const cell = cellOf(workbook, "review.total");
          cell.value = {
            formula: "SUM(review_upheld,review_corrected,review_other,review_pending)",
            result: 777,
          } as ExcelJS.CellFormulaValue;
        },
      },
    );
    const { result, report } = await checkFile(file, { today: TODAY });
    expect(result.findings).toEqual([]);
    expect(report.values["review.total"]).toBe(validReport("2021").totals["review.total"]);
  });
});
