/**
 * Published reports as PDF (issue 22): tables rebuilt from the rules that frame their cells, paragraphs from lines.
 * The project's own reports converted by LibreOffice must read as their Word documents do; the two real PDFs of
 * ../shared/corpus/pdf/ give the cells read by hand from them. Pages written by hand: pdf-layout.test.ts.
 *
 * Covers: src/document/pdf-text.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkReport } from "../src/pipeline/check-report.js";
import { loadReport } from "../src/pipeline/load.js";
import { hasCommand } from "./helpers/docx.js";
import { tempDir, TODAY } from "./helpers/fixtures.js";
import { hasSharedCorpus, NEEDS_SHARED_CORPUS, sharedCorpusFile } from "./helpers/shared-corpus.js";
import { measuredCli } from "./helpers/hostile-documents.js";
import {
  GOLDEN_2021,
  goldenDocx,
  pdfOf,
  withFiguresRightAligned,
  withLongRequestsTable,
  withOtherHandlingInOneRow,
  withRowRulesOnly,
} from "./helpers/pdf-reports.js";

describe("what pdf.js is given of a browser (src/document/pdf-globals.ts)", () => {
  it("a DOMMatrix that scales and translates as pdf.js traces a glyph, and canvas classes that refuse to paint", async () => {
    await import("../src/document/pdf-globals.js");
    const global = globalThis as unknown as Record<string, new () => unknown>;
    // pdf.js: new DOMMatrix().scaleSelf(1 / width, -1 / height).translateSelf(0, -height), for a glyph 4 × 8.
    const matrix = new global.DOMMatrix() as {
      scaleSelf: (x: number, y: number) => typeof matrix;
      translateSelf: (x: number, y: number) => typeof matrix;
      a: number;
      b: number;
      c: number;
      d: number;
      e: number;
      f: number;
    };
    const traced = matrix.scaleSelf(1 / 4, -1 / 8).translateSelf(0, -8);
    expect([traced.a, traced.b, traced.c, traced.d, traced.e, traced.f].map((x) => x + 0)).toEqual([0.25, 0, 0, -0.125, 0, 1]);
    // Set before pdf.js loads (pdf-text.ts imports pdf-globals.ts first), so pdf.js never borrows the native canvas's.
    for (const name of ["ImageData", "Path2D"]) expect(() => new global[name]()).toThrow("this tool has no canvas");
  });
});

/** Every table field's value as read, with where it was read. */
const tableValues = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([id]) => /^(active|requests|review|suitDirect|suitAfterReview)\./.test(id)));

describe.skipIf(!process.env.CI && !hasCommand("soffice"))("the project's own reports as PDF (LibreOffice)", () => {
  it.each(["2025-示范市自然资源局", "2020-贺兰县交通运输局"])("%s reads as its Word document does", async (name) => {
    const dir = tempDir();
    const docx = `tests/golden/${name}.docx`;
    const pdf = await pdfOf(readFileSync(docx), dir, `${name}.pdf`);
    const fromPdf = await loadReport(pdf);
    const fromDocx = await loadReport(docx);
    expect(fromPdf.kind).toBe("pdf");
    expect(fromPdf.edition.id).toBe(fromDocx.edition.id);
    expect(tableValues(fromPdf.report.values)).toEqual(tableValues(fromDocx.report.values));
    expect(Object.keys(tableValues(fromPdf.report.values)).length).toBeGreaterThan(100);
    for (const id of ["meta.agency", "meta.year"] as const) expect(fromPdf.report.values[id]).toEqual(fromDocx.report.values[id]);
    const codes = (findings: { code: string; severity: string }[]) => findings.filter((f) => f.severity === "error").map((f) => f.code);
    expect(codes(checkReport(fromPdf, { today: TODAY }).findings)).toEqual(codes(checkReport(fromDocx, { today: TODAY }).findings));
  });
});

describe.skipIf(!process.env.CI && !hasCommand("soffice"))("a 2021-edition PDF printing （六） as one row, its figures set right", () => {
  it("reads as its Word document does, and warns of the one row", async () => {
    const dir = tempDir();
    const docx = withFiguresRightAligned(withOtherHandlingInOneRow(goldenDocx()));
    writeFileSync(join(dir, "一行.docx"), docx);
    const pdf = await pdfOf(docx, dir, "一行.pdf");
    const [fromPdf, fromDocx, golden] = [await loadReport(pdf), await loadReport(join(dir, "一行.docx")), await loadReport(GOLDEN_2021)];
    expect(tableValues(fromPdf.report.values)).toEqual(tableValues(fromDocx.report.values));
    // The one row's figures are 3.其他's; the two rows it leaves out read as 0.
    expect(fromPdf.report.values["requests.otherHandling.misc.business"]).toBe(
      golden.report.values["requests.otherHandling.misc.business"],
    );
    expect(fromPdf.report.values["requests.otherHandling.misc.business"]).toBe(1);
    expect(fromPdf.report.values["requests.otherHandling.noCorrection.natural"]).toBe(0);
    expect(golden.report.values["requests.otherHandling.noCorrection.natural"]).toBe(1);
    const warned = checkReport(fromPdf, { today: TODAY }).findings.filter((f) => f.code === "document/other-handling-one-row");
    expect(warned.map((f) => [f.severity, f.section, f.page])).toEqual([
      ["warning", "三、收到和处理政府信息公开申请情况", expect.any(Number)],
    ]);
  });
});

