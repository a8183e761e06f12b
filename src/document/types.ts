/**
 * A document reduced to what a published report's reader needs, whatever it was written in (Word, WPS, a portal's
 * HTML): its paragraphs and tables in reading order, each table as a grid of placed cells.
 */

/** A table cell placed on its table's grid (0-based), spanning `rows` × `columns` slots. */
export interface PlacedCell {
  row: number;
  column: number;
  rows: number;
  columns: number;
  text: string;
  /** The PDF page the cell's text is printed on. */
  page?: number;
}

export interface DocumentTable {
  cells: PlacedCell[];
  rowCount: number;
  columnCount: number;
}

export type Block = { kind: "paragraph"; text: string } | { kind: "table"; table: DocumentTable };

/** A cell as a document row lists it, before placing: its text and spans, and its column when the format says it. */
export interface RowCell {
  text: string;
  rows: number;
  columns: number;
  /** Where the cell starts (Word's grid position); undefined lets the HTML table algorithm place it. */
  column?: number;
  page?: number;
}
