import { DOCUMENT_LIMITS, DocumentTooLarge } from "./limits.js";
import type { DocumentTable, PlacedCell, RowCell } from "./types.js";

/** A span as placed: whole and at least 1; one past the limit is refused (never expanded). */
function checkedSpan(value: number): number {
  // NaN is a broken span (read as 1); Infinity is one too large.
  if (value > DOCUMENT_LIMITS.span) throw new DocumentTooLarge("span", value);
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

/**
 * Places rows of cells on a grid by the HTML table model (HTML Living Standard, "forming a table"): each cell takes
 * the first column its row has free, after the cells spanning down from the rows above. A cell with a known
 * column (Word's) is placed there. A row span past the last row is cut at the table's end.
 */
export function placeRows(rows: readonly (readonly RowCell[])[]): DocumentTable {
  if (rows.length > DOCUMENT_LIMITS.tableRows) throw new DocumentTooLarge("tableRows", rows.length);
  const taken = new Set<string>();
  const cells: PlacedCell[] = [];
  let columnCount = 0;
  let slots = 0;
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      const columns = checkedSpan(cell.columns);
      const rowsSpanned = Math.min(checkedSpan(cell.rows), rows.length - r);
      if (cell.column !== undefined) column = Math.max(column, checkedSpan(cell.column + 1) - 1);
      while (taken.has(`${r}:${column}`)) column += 1;
      // Every slot a cell covers is a set entry: bounded before any is added.
      slots += rowsSpanned * columns;
      if (slots > DOCUMENT_LIMITS.tableSlots) throw new DocumentTooLarge("tableSlots", slots);
      for (let dr = 0; dr < rowsSpanned; dr++) for (let dc = 0; dc < columns; dc++) taken.add(`${r + dr}:${column + dc}`);
      cells.push({ row: r, column, rows: rowsSpanned, columns, text: cell.text, ...(cell.page ? { page: cell.page } : {}) });
      column += columns;
      columnCount = Math.max(columnCount, column);
    }
  });
  return { cells, rowCount: rows.length, columnCount };
}

/** The cell covering a grid slot, whichever row it starts in. */
export function cellAt(table: DocumentTable, row: number, column: number): PlacedCell | undefined {
  return table.cells.find((c) => row >= c.row && row < c.row + c.rows && column >= c.column && column < c.column + c.columns);
}

/** The distinct cells covering a row, left to right: a merged cell once, however many slots it spans. */
export function cellsCovering(table: DocumentTable, row: number): PlacedCell[] {
  return table.cells.filter((c) => row >= c.row && row < c.row + c.rows).sort((a, b) => a.column - b.column);
}
