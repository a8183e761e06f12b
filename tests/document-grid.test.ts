/**
 * Placing a published table's cells on its grid, as the HTML table model places them, and the bounds a span is held
 * to: expectations worked out by hand on small tables.
 *
 * Covers: src/document/grid.ts, src/document/limits.ts.
 */
import { describe, expect, it } from "vitest";
import { cellAt, cellsCovering, placeRows } from "../src/document/grid.js";
import { boundedSpan, DOCUMENT_LIMITS, DocumentTooLarge } from "../src/document/limits.js";
import type { RowCell } from "../src/document/types.js";

const cell = (text: string, rows = 1, columns = 1, extra: Partial<RowCell> = {}): RowCell => ({ text, rows, columns, ...extra });
const placed = (text: string, row: number, column: number, rows = 1, columns = 1) => ({ text, row, column, rows, columns });

const tooLarge = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentTooLarge) return [error.limit, error.actual];
    throw error;
  }
  return undefined;
};

describe("placing a table's cells", () => {
  it("puts each cell in the first column its row has free after the cells spanning down from above", () => {
    //  A | B | C C
    //  A | D | E | F
    const table = placeRows([
      [cell("A", 2), cell("B"), cell("C", 1, 2)],
      [cell("D"), cell("E"), cell("F")],
    ]);
    expect(table).toEqual({
      cells: [placed("A", 0, 0, 2), placed("B", 0, 1), placed("C", 0, 2, 1, 2), placed("D", 1, 1), placed("E", 1, 2), placed("F", 1, 3)],
      rowCount: 2,
      columnCount: 4,
    });
    expect(cellAt(table, 1, 0)?.text).toBe("A");
    expect(cellAt(table, 0, 3)?.text).toBe("C");
    expect(cellAt(table, 2, 0)).toBeUndefined();
    expect(cellsCovering(table, 1).map((c) => c.text)).toEqual(["A", "D", "E", "F"]);
  });

  it("cuts a row span that runs past the last row at the table's end", () => {
    const table = placeRows([[cell("A"), cell("B", 9)], [cell("C")], [cell("D", 5)]]);
    expect(table.cells).toEqual([placed("A", 0, 0), placed("B", 0, 1, 3), placed("C", 1, 0), placed("D", 2, 0)]);
  });

  it("places a cell whose column the format gives (Word's) there, never left of the cells before it", () => {
    const table = placeRows([[cell("A", 1, 1, { column: 2 }), cell("B", 1, 1, { column: 0 }), cell("C")]]);
    expect(table.cells).toEqual([placed("A", 0, 2), placed("B", 0, 3), placed("C", 0, 4)]);
    expect(table.columnCount).toBe(5);
  });

  it("keeps a PDF cell's page, and gives other cells none", () => {
    const table = placeRows([[cell("A", 1, 1, { page: 3 }), cell("B")]]);
    expect(table.cells).toEqual([{ ...placed("A", 0, 0), page: 3 }, placed("B", 0, 1)]);
  });

  it("reads a broken span (0, negative, fractional, NaN) as 1", () => {
    const table = placeRows([[cell("A", 0, -2), cell("B", Number.NaN, 1.5)], [cell("C")]]);
    expect(table.cells).toEqual([placed("A", 0, 0), placed("B", 0, 1), placed("C", 1, 0)]);
  });

  it("refuses a span past the limit, too many rows, or too many slots, before placing them", () => {
    const { span, tableRows, tableSlots } = DOCUMENT_LIMITS;
    expect(placeRows([[cell("A", 1, span)]]).columnCount).toBe(span);
    expect(tooLarge(() => placeRows([[cell("A", 1, span + 1)]]))).toEqual(["span", span + 1]);
    expect(tooLarge(() => placeRows([[cell("A", Infinity)]]))).toEqual(["span", Infinity]);
    expect(tooLarge(() => placeRows(Array.from({ length: tableRows + 1 }, () => [cell("")])))).toEqual(["tableRows", tableRows + 1]);
    expect(placeRows(Array.from({ length: tableRows }, () => [cell("")])).rowCount).toBe(tableRows);
    // 101 rows of 1000 columns: the slots counted cell by cell, refused at the first past 100,000.
    const wide = Array.from({ length: 101 }, () => [cell("", 1, span)]);
    expect(tooLarge(() => placeRows(wide))).toEqual(["tableSlots", tableSlots + span]);
    expect(placeRows(wide.slice(0, 100)).cells).toHaveLength(100);
  });
});

describe("a span as written", () => {
  it.each([
    [undefined, 1],
    ["3", 3],
    [" 7 ", 7],
    ["0", 1],
    ["007", 7],
    ["", 1],
    ["two", 1],
    ["-2", 1],
    ["1000", 1000],
  ])("%j reads as %d", (written, expected) => {
    expect(boundedSpan(written)).toBe(expected);
  });

  it("is at least the least given", () => {
    expect([boundedSpan(undefined, 0), boundedSpan("0", 0), boundedSpan("x", 0)]).toEqual([0, 0, 0]);
  });

  it("is refused past the limit, and when written so large a double would round it", () => {
    expect(tooLarge(() => boundedSpan("1001"))).toEqual(["span", 1001]);
    expect(tooLarge(() => boundedSpan("1e400"))).toEqual(["span", Infinity]);
    expect(tooLarge(() => boundedSpan("9007199254740993"))).toEqual(["span", Infinity]);
    expect(tooLarge(() => boundedSpan("00000000001"))).toBeUndefined();
  });
});
