/**
 * Value cells under their header, by grid position. Real tables are drawn on irregular grids: a header cell or a
 * value cell spanning two grid columns, a header row starting with an empty cell, colspans that differ between
 * header rows. Reading at fixed offsets from the first header column then reads a wide cell twice and shifts every
 * later column; what stays true is which header cell lies above a value cell (their column ranges overlap).
 */
import type { PlacedCell } from "../document/types.js";
import { readCellText } from "./cell-text.js";
import { compact } from "./labels.js";

/** A header cell's grid columns, [start, end). */
export interface ColumnSlot {
  start: number;
  end: number;
  /** The header as printed. */
  text: string;
}

export const slotOf = (cell: PlacedCell): ColumnSlot => ({ start: cell.column, end: cell.column + cell.columns, text: cell.text });

const overlaps = (cell: PlacedCell, slot: ColumnSlot): boolean => cell.column < slot.end && slot.start < cell.column + cell.columns;

/**
 * The header cells that head a single value column: printed, and with no printed header cell below them over the
 * same columns (法人或其他组织 heads 商业企业 … 其他, not a column of its own). Left to right.
 */
export function leafHeaders(headerCells: readonly PlacedCell[]): PlacedCell[] {
  const printed = headerCells.filter((cell) => compact(cell.text) !== "");
  return printed
    .filter((cell) => !printed.some((below) => below.row >= cell.row + cell.rows && overlaps(below, slotOf(cell))))
    .sort((a, b) => a.column - b.column);
}

/** A value cell that lies under more than one header and holds a figure: which column it belongs to is not known. */
export interface Straddle {
  cell: PlacedCell;
  /** The slots it lies under, by index. */
  slots: number[];
}

/** Whether a cell spanning several columns can stand for each of them: a merged 0, a dash or nothing at all. */
const standsForEach = (text: string): boolean => {
  const reading = readCellText(text);
  return reading.raw.kind === "blank" || (reading.raw.kind === "number" && reading.raw.value === 0);
};

/** Two cells that read as the same figure: under one header, they do not contradict each other. */
const sameReading = (a: string, b: string): boolean => JSON.stringify(readCellText(a).raw) === JSON.stringify(readCellText(b).raw);

/**
 * Each slot's value cell: the one cell of the row that lies under it. A cell under several slots is each one's when
 * it reads as 0 or nothing (a row printed as one merged 0), and no one's otherwise (a straddle, never a guess). Two
 * printed cells under one slot are a straddle too, unless they read alike (a misaligned row of zeros).
 */
export function assignToSlots(
  rowCells: readonly PlacedCell[],
  slots: readonly ColumnSlot[],
): { cells: (PlacedCell | undefined)[]; straddles: Straddle[] } {
  const cells: (PlacedCell | undefined)[] = slots.map(() => undefined);
  const straddles: Straddle[] = [];
  const unreadable = new Set<number>();
  for (const cell of rowCells) {
    const under = slots.flatMap((slot, i) => (overlaps(cell, slot) ? [i] : []));
    if (under.length === 0) continue;
    if (under.length > 1 && !standsForEach(cell.text)) {
      straddles.push({ cell, slots: under });
      under.forEach((i) => unreadable.add(i));
      continue;
    }
    for (const i of under) {
      const earlier = cells[i];
      if (!earlier || compact(earlier.text) === "") cells[i] = cell;
      else if (compact(cell.text) !== "" && !sameReading(earlier.text, cell.text)) {
        straddles.push({ cell, slots: [i] });
        unreadable.add(i);
      }
    }
  }
  for (const i of unreadable) cells[i] = undefined;
  return { cells, straddles };
}