describe.skipIf(!process.env.CI && !hasCommand("soffice"))("a PDF whose tables are ruled between rows only", () => {
  it("is refused, saying the tables have no rules to tell the cells by (columns from text gaps are not guessed yet)", async () => {
    const dir = tempDir();
    const pdf = await pdfOf(withRowRulesOnly(goldenDocx()), dir, "横线.pdf");
    const run = measuredCli(["check", pdf]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("横线.pdf 中的表格没有表格线");
  });
});

describe.skipIf(!process.env.CI && !hasCommand("soffice"))("a PDF of many pages", () => {
  it("reads table 三 printed ten times over (its first rows) in a process of its own, printing time and peak memory", async () => {
    const dir = tempDir();
    const long = await pdfOf(withLongRequestsTable(goldenDocx(), 10), dir, "长表.pdf");
    const run = measuredCli(["check", long, "--json"]);
    console.info(`长表.pdf: exit ${run.code}, ${run.seconds.toFixed(2)} s, peak ${run.peakMb.toFixed(0)} MB`);
    expect(run.code).toBe(0);
    const fromPdf = await loadReport(long);
    expect(tableValues(fromPdf.report.values)).toEqual(tableValues((await loadReport(GOLDEN_2021)).report.values));
  });
});

describe(`the real PDFs of the corpus ${NEEDS_SHARED_CORPUS}`, () => {
  /**
   * Cells read by hand from the printed pages (SOURCES.md lists some): each field, the value printed. Errors
   * expected are the reports' own defects: 2023's table 四 prints 0 as two 总计.
   */
  const CASES = [
    {
      file: "pdf/hongze-2023.pdf",
      agency: "洪泽区人民政府",
      year: 2023,
      cells: {
        "requests.newReceived.natural": 21,
        "requests.newReceived.total": 21,
        "requests.partlyGranted.natural": 4,
        "requests.unavailable.notHeld.natural": 10,
        "requests.unavailable.needsCreation.natural": 3,
        "requests.resultTotal.natural": 21,
        "active.licensing.decisions": 550,
        "active.penalty.decisions": 4119,
        "active.coercion.decisions": 195,
        "active.fees.amount": 7730.28,
        "review.upheld": 10,
        "review.corrected": 1,
        "review.total": 0,
        "suitAfterReview.upheld": 5,
      },
      errors: ["rule/r4-group-total", "rule/r4-group-total"],
      /** The page each error's cell is printed on: table 四 is on page 4. */
      pages: [4, 4],
    },
    {
      file: "pdf/hongze-2024.pdf",
      agency: "淮安市洪泽区人民政府",
      year: 2024,
      cells: {
        "requests.newReceived.natural": 95,
        "requests.newReceived.total": 95,
        "requests.granted.natural": 50,
        "requests.partlyGranted.natural": 9,
        "requests.unavailable.notHeld.natural": 31,
        "requests.resultTotal.total": 95,
        "active.rules.issued": 0,
        "active.normative.issued": 3,
        "active.normative.inForce": 8,
        "active.licensing.decisions": 9487,
        "active.penalty.decisions": 2776,
        "active.coercion.decisions": 84,
        "active.fees.amount": 7545,
        "review.upheld": 1,
        "review.total": 2,
        "suitAfterReview.total": 3,
      },
      errors: [],
      pages: [],
    },
  ];

  it.skipIf(!hasSharedCorpus).each(CASES)("$file: the hand-read cells, and only the report's own defects", async (sample) => {
    const loaded = await loadReport(sharedCorpusFile(sample.file));
    const values = loaded.report.values as Record<string, unknown>;
    expect([values["meta.agency"], values["meta.year"]]).toEqual([sample.agency, sample.year]);
    const read = Object.fromEntries(Object.keys(sample.cells).map((id) => [id, values[id]]));
    expect(read).toEqual(sample.cells);
    const result = checkReport(loaded, { today: TODAY });
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.code)).toEqual(sample.errors);
    expect(errors.map((f) => f.page)).toEqual(sample.pages);
    for (const error of errors) expect(error.message).toContain(`（第 ${error.page} 页）：`);
  });
});
