/**
 * A PDF page's runs and rules made into blocks (src/document/pdf-layout.ts), on pages written by hand: which rules
 * are one and which meet, when rules frame a table at all, which text is in it and in which cell, merged cells,
 * tables split over pages, and lines joined into paragraphs at the thresholds the module names. Every expected
 * block is worked out by hand from the coordinates.
 */
import { describe, expect, it } from "vitest";
import { pdfBlocks, type PdfPage, type Rule, type TextRun } from "../src/document/pdf-layout.js";
import type { Block, DocumentTable } from "../src/document/types.js";

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

describe("which rules are one, which meet, and when they frame a table", () => {
  /** A one-row table from x 100 to 300, y 680 to 700, with these column rules; 甲 and 乙 in its two halves. */
  const oneRow = (columnRules: Rule[], rowRules = [h(700, 100, 300), h(680, 100, 300)]) =>
    pdfBlocks([page(1, [run("甲", 110, 686), run("乙", 210, 686)], [...rowRules, ...columnRules])]);

  it("takes rules up to 2.5 pt apart as one border, and 3 pt apart as two", () => {
    const twoBorders = oneRow([v(100, 680, 700), v(102.5, 680, 700), v(200, 680, 700), v(300, 680, 700)]);
    expect(tables(twoBorders).map(rowsOf)).toEqual([[["甲", "乙"]]]);
    // 100 and 103 are two borders, with a sliver of a column between them.
    const sliver = oneRow([v(100, 680, 700), v(103, 680, 700), v(200, 680, 700), v(300, 680, 700)]);
    expect(tables(sliver).map(rowsOf)).toEqual([[["", "甲", "乙"]]]);
    // Each is held against the first of its border: 100, 102 and 104 are two borders (104 is 4 pt from 100).
    const chain = oneRow([v(100, 680, 700), v(102, 680, 700), v(104, 680, 700), v(200, 680, 700), v(300, 680, 700)]);
    expect(tables(chain).map(rowsOf)).toEqual([[["", "甲", "乙"]]]);
    // A row rule drawn twice, 2 pt apart, is one.
    const doubled = oneRow([v(100, 680, 700), v(200, 680, 700), v(300, 680, 700)], [h(700, 100, 300), h(698, 100, 300), h(680, 100, 300)]);
    expect(tables(doubled).map(rowsOf)).toEqual([[["甲", "乙"]]]);
  });

  it("lets a row rule that stops 3 pt short of a column rule meet it, and not one that stops 4 pt short", () => {
    const columns = [v(100, 680, 700), v(200, 680, 700), v(300, 680, 700)];
    const meeting = oneRow(columns, [h(700, 103, 297), h(680, 103, 297)]);
    expect(tables(meeting).map(rowsOf)).toEqual([[["甲", "乙"]]]);
    // 4 pt short at both ends: the outer column rules meet nothing, and one column rule frames no table.
    const apart = oneRow(columns, [h(700, 104, 296), h(680, 104, 296)]);
    expect(tables(apart)).toEqual([]);
    expect(paragraphs(apart)).toEqual(["甲乙"]);
  });

  it("makes no table of one row rule, however many column rules cross it, nor of column rules that are one border", () => {
    const oneRowRule = oneRow([v(100, 680, 700), v(200, 680, 700), v(300, 680, 700)], [h(700, 100, 300)]);
    expect(tables(oneRowRule)).toEqual([]);
    expect(paragraphs(oneRowRule)).toEqual(["甲乙"]);
    const oneBorder = oneRow([v(100, 680, 700), v(101, 680, 700)]);
    expect(tables(oneBorder)).toEqual([]);
    expect(paragraphs(oneBorder)).toEqual(["甲乙"]);
  });

  it("reads a page whose only rule is the line under its title as paragraphs", () => {
    const blocks = pdfBlocks([page(1, [run("某某县交通运输局", 90, 710), run("正文", 90, 680)], [h(700, 90, 500)])]);
    expect(blocks).toEqual([
      { kind: "paragraph", text: "某某县交通运输局" },
      { kind: "paragraph", text: "正文" },
    ]);
  });

  it("keeps text above, below, left and right of a table out of it, each where it stands", () => {
    const rules = [h(700, 100, 300), h(680, 100, 300), v(100, 680, 700), v(200, 680, 700), v(300, 680, 700)];
    const runs = [
      run("标题", 150, 720),
      run("甲", 110, 686),
      run("乙", 210, 686),
      run("左", 40, 686),
      run("右", 320, 686),
      run("注：", 150, 650),
    ];
    const blocks = pdfBlocks([page(1, runs, rules)]);
    expect(blocks.map((block) => (block.kind === "table" ? rowsOf(block.table) : block.text))).toEqual([
      "标题",
      [["甲", "乙"]],
      // Left and right of the table, on one baseline: one line.
      "左右",
      "注：",
    ]);
  });

  it("keeps two tables of one page apart, even with the same columns and nothing between them", () => {
    const table = (top: number) => [
      h(top, 100, 300),
      h(top - 20, 100, 300),
      v(100, top - 20, top),
      v(200, top - 20, top),
      v(300, top - 20, top),
    ];
    const blocks = pdfBlocks([page(1, [run("甲", 110, 746), run("乙", 110, 686)], [...table(760), ...table(700)])]);
    expect(tables(blocks).map(rowsOf)).toEqual([[["甲", ""]], [["乙", ""]]]);
  });
});

