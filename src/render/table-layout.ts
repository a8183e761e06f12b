/**
 * The official tables 二, 三 and 四 as rows of cells: labels, headers and the field each value cell prints. Both
 * printed forms are made from it, the Word template (scripts/templates/tables.ts) and the web page (render/html.ts),
 * so the two cannot disagree on a span or a label.
 */
import { activeColumnSpan, VALUE_COLUMNS } from "../schema/active.js";
import { REQUEST_COLUMNS } from "../schema/requests.js";
import { REVIEW_GROUPS, REVIEW_OUTCOMES } from "../schema/review.js";
import { SHEET } from "../schema/sheet-names.js";
import type { EditionDef, FieldId, GridCell, TableId } from "../schema/types.js";

export interface LayoutCell {
  kind: "header" | "label" | "value";
  /** A header's or label's text. */
  text?: string;
  /** A value cell's field, and what follows the figure (采购总金额's 万元). */
  field?: FieldId;
  suffix?: string;
  columns: number;
  rows: number;
}

export interface LayoutRow {
  cells: LayoutCell[];
  /** Repeated at the top of each page, as the official tables' header rows are. */
  repeats?: boolean;
  /** Kept on the page of the row below it: a sub-table's heading rows. */
  keepsWithNext?: boolean;
}

export interface TableLayout {
  id: TableId;
  title: string;
  /** Relative column widths. */
  widths: number[];
  rows: LayoutRow[];
}

const header = (text: string, columns = 1, rows = 1): LayoutCell => ({ kind: "header", text, columns, rows });
const label = (text: string, columns = 1, rows = 1): LayoutCell => ({ kind: "label", text, columns, rows });
const value = (field: string, columns = 1, suffix?: string): LayoutCell => ({
  kind: "value",
  field: field as FieldId,
  columns,
  rows: 1,
  ...(suffix ? { suffix } : {}),
});

const gridRow = (cells: readonly GridCell[], row: number, make: typeof header): LayoutCell[] =>
  cells.filter((cell) => cell.row === row).map((cell) => make(cell.text, cell.columns, cell.rows));

/** Section 二: one 4-column table of stacked sub-tables; a block's last column spans what is left. */
function activeLayout(edition: EditionDef): TableLayout {
  const rows: LayoutRow[] = [];
  for (const block of edition.tables.active) {
    const span = (index: number) => activeColumnSpan(block, index).span;
    rows.push({ cells: [header(block.clause, 1 + VALUE_COLUMNS)], keepsWithNext: true });
    rows.push({ cells: [header("信息内容"), ...block.columns.map((c, i) => header(c.label, span(i)))], keepsWithNext: true });
    for (const line of block.rows) {
      const cells = block.columns.map((c, i) =>
        // 采购总金额's official label has no unit: the figure carries it (formats.md).
        value(`active.${line.key}.${c.key}`, span(i), c.key === "amount" && !c.label.includes("万元") ? "万元" : undefined),
      );
      rows.push({ cells: [label(line.label), ...cells] });
    }
  }
  return { id: "active", title: SHEET.active, widths: [28, 24, 24, 24], rows };
}

/** Table 三: the 3-row header with the 勾稽 note top left, then each row with its nested labels. */
function requestsLayout(edition: EditionDef): TableLayout {
  const { requestHeader, requestLabels, requestRows } = edition.tables;
  const rows: LayoutRow[] = [0, 1, 2].map((r) => ({ cells: gridRow(requestHeader, r, header), repeats: true, keepsWithNext: true }));
  requestRows.forEach((line, r) => {
    rows.push({ cells: [...gridRow(requestLabels, r, label), ...REQUEST_COLUMNS.map((c) => value(`requests.${line.key}.${c.key}`))] });
  });
  return { id: "requests", title: SHEET.requests, widths: [6, 10, 33, 7, 7, 7, 7.5, 8, 7, 7.5], rows };
}

/** Table 四: 行政复议 (5 columns) and 行政诉讼 (10) over one row of 15 counts. */
function reviewLayout(edition: EditionDef): TableLayout {
  const rows: LayoutRow[] = [0, 1, 2].map((r) => ({
    cells: gridRow(edition.tables.reviewHeader, r, header),
    repeats: true,
    keepsWithNext: true,
  }));
  rows.push({ cells: REVIEW_GROUPS.flatMap((g) => REVIEW_OUTCOMES.map((o) => value(`${g.key}.${o.key}`))) });
  return {
    id: "review",
    title: SHEET.review,
    widths: Array.from({ length: REVIEW_GROUPS.length * REVIEW_OUTCOMES.length }, () => 1),
    rows,
  };
}

export function tableLayouts(edition: EditionDef): Record<TableId, TableLayout> {
  return { active: activeLayout(edition), requests: requestsLayout(edition), review: reviewLayout(edition) };
}
