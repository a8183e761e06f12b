import type { DocumentTable, PlacedCell, RowCell } from "./types.js";

/** A row span or column span beyond this is a broken attribute, not a table: HTML caps spans the same way. */
const MAX_COLUMN_SPAN = 1000;
const MAX_ROW_SPAN = 65534;

const clampSpan = (value: number, max: number): number => (Number.isInteger(value) && value >= 1 ? Math.min(value, max) : 1);

/**
 * Places rows of cells on a grid by the HTML table model (HTML Living Standard, "forming a table"): each cell takes
 * the first column its row has free, after the cells spanning down from the rows above. A cell with a known
 * column (Word's) is placed there. A row span past the last row is cut at the table's end.
 */
export function placeRows(rows: readonly (readonly RowCell[])[]): DocumentTable {
  const taken = new Set<string>();
  const cells: PlacedCell[] = [];
  let columnCount = 0;
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      const columns = clampSpan(cell.columns, MAX_COLUMN_SPAN);
      const rowsSpanned = Math.min(clampSpan(cell.rows, MAX_ROW_SPAN), rows.length - r);
      if (cell.column !== undefined) column = Math.max(column, cell.column);
      while (taken.has(`${r}:${column}`)) column += 1;
      for (let dr = 0; dr < rowsSpanned; dr++) for (let dc = 0; dc < columns; dc++) taken.add(`${r + dr}:${column + dc}`);
      cells.push({ row: r, column, rows: rowsSpanned, columns, text: cell.text });
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
