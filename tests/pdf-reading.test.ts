/**
 * Published reports as PDF (issue 22): tables rebuilt from the rules that frame their cells, paragraphs from lines.
 * The project's own reports converted by LibreOffice must read as their Word documents do; tables drawn as real
 * PDFs draw them (split over pages, a border left out at the break, merged header cells) are rebuilt; the two real
 * PDFs of ../shared/corpus/pdf/ give the cells read by hand from them.
 *
 * Covers: src/document/pdf-text.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pdfBlocks, type PdfPage, type Rule, type TextRun } from "../src/document/pdf-layout.js";
import type { Block, DocumentTable } from "../src/document/types.js";
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

/** A run of text at (x, y), 10 pt, 10 pt a character. */
const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: 10 * text.length, size: 10 });
const h = (at: number, from: number, to: number): Rule => ({ axis: "h", at, from, to });
const v = (at: number, from: number, to: number): Rule => ({ axis: "v", at, from, to });
const page = (number: number, runs: TextRun[], rules: Rule[]): PdfPage => ({ number, runs, rules });

/** A table's rows as texts, by row, each cell with its spans when it spans. */
function rowsOf(table: DocumentTable): string[][] {
  const rows: string[][] = Array.from({ length: table.rowCount }, () => []);
  for (const cell of [...table.cells].sort((a, b) => a.row - b.row || a.column - b.column))
    rows[cell.row].push(cell.text + (cell.rows > 1 ? `↓${cell.rows}` : "") + (cell.columns > 1 ? `→${cell.columns}` : ""));
  return rows;
}
const tables = (blocks: Block[]) => blocks.flatMap((block) => (block.kind === "table" ? [block.table] : []));
const paragraphs = (blocks: Block[]) => blocks.flatMap((block) => (block.kind === "paragraph" ? [block.text] : []));

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

describe("tables rebuilt from drawn rules", () => {
  it("places each text in the cell its rules frame, merging slots no rule parts", () => {
    // 申请人情况 spans two columns (no rule between them in the first row); 总计 spans two rows.
    const rules = [h(700, 100, 400), h(680, 200, 400), h(660, 100, 400), h(640, 100, 400)];
    rules.push(v(100, 640, 700), v(200, 640, 700), v(300, 640, 680), v(400, 640, 700));
    const blocks = pdfBlocks([
      page(
        1,
        [
          run("三、收到和处理政府信息公开申请情况", 100, 720),
          run("总计", 130, 675),
          run("申请人情况", 220, 686),
          run("自然人", 220, 666),
          run("法人", 320, 666),
          run("新收", 130, 646),
          run("12", 240, 646),
          run("3", 340, 646),
          run("- 1 -", 280, 40),
        ],
        rules,
      ),
    ]);
    expect(paragraphs(blocks)).toEqual(["三、收到和处理政府信息公开申请情况"]);
    expect(tables(blocks).map(rowsOf)).toEqual([
      [
        ["总计↓2", "申请人情况→2"],
        ["自然人", "法人"],
        ["新收", "12", "3"],
      ],
    ]);
  });

  it("joins a table a page break cuts, without the border left out at the break and without the header it repeats", () => {
    const header = [run("项目", 110, 745), run("数量", 210, 745)];
    const first = page(
      1,
      [...header, run("甲", 110, 725), run("1", 210, 725), run("乙", 110, 90)],
      // No rule under the last row (乙): the column rules run on to the page's foot.
      [h(760, 100, 300), h(740, 100, 300), h(720, 100, 300), v(100, 80, 760), v(200, 80, 760), v(300, 80, 760)],
    );
    const second = page(
      2,
      [...header, run("丙", 110, 725), run("3", 210, 725)],
      [h(760, 100, 300), h(740, 100, 300), h(720, 100, 300), v(100, 720, 760), v(200, 720, 760), v(300, 720, 760)],
    );
    const blocks = pdfBlocks([first, second]);
    expect(tables(blocks).map(rowsOf)).toEqual([
      [
        ["项目", "数量"],
        ["甲", "1"],
        ["乙", ""],
        ["丙", "3"],
      ],
    ]);
  });

  it("makes paragraphs of lines: a new one where a line is indented or the last ended short", () => {
    const lines = [
      run("一、总体情况", 90, 700),
      run("本年度，我局认真贯彻落实条例，", 110, 680),
      run("主动公开政府信息。", 90, 665),
      run("二、主动公开政府信息情况", 90, 640),
    ];
    expect(paragraphs(pdfBlocks([page(1, lines, [])]))).toEqual([
      "一、总体情况",
      "本年度，我局认真贯彻落实条例，主动公开政府信息。",
      "二、主动公开政府信息情况",
    ]);
  });
});

