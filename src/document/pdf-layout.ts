/**
 * A PDF page's text and drawn rules made into the blocks a published report's reader takes: tables rebuilt from the
 * rules that frame their cells, paragraphs from the lines of text outside them. Pure: pdf-text.ts gets the positions
 * from pdf.js.
 */
import { placeRows } from "./grid.js";
import type { Block, DocumentTable, RowCell } from "./types.js";

/** A run of text where the PDF draws it: (x, y) its baseline's start, in points, y upwards. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size. */
  size: number;
}

/** A drawn rule: horizontal (at y, from x0 to x1) or vertical (at x, from y0 to y1). */
export type Rule = { axis: "h"; at: number; from: number; to: number } | { axis: "v"; at: number; from: number; to: number };

export interface PdfPage {
  number: number;
  runs: TextRun[];
  rules: Rule[];
}

/** Why a PDF could not be read: encrypted with a password, or not a PDF pdf.js can parse. */
export class PdfUnreadable extends Error {
  /** `page`: the clerk's page, which carries no PDF reader (src/web/no-pdf.ts). */
  constructor(readonly reason: "password" | "corrupt" | "page") {
    super(reason);
  }
}

/** Rules closer than this (points) are one: a border drawn twice, or by each of two cells. */
const SNAP = 2.5;
/** A rule reaches a crossing it ends within this of. */
const REACH = 3;

interface Grid {
  xs: number[];
  ys: number[];
  rules: Rule[];
  box: { x0: number; x1: number; y0: number; y1: number };
}

/** Values within SNAP of each other as one, in order. */
function snapped(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const value of sorted) if (out.length === 0 || value - out.at(-1)! > SNAP) out.push(value);
  return out;
}

const crosses = (h: Rule, v: Rule) => v.at >= h.from - REACH && v.at <= h.to + REACH && h.at >= v.from - REACH && h.at <= v.to + REACH;

/** The rules of a page in groups that touch one another: each group frames one table. */
function ruleGroups(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  rules.forEach((a, i) =>
    rules.forEach((b, j) => {
      if (j > i && a.axis !== b.axis && crosses(a.axis === "h" ? a : b, a.axis === "h" ? b : a)) parent[find(i)] = find(j);
    }),
  );
  const groups = new Map<number, Rule[]>();
  rules.forEach((rule, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), rule]));
  return [...groups.values()];
}

function gridOf(rules: Rule[]): Grid | undefined {
  const h = rules.filter((rule) => rule.axis === "h");
  const v = rules.filter((rule) => rule.axis === "v");
  if (h.length < 2 || v.length < 2) return undefined;
  const xs = snapped(v.map((rule) => rule.at));
  // A table a page break cuts is often drawn without its border there: its column rules run on past the last row
  // rule (or start above the first), and the row they frame is a row all the same.
  const bottom = Math.min(...v.map((rule) => rule.from));
  const top = Math.max(...v.map((rule) => rule.to));
  const ys = snapped([...h.map((rule) => rule.at), bottom, top]).reverse();
  if (xs.length < 2 || ys.length < 2) return undefined;
  const edges: Rule[] = [
    { axis: "h", at: bottom, from: xs[0], to: xs.at(-1)! },
    { axis: "h", at: top, from: xs[0], to: xs.at(-1)! },
  ];
  return { xs, ys, rules: [...rules, ...edges], box: { x0: xs[0], x1: xs.at(-1)!, y0: ys.at(-1)!, y1: ys[0] } };
}

/** Whether a rule of the grid runs along `at` over the stretch from a to b (its middle is enough). */
function ruled(grid: Grid, axis: "h" | "v", at: number, a: number, b: number): boolean {
  const middle = (a + b) / 2;
  return grid.rules.some(
    (rule) => rule.axis === axis && Math.abs(rule.at - at) <= SNAP && rule.from - REACH <= middle && rule.to + REACH >= middle,
  );
}

/** Text inside a box, lines top to bottom, each left to right; no space between CJK pieces of one line. */
function textOf(runs: readonly TextRun[]): string {
  const lines = linesOf(runs);
  return lines.map((line) => joinLine(line)).join("");
}

function joinLine(line: readonly TextRun[]): string {
  let text = "";
  let end = -Infinity;
  for (const run of line) {
    // A gap of more than a third of a character between two runs of Latin text is a space.
    const gap = run.x - end;
    if (text && gap > run.size / 3 && /[\w.,%]$/.test(text) && /^[\w.]/.test(run.text)) text += " ";
    text += run.text;
    end = run.x + run.width;
  }
  return text.trim();
}

/** Runs in lines: a run whose baseline is within half its size of a line's is on that line. Top to bottom. */
function linesOf(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate.y - run.y) <= Math.max(candidate.size, run.size) / 2);
    if (line) line.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  return lines.sort((a, b) => b.y - a.y).map((line) => line.runs.sort((a, b) => a.x - b.x));
}

/** A run's middle, where it is placed in a cell. */
const middleOf = (run: TextRun) => ({ x: run.x + run.width / 2, y: run.y + run.size / 3 });