describe("cells: merged where no rule parts them, and the text each holds", () => {
  it("merges a cell two columns wide and two rows deep that does not start in the first column", () => {
    // Columns 100 | 200 | 300 | 400, rows 700 / 680 / 660 / 640. Columns 2 and 3 of rows 1 and 2 are one cell:
    // the rule at 680 runs under column 1 only, the rule at 300 only through the last row.
    const rules = [h(700, 100, 400), h(680, 100, 200), h(660, 100, 400), h(640, 100, 400)];
    rules.push(v(100, 640, 700), v(200, 640, 700), v(300, 640, 660), v(400, 640, 700));
    const runs = [
      run("甲", 110, 686),
      run("合并", 230, 676),
      run("乙", 110, 666),
      run("1", 110, 646),
      run("2", 210, 646),
      run("3", 310, 646),
    ];
    expect(tables(pdfBlocks([page(1, runs, rules)])).map(rowsOf)).toEqual([[["甲", "合并↓2→2"], ["乙"], ["1", "2", "3"]]]);
  });

  it("gives a cell's lines top to bottom whatever order they were printed in, without the spaces around them", () => {
    const rules = [h(700, 100, 300), h(660, 100, 300), v(100, 660, 700), v(300, 660, 700)];
    const runs = [run("公开", 110, 668), run(" 政府信息 ", 110, 686)];
    expect(tables(pdfBlocks([page(1, runs, rules)])).map(rowsOf)).toEqual([[["政府信息公开"]]]);
    expect(paragraphs(pdfBlocks([page(1, [run("  正文 ", 90, 500)], [])]))).toEqual(["正文"]);
  });
});

describe("a table split over pages", () => {
  const twoColumns = (top: number, bottom: number) => [
    h(top, 100, 300),
    h(top - 20, 100, 300),
    h(bottom, 100, 300),
    v(100, bottom, top),
    v(200, bottom, top),
    v(300, bottom, top),
  ];

  it("keeps every row of a second part that does not repeat the header", () => {
    const first = page(1, [run("项目", 110, 745), run("数量", 210, 745), run("甲", 110, 725), run("1", 210, 725)], twoColumns(760, 720));
    const second = page(2, [run("乙", 110, 745), run("2", 210, 745), run("丙", 110, 725), run("3", 210, 725)], twoColumns(760, 720));
    expect(tables(pdfBlocks([first, second])).map(rowsOf)).toEqual([
      [
        ["项目", "数量"],
        ["甲", "1"],
        ["乙", "2"],
        ["丙", "3"],
      ],
    ]);
  });

  it("leaves out only the header rows the second part repeats, the first of two", () => {
    const header = [run("项目", 110, 745), run("数量", 210, 745)];
    const first = page(1, [...header, run("单位", 110, 725), run("件", 210, 725)], twoColumns(760, 720));
    const second = page(2, [...header, run("单位", 110, 725), run("个", 210, 725)], twoColumns(760, 720));
    expect(tables(pdfBlocks([first, second])).map(rowsOf)).toEqual([
      [
        ["项目", "数量"],
        ["单位", "件"],
        ["单位", "个"],
      ],
    ]);
  });
});

describe("lines into paragraphs, at the thresholds", () => {
  /** A line at (x, y) that ends at `end`, 10 pt unless said. */
  const line = (text: string, x: number, y: number, end: number, size = 10): TextRun => ({ text, x, y, width: end - x, size });

  it("starts a paragraph past 1.2 characters of indent, past 1.5 characters short of the right edge, past a gap of 2.2 lines, and past half a point of size", () => {
    const lines = [
      line("甲", 90, 700, 220),
      // Indented 12 pt = 1.2 characters: the same paragraph.
      line("乙", 102, 686, 220),
      // Indented 13 pt: a new one. It ends 15 pt short of the right edge (220): not short.
      line("丙", 103, 672, 205),
      // Ends 16 pt short: the next line starts a new paragraph.
      line("丁", 90, 658, 204),
      line("戊", 90, 644, 220),
      // 22 pt below the last (2.2 lines): the same paragraph; 23 pt below: a new one.
      line("己", 90, 622, 220),
      line("庚", 90, 599, 220),
      // Half a point larger: the same paragraph; 0.6 pt larger again: a new one.
      line("辛", 90, 585, 220, 10.5),
      line("壬", 90, 571, 220, 11.1),
    ];
    expect(paragraphs(pdfBlocks([page(1, lines, [])]))).toEqual(["甲乙", "丙丁", "戊己", "庚辛", "壬"]);
  });
});
