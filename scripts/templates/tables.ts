/** The official tables 二, 三, 四 as Word tables, one tag per value cell, built from the edition definition. */
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
import { activeColumnSpan, REQUEST_COLUMNS, REVIEW_GROUPS, REVIEW_OUTCOMES, VALUE_COLUMNS, type EditionDef, type GridCell } from "../../src/schema/index.js";
import { TABLE_STYLE, tableRun, TEXT_WIDTH } from "./typography.js";

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const tag = (id: string) => `{${id}}`;

interface CellSpec {
  text: string;
  span?: number;
  rows?: number;
  header?: boolean;
  align?: "left" | "center";
}

function cell(spec: CellSpec): TableCell {
  return new TableCell({
    // A span of 1 is written as none, as Word writes it.
    columnSpan: spec.span === 1 ? undefined : spec.span,
    rowSpan: spec.rows === 1 ? undefined : spec.rows,
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        style: spec.header ? TABLE_STYLE.header : TABLE_STYLE.text,
        ...(spec.align === "left" ? { alignment: AlignmentType.LEFT } : {}),
        children: spec.text ? [tableRun(spec.text)] : [],
      }),
    ],
  });
}

const header = (text: string, span = 1, rows = 1): CellSpec => ({ text, span, rows, header: true });
const label = (text: string, span = 1, rows = 1): CellSpec => ({ text, span, rows, align: "left" });
const value = (id: string, span?: number): CellSpec => ({ text: tag(id), span });

/** Header rows repeat on a new page and stay with the row below; no row splits across pages (formats.md). */
function row(cells: CellSpec[], isHeader = false, keepNext = isHeader): TableRow {
  // keepNext only where it is set: a false on every cell's paragraph is the default written 300 times.
  return new TableRow({ tableHeader: isHeader, cantSplit: true, ...(keepNext ? { keepNext } : {}), height: { value: 400, rule: HeightRule.ATLEAST }, children: cells.map(cell) });
}

function table(widths: number[], rows: TableRow[]): Table {
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
    rows,
  });
}

/** The header or label cells of one grid row, as Word cells spanning what the official table merges. */
const gridRow = (cells: readonly GridCell[], row: number, toSpec: (text: string, columns: number, rows: number) => CellSpec): CellSpec[] =>
  cells.filter((cell) => cell.row === row).map((cell) => toSpec(cell.text, cell.columns, cell.rows));

/** Section 二: one 4-column table of stacked sub-tables; a block's last column spans what is left. */
export function activeTable(edition: EditionDef): Table {
  const rows: TableRow[] = [];
  const width = 1 + VALUE_COLUMNS;
  for (const block of edition.tables.active) {
    const span = (index: number) => activeColumnSpan(block, index).span;
    rows.push(row([header(block.clause, width)], false, true));
    rows.push(row([header("信息内容"), ...block.columns.map((c, i) => header(c.label, span(i)))], false, true));
    for (const line of block.rows) {
      rows.push(
        row([
          label(line.label),
          ...block.columns.map((c, i) => {
            const id = `active.${line.key}.${c.key}`;
            // 采购总金额's official label has no unit: the figure carries it (formats.md).
            return c.key === "amount" && !c.label.includes("万元") ? { text: `${tag(id)}万元`, span: span(i) } : value(id, span(i));
          }),
        ]),
      );
    }
  }
  return table([28, 24, 24, 24], rows);
}

/** Table 三: the 3-row header with the 勾稽 note top left, then each row with its nested labels. */
export function requestsTable(edition: EditionDef): Table {
  const { requestHeader, requestLabels, requestRows } = edition.tables;
  const rows = [0, 1, 2].map((r) => row(gridRow(requestHeader, r, header), true));
  requestRows.forEach((line, r) => {
    rows.push(row([...gridRow(requestLabels, r, label), ...REQUEST_COLUMNS.map((c) => value(`requests.${line.key}.${c.key}`))]));
  });
  return table([6, 10, 33, 7, 7, 7, 7.5, 8, 7, 7.5], rows);
}

/** Table 四: 行政复议 (5 columns) and 行政诉讼 (10) over one row of 15 counts. */
export function reviewTable(edition: EditionDef): Table {
  const rows = [0, 1, 2].map((r) => row(gridRow(edition.tables.reviewHeader, r, header), true));
  rows.push(row(REVIEW_GROUPS.flatMap((g) => REVIEW_OUTCOMES.map((o) => value(`${g.key}.${o.key}`)))));
  return table(Array.from({ length: REVIEW_GROUPS.length * REVIEW_OUTCOMES.length }, () => 1), rows);
}