/** The table a grid frames: its slots merged where no rule parts them, each cell with the text inside it. */
function tableOf(grid: Grid, runs: readonly TextRun[], page: number): DocumentTable {
  const { xs, ys } = grid;
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const owner: number[][] = Array.from({ length: rows }, () => new Array<number>(columns).fill(-1));
  const cells: { row: number; column: number; rows: number; columns: number; runs: TextRun[] }[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (owner[r][c] >= 0) continue;
      // Widen while no vertical rule parts this slot from the next; then deepen while no horizontal rule parts the row.
      let width = 1;
      while (c + width < columns && owner[r][c + width] < 0 && !ruled(grid, "v", xs[c + width], ys[r], ys[r + 1])) width++;
      let height = 1;
      const open = (row: number) =>
        Array.from({ length: width }, (_, k) => c + k).every(
          (column) => owner[row][column] < 0 && !ruled(grid, "h", ys[row], xs[column], xs[column + 1]),
        );
      while (r + height < rows && open(r + height)) height++;
      for (let dr = 0; dr < height; dr++) for (let dc = 0; dc < width; dc++) owner[r + dr][c + dc] = cells.length;
      cells.push({ row: r, column: c, rows: height, columns: width, runs: [] });
    }
  }
  for (const run of runs) {
    const { x, y } = middleOf(run);
    const c = xs.findIndex((left, i) => i < columns && x >= left && x < xs[i + 1]);
    const r = ys.findIndex((top, i) => i < rows && y <= top && y > ys[i + 1]);
    if (c >= 0 && r >= 0) cells[owner[r][c]].runs.push(run);
  }
  const rowCells: RowCell[][] = Array.from({ length: rows }, () => []);
  for (const cell of cells)
    rowCells[cell.row].push({ text: textOf(cell.runs), rows: cell.rows, columns: cell.columns, column: cell.column, page });
  return placeRows(rowCells);
}

const inside = (run: TextRun, box: Grid["box"]) => {
  const { x, y } = middleOf(run);
  return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
};

/** A page number printed in the margin: "- 3 -", "-3-", "第 3 页", "3". */
const PAGE_NUMBER = /^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?[-—–\s]*$/u;

/** A page's blocks in reading order: its tables where they stand among its paragraphs' lines. */
function pageBlocks(page: PdfPage): { y: number; block: Block; lines?: TextRun[][] }[] {
  const grids = ruleGroups(page.rules)
    .map(gridOf)
    .filter((grid): grid is Grid => !!grid);
  const free = page.runs.filter((run) => !grids.some((grid) => inside(run, grid.box)));
  const items: { y: number; block: Block; lines?: TextRun[][] }[] = grids.map((grid) => ({
    y: grid.box.y1,
    block: {
      kind: "table",
      table: tableOf(
        grid,
        page.runs.filter((run) => inside(run, grid.box)),
        page.number,
      ),
    },
  }));
  for (const line of linesOf(free)) {
    const text = joinLine(line);
    if (text === "" || PAGE_NUMBER.test(text)) continue;
    items.push({ y: line[0].y, block: { kind: "paragraph", text }, lines: [line] });
  }
  return items.sort((a, b) => b.y - a.y);
}

/**
 * Lines into paragraphs: a line begins a paragraph when it is indented from the text's left edge, when the line before
 * it ended short of the right edge, or after a gap wider than a line; a table always stands alone.
 */
function paragraphsOf(items: { block: Block; lines?: TextRun[][] }[]): Block[] {
  const lines = items.filter((item) => item.lines).map((item) => item.lines![0]);
  const left = lines.length ? Math.min(...lines.map((line) => line[0].x)) : 0;
  const right = lines.length ? Math.max(...lines.map((line) => line.at(-1)!.x + line.at(-1)!.width)) : 0;
  const blocks: Block[] = [];
  let previous: TextRun[] | undefined;
  for (const item of items) {
    if (!item.lines) {
      blocks.push(item.block);
      previous = undefined;
      continue;
    }
    const line = item.lines[0];
    const size = line[0].size;
    const text = (item.block as { text: string }).text;
    const last = blocks.at(-1);
    const indented = line[0].x - left > size * 1.2;
    const endedShort = previous !== undefined && right - (previous.at(-1)!.x + previous.at(-1)!.width) > size * 1.5;
    const gap = previous !== undefined && previous[0].y - line[0].y > Math.max(size, previous[0].size) * 2.2;
    const sizeChanged = previous !== undefined && Math.abs(previous[0].size - size) > 0.5;
    if (previous && last?.kind === "paragraph" && !indented && !endedShort && !gap && !sizeChanged) last.text += text;
    else blocks.push({ kind: "paragraph", text });
    previous = line;
  }
  return blocks;
}

/** Two tables one after the other, the second going on with the first's columns: one table split by a page break. */
function sameColumns(a: DocumentTable, b: DocumentTable): boolean {
  return a.columnCount === b.columnCount;
}

/** The second part of a split table without the header rows it repeats from the first. */
function joinTables(a: DocumentTable, b: DocumentTable): DocumentTable {
  const rowTexts = (table: DocumentTable, row: number) =>
    table.cells
      .filter((cell) => cell.row === row)
      .map((cell) => cell.text)
      .join("|");
  let repeated = 0;
  while (repeated < b.rowCount && repeated < a.rowCount && rowTexts(b, repeated) === rowTexts(a, repeated)) repeated++;
  const shifted = b.cells.filter((cell) => cell.row >= repeated).map((cell) => ({ ...cell, row: cell.row - repeated + a.rowCount }));
  return { cells: [...a.cells, ...shifted], rowCount: a.rowCount + b.rowCount - repeated, columnCount: a.columnCount };
}

/** Every page's blocks in order, a table split over pages joined again. */
export function pdfBlocks(pages: readonly PdfPage[]): Block[] {
  const items: { block: Block; lines?: TextRun[][]; page: number }[] = [];
  for (const page of pages) items.push(...pageBlocks(page).map((item) => ({ ...item, page: page.number })));
  const joined: typeof items = [];
  for (const item of items) {
    const last = joined.at(-1);
    if (
      item.block.kind === "table" &&
      last?.block.kind === "table" &&
      last.page !== item.page &&
      sameColumns(last.block.table, item.block.table)
    )
      last.block = { kind: "table", table: joinTables(last.block.table, item.block.table) };
    else joined.push(item);
  }
  return paragraphsOf(joined);
}
