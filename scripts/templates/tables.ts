/** The official tables 二, 三, 四 as Word tables, one tag per value cell, built from the edition definition. */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import { REQUEST_COLUMNS, REVIEW_GROUPS, REVIEW_OUTCOMES, type EditionDef } from "../../src/schema/index.js";
import { run, STYLE, TEXT_WIDTH, type RunStyle } from "./typography.js";

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const tag = (id: string) => `{${id}}`;

interface CellSpec {
  text: string;
  span?: number;
  rows?: number;
  style?: RunStyle;
  align?: "left" | "center";
}

function cell(spec: CellSpec): TableCell {
  return new TableCell({
    columnSpan: spec.span,
    rowSpan: spec.rows,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 40, right: 40, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: spec.align === "left" ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { line: 300, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
        children: spec.text ? [run(spec.text, spec.style ?? STYLE.table)] : [],
      }),
    ],
  });
}

const header = (text: string, span?: number, rows?: number): CellSpec => ({ text, span, rows, style: STYLE.tableHeader });
const label = (text: string, span?: number, rows?: number): CellSpec => ({ text, span, rows, align: "left" });
const value = (id: string, span?: number): CellSpec => ({ text: tag(id), span });

/** Header rows repeat on a new page and stay with the row below; no row splits across pages (formats.md). */
function row(cells: CellSpec[], isHeader = false, keepNext = isHeader): TableRow {
  return new TableRow({ tableHeader: isHeader, cantSplit: true, keepNext, height: { value: 400, rule: HeightRule.ATLEAST }, children: cells.map(cell) });
}

function table(widths: number[], rows: TableRow[]): Table {
  const scale = TEXT_WIDTH / widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => Math.floor(w * scale));
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    rows,
  });
}

/** Section 二: one 4-column table of stacked sub-tables; a block's last column spans what is left. */
export function activeTable(edition: EditionDef): Table {
  const rows: TableRow[] = [];
  for (const block of edition.tables.active) {
    rows.push(row([header(block.clause, 4)], false, true));
    const span = (index: number) => (index === block.columns.length - 1 ? 4 - block.columns.length : 1);
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
  const applicants = REQUEST_COLUMNS.slice(1, 6);
  const rows: TableRow[] = [
    row([header("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), header("申请人情况", 7)], true),
    row([header("自然人", 1, 2), header("法人或其他组织", 5), header("总计", 1, 2)], true),
    row(applicants.map((c) => header(c.label)), true),
  ];
  const all = edition.tables.requestRows;
  all.forEach((line, index) => {
    const labels: CellSpec[] = [];
    const firstOf = (key: "group" | "subgroup") => line[key] && all[index - 1]?.[key] !== line[key];
    const spanOf = (key: "group" | "subgroup") => all.slice(index).findIndex((r) => r[key] !== line[key]);
    const rowsOf = (key: "group" | "subgroup") => (spanOf(key) === -1 ? all.length - index : spanOf(key));
    if (firstOf("group")) labels.push(label(line.group!, 1, rowsOf("group")));
    if (firstOf("subgroup")) labels.push(label(line.subgroup!, 1, rowsOf("subgroup")));
    const labelSpan = line.subgroup ? 1 : line.group ? 2 : 3;
    labels.push(label(line.label, labelSpan));
    rows.push(row([...labels, ...REQUEST_COLUMNS.map((c) => value(`requests.${line.key}.${c.key}`))]));
  });
  return table([6, 10, 33, 7, 7, 7, 7.5, 8, 7, 7.5], rows);
}

/** Table 四: 行政复议 (5 columns) and 行政诉讼 (10) over one row of 15 counts. */
export function reviewTable(): Table {
  const [review, ...suits] = REVIEW_GROUPS;
  const rows: TableRow[] = [
    row([header(review.label, 5), header("行政诉讼", 10)], true),
    row([...REVIEW_OUTCOMES.map((o) => header(o.label, 1, 2)), ...suits.map((g) => header(g.label, 5))], true),
    row(suits.flatMap(() => REVIEW_OUTCOMES.map((o) => header(o.label))), true),
    row(REVIEW_GROUPS.flatMap((g) => REVIEW_OUTCOMES.map((o) => value(`${g.key}.${o.key}`)))),
  ];
  return table(Array.from({ length: 15 }, () => 1), rows);
}
