/**
 * A sheet of the standardized workbook drawn as a grid for the page: its labels and its cells, where the edition
 * places them, with a report's values. A finding is shown on it by its field (or its cell): the page marks that cell
 * and highlights the related ones. One source: the edition's sheet layouts, as the workbook itself is written.
 */
import type { Location } from "../findings/finding.js";
import type { FieldValue } from "../report/report.js";
import { cellAddress } from "../schema/a1.js";
import { textForYear, type EditionDef, type FieldId, type FieldType } from "../schema/types.js";
import { parseRange } from "../workbook/ranges.js";

export interface GridViewCell {
  /** 0-based on the drawn grid; rows no cell starts on (a narrative's 200 rows) are left out. */
  row: number;
  column: number;
  rows: number;
  columns: number;
  text: string;
  role: "label" | "value" | "derived";
  /** A count or an amount (drawn right-aligned on one line), not text. */
  numeric?: boolean;
  field?: FieldId;
  /** The cell's address in the clerk's workbook (where it was read from), for a value cell. */
  address?: string;
}

export interface SheetGrid {
  sheet: string;
  rows: number;
  columns: number;
  cells: GridViewCell[];
}

const shown = (value: FieldValue | undefined): string =>
  value === undefined ? "" : Array.isArray(value) ? value.map((paragraph) => paragraph.text).join("\n") : String(value);

const NUMERIC = new Set<FieldType>(["count", "signed", "amount", "yuan", "year"]);

interface Placed extends Omit<GridViewCell, "row" | "column" | "rows" | "columns"> {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The grid of each sheet of the edition, filled with `values`; `locations`: where each value was read. */
export function sheetGrids(
  edition: EditionDef,
  values: Partial<Record<FieldId, FieldValue>>,
  locations: ReadonlyMap<FieldId, Location>,
): SheetGrid[] {
  const year = typeof values["meta.year"] === "number" ? values["meta.year"] : new Date().getFullYear();
  return edition.sheets.map((layout) => {
    const merges = layout.merges.map((merge) => parseRange(merge));
    const placed: Placed[] = layout.labels.map((label) => ({
      ...parseRange(label.range),
      text: textForYear(label.text, year),
      role: "label",
    }));
    for (const field of edition.fields.filter((candidate) => candidate.sheet === layout.name)) {
      const range = parseRange(field.cell);
      // A narrative's range of paragraph rows is drawn as one row; a merged input cell keeps its merge.
      const merge = merges.find((m) => m.top === range.top && m.left === range.left);
      const bottom = field.type === "paragraphs" ? range.top : (merge?.bottom ?? range.bottom);
      const right = merge?.right ?? range.right;
      const read = locations.get(field.id);
      placed.push({
        top: range.top,
        left: range.left,
        bottom,
        right,
        text: shown(values[field.id]),
        role: field.derived ? "derived" : "value",
        numeric: NUMERIC.has(field.type),
        field: field.id,
        address: read?.cell ?? cellAddress(range.left, range.top),
      });
    }
    // Rows no cell starts on are left out, and spans counted over the rows kept.
    const kept = [...new Set(placed.map((cell) => cell.top))].sort((a, b) => a - b);
    const rowOf = new Map(kept.map((row, i) => [row, i]));
    const left = Math.min(...placed.map((cell) => cell.left));
    const cells = placed.map(({ top, left: first, bottom, right, ...cell }) => ({
      ...cell,
      row: rowOf.get(top)!,
      column: first - left,
      rows: kept.filter((row) => row >= top && row <= bottom).length,
      columns: right - first + 1,
    }));
    return {
      sheet: layout.name,
      rows: kept.length,
      columns: Math.max(...placed.map((cell) => cell.right)) - left + 1,
      cells: cells.sort((a, b) => a.row - b.row || a.column - b.column),
    };
  });
}
