import { rangeAddress } from "./a1.js";
import type { GridCell, LabelCell } from "./types.js";

export const gridCell = (row: number, column: number, text: string, rows = 1, columns = 1): GridCell => ({
  row,
  column,
  rows,
  columns,
  text,
});

/** Places table grid cells on a sheet whose table starts at (firstRow, firstColumn), 1-based. */
export const toLabelCells = (cells: readonly GridCell[], firstRow: number, firstColumn: number, role: LabelCell["role"]): LabelCell[] =>
  cells.map((cell) => ({
    range: rangeAddress(
      firstColumn + cell.column,
      firstRow + cell.row,
      firstColumn + cell.column + cell.columns - 1,
      firstRow + cell.row + cell.rows - 1,
    ),
    text: cell.text,
    role,
  }));
