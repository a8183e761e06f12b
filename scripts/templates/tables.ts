/** The official tables 二, 三, 四 as Word tables, one tag per value cell, from the shared layout (src/render/table-layout.ts). */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import type { EditionDef } from "../../src/schema/index.js";
import { tableLayouts, type LayoutCell, type LayoutRow, type TableLayout } from "../../src/render/table-layout.js";
import { TABLE_STYLE, tableRun, TEXT_WIDTH } from "./typography.js";

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

/** The text a cell prints in the template: its label, or its value's tag and unit. */
const cellText = (cell: LayoutCell): string => (cell.kind === "value" ? `{${cell.field}}${cell.suffix ?? ""}` : cell.text!);

function cell(spec: LayoutCell): TableCell {
  const text = cellText(spec);
  return new TableCell({
    // A span of 1 is written as none, as Word writes it.
    columnSpan: spec.columns === 1 ? undefined : spec.columns,
    rowSpan: spec.rows === 1 ? undefined : spec.rows,
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        style: spec.kind === "header" ? TABLE_STYLE.header : TABLE_STYLE.text,
        ...(spec.kind === "label" ? { alignment: AlignmentType.LEFT } : {}),
        children: text ? [tableRun(text)] : [],
      }),
    ],
  });
}

/** Header rows repeat on a new page and stay with the row below; no row splits across pages (formats.md). */
function row({ cells, repeats = false, keepsWithNext = false }: LayoutRow): TableRow {
  // keepNext only where it is set: a false on every cell's paragraph is the default written 300 times.
  return new TableRow({
    tableHeader: repeats,
    cantSplit: true,
    ...(keepsWithNext ? { keepNext: true } : {}),
    height: { value: 400, rule: HeightRule.ATLEAST },
    children: cells.map(cell),
  });
}

function table({ widths, rows }: TableLayout): Table {
  const scale = TEXT_WIDTH / widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => Math.floor(w * scale));
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    // The cells' margins once for the table (w:tblCellMar), not on each of its 300 cells: the template stays small,
    // and docxtemplater parses all of it for every report.
    margins: { left: 40, right: 40, top: 20, bottom: 20 },
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    rows: rows.map(row),
  });
}

export const activeTable = (edition: EditionDef): Table => table(tableLayouts(edition).active);
export const requestsTable = (edition: EditionDef): Table => table(tableLayouts(edition).requests);
export const reviewTable = (edition: EditionDef): Table => table(tableLayouts(edition).review);
