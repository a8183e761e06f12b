/** The kinds of value a report field holds (data-contract.md). */
export const FIELD_TYPES = [
  "count", // whole number >= 0
  "signed", // signed whole number (本年增/减, edition 2019)
  "amount", // decimal >= 0 in 万元, at most 6 places (to the fen)
  "yuan", // decimal >= 0 in 元, at most 2 places (信息处理费)
  "text",
  "year",
  "date",
  "edition",
  "paragraphs", // narrative: one row per paragraph
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

import type { ActiveFieldId } from "./active.js";
import type { MetaFieldId } from "./meta.js";
import type { FeeFieldId, NarrativeFieldId } from "./narrative.js";
import type { RequestFieldId } from "./requests.js";
import type { ReviewFieldId } from "./review.js";

/**
 * Every field id of both editions (data-contract.md), derived from the edition data: a mistyped id fails to
 * compile. An edition has a subset of them (edition 2019 has no fees.*, 2021 no active.*.lastYear).
 */
export type FieldId = MetaFieldId | ActiveFieldId | RequestFieldId | ReviewFieldId | NarrativeFieldId | FeeFieldId;
export type EditionId = "2019" | "2021";

/** The three official tables; a whole table left blank is an error (rules.md V3). */
export type TableId = "active" | "requests" | "review";

/** Text that names the report year or the year after (an example date): resolved when a workbook is written. */
export type YearText = string | ((year: number) => string);
export const textForYear = (text: YearText, year: number): string => (typeof text === "string" ? text : text(year));

export interface TablePosition {
  row: string;
  column: string;
}

/** A table cell's label and position: 「自然人」 of 「一、本年新收…」 reads 「一、本年新收… · 自然人」. */
export const tableCell = (row: string, column: string): { label: string; position: TablePosition } => ({
  label: `${row} · ${column}`,
  position: { row, column },
});

export interface FieldDef {
  id: FieldId;
  /** What a clerk reads in a message: the row and column labels of the printed table. */
  label: string;
  /** For a cell of a table: its row and column labels apart, as printed (the label joins them). */
  position?: TablePosition;
  type: FieldType;
  sheet: string;
  /** A1 address (or range, for paragraphs) in the blank workbook; the reader uses the defined name instead. */
  cell: string;
  table?: TableId;
  required?: boolean;
  /** Derived cells (totals) hold formulas; they are recomputed, never typed. */
  derived?: boolean;
  /** Shown as the cell's input prompt. */
  hint?: YearText;
  /** False for values the report does not print as such (the edition; the fee facts behind section 六's sentence). */
  printed?: boolean;
}

/**
 * An arithmetic identity of the official tables (勾稽关系): sum(left) = sum(right).
 * A derived field is the single member of `left`, and `right` is what it sums.
 */
export interface Equation {
  rule: "R1" | "R2" | "R3" | "R4";
  /** The column, row or group the identity is about, as printed: 自然人, 一、本年新收…, 行政复议. */
  subject: string;
  left: FieldId[];
  right: FieldId[];
  /** True when `left[0]` is a derived cell written as the formula sum(right). */
  defines: boolean;
}

/**
 * A label cell of an official table, placed on the table's own grid (0-based, from its top-left corner) and
 * spanning `rows` × `columns`. The workbook and the Word template both print a table from these cells.
 */
export interface GridCell {
  row: number;
  column: number;
  rows: number;
  columns: number;
  text: string;
}

/** A fixed label cell of a sheet, possibly merged over a range. */
export interface LabelCell {
  range: string;
  text: YearText;
  role: "title" | "header" | "rowLabel" | "note" | "unit";
}

export interface SheetLayout {
  name: string;
  /** Column widths in characters, from column A on. */
  widths: number[];
  labels: LabelCell[];
  /** Input and derived cells that span more than one cell (e.g. a one-value row of table 二). */
  merges: string[];
  /** Rows that are taller than the default (header rows with long labels), in points. */
  rowHeights?: Record<number, number>;
}

export interface EditionDef {
  id: EditionId;
  /** The circular that issued the format, e.g. 国办公开办函〔2021〕30号. */
  circular: string;
  /** Report years the edition is used for, inclusive; `to` undefined = onward. */
  years: { from: number; to?: number };
  /** Section 六 states the 信息处理费 position (edition 2021). */
  feeStatement: boolean;
  fields: FieldDef[];
  equations: Equation[];
  sheets: SheetLayout[];
  /** The official tables' rows and columns, for whatever prints them (workbook sheets, Word tables). */
  tables: {
    active: readonly ActiveBlockDef[];
    requestRows: readonly RequestRowDef[];
    /** Table 三's 3-row header over its 3 label and 7 value columns. */
    requestHeader: readonly GridCell[];
    /** Table 三's row labels, on the grid of its 3 label columns × data rows. */
    requestLabels: readonly GridCell[];
    /** Table 四's 3-row header over its 15 value columns. */
    reviewHeader: readonly GridCell[];
  };
}

/** One sub-table of section 二: `第二十条第（X）项` (formats.md). */
export interface ActiveBlockDef {
  clause: string;
  columns: readonly { key: string; label: string; type: FieldType; hint?: string }[];
  rows: readonly { key: string; label: string }[];
}

/** A row of table 三; `group` and `subgroup` are the merged label cells to its left. */
export interface RequestRowDef {
  key: string;
  label: string;
  group?: string;
  subgroup?: string;
  /** Counts towards （七）总计 (rules.md R2). */
  result?: boolean;
}