describe("lines and paragraphs of a PDF page, worked out by hand", () => {
  const sized = (text: string, x: number, y: number, size: number): TextRun => ({ text, x, y, width: size * text.length, size });

  it("frames a table of one column by two column rules", () => {
    const rules = [h(700, 100, 300), h(680, 100, 300), h(660, 100, 300), v(100, 660, 700), v(300, 660, 700)];
    const blocks = pdfBlocks([page(1, [run("甲", 150, 686), run("乙", 150, 666)], rules)]);
    expect(tables(blocks).map(rowsOf)).toEqual([[["甲"], ["乙"]]]);
    expect(paragraphs(blocks)).toEqual([]);
  });

  it("joins a line's runs left to right, with a space only between Latin words or figures set apart", () => {
    const blocks = pdfBlocks([
      page(
        1,
        [
          // Printed right to left, the second a point lower: one line all the same.
          run("公开", 150, 700),
          run("主动", 100, 699),
          run("Total", 90, 650),
          run("12", 145, 650),
          run("ab", 90, 600),
          run("cd", 110, 600),
          run("3.5", 90, 550),
          run("%", 125, 550),
        ],
        [],
      ),
    ]);
    expect(paragraphs(blocks)).toEqual(["主动公开", "Total 12", "abcd", "3.5%"]);
  });

  it("starts a paragraph after a gap wider than two lines, and where the type size changes", () => {
    const lines = [
      sized("第一段的第一行文字写满了整行", 90, 700, 10),
      sized("第一段的第二行也写满了整行字", 90, 686, 10),
      sized("隔了一大段空白之后的一行字", 90, 600, 10),
      sized("换了字号的一行文字写满", 90, 586, 12),
      sized("同一字号的下一行文字", 90, 572, 12),
    ];
    expect(paragraphs(pdfBlocks([page(1, lines, [])]))).toEqual([
      "第一段的第一行文字写满了整行第一段的第二行也写满了整行字",
      "隔了一大段空白之后的一行字",
      "换了字号的一行文字写满同一字号的下一行文字",
    ]);
  });

  it("leaves out page numbers printed in the margin, in their usual forms", () => {
    const runs = ["- 3 -", "—4—", "第 5 页", "6", "第7页"].map((text, i) => run(text, 280, 40 + 700 * i));
    expect(paragraphs(pdfBlocks(runs.map((r, i) => page(i + 1, [r, run("正文", 90, 400)], []))))).toEqual(["正文正文正文正文正文"]);
    expect(paragraphs(pdfBlocks([page(1, [run("第3季度", 90, 400)], [])]))).toEqual(["第3季度"]);
  });

  it("starts a paragraph after a table, and keeps two tables of other columns apart across a page break", () => {
    const twoColumns = [h(760, 100, 300), h(740, 100, 300), v(100, 740, 760), v(200, 740, 760), v(300, 740, 760)];
    const threeColumns = [...twoColumns, v(250, 740, 760)];
    const blocks = pdfBlocks([
      page(1, [run("甲", 110, 745), run("接着的一行", 90, 700)], twoColumns),
      page(2, [run("乙", 110, 745)], threeColumns),
    ]);
    expect(blocks.map((block) => block.kind)).toEqual(["table", "paragraph", "table"]);
    expect(tables(blocks).map((table) => table.columnCount)).toEqual([2, 3]);
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
