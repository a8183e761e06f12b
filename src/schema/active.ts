import { cellAddress, rangeAddress } from "./a1.js";
import { SHEET } from "./sheet-names.js";
import { tableCell, type ActiveBlockDef, type FieldDef, type FieldId, type LabelCell, type SheetLayout } from "./types.js";

export const VALUE_COLUMNS = 3;

export const ACTIVE_2021 = [
  {
    clause: "第二十条第（一）项",
    columns: [
      { key: "issued", label: "本年制发件数", type: "count" },
      { key: "repealed", label: "本年废止件数", type: "count" },
      { key: "inForce", label: "现行有效件数", type: "count" },
    ],
    rows: [
      { key: "rules", label: "规章" },
      { key: "normative", label: "行政规范性文件" },
    ],
  },
  {
    clause: "第二十条第（五）项",
    columns: [{ key: "decisions", label: "本年处理决定数量", type: "count" }],
    rows: [{ key: "licensing", label: "行政许可" }],
  },
  {
    clause: "第二十条第（六）项",
    columns: [{ key: "decisions", label: "本年处理决定数量", type: "count" }],
    rows: [
      { key: "penalty", label: "行政处罚" },
      { key: "coercion", label: "行政强制" },
    ],
  },
  {
    clause: "第二十条第（八）项",
    columns: [{ key: "amount", label: "本年收费金额（单位：万元）", type: "amount" }],
    rows: [{ key: "fees", label: "行政事业性收费" }],
  },
] as const satisfies readonly ActiveBlockDef[];

const ITEM_COLUMNS_2019 = [
  { key: "lastYear", label: "上一年项目数量", type: "count" },
  { key: "change", label: "本年增/减", type: "signed" },
  { key: "decisions", label: "处理决定数量", type: "count" },
] as const;

export const ACTIVE_2019 = [
  {
    clause: "第二十条第（一）项",
    columns: [
      { key: "made", label: "本年新制作数量", type: "count" },
      { key: "published", label: "本年新公开数量", type: "count" },
      { key: "total", label: "对外公开总数量", type: "count" },
    ],
    rows: [
      { key: "rules", label: "规章" },
      { key: "normative", label: "规范性文件" },
    ],
  },
  {
    clause: "第二十条第（五）项",
    columns: ITEM_COLUMNS_2019,
    rows: [
      { key: "licensing", label: "行政许可" },
      { key: "otherServices", label: "其他对外管理服务事项" },
    ],
  },
  {
    clause: "第二十条第（六）项",
    columns: ITEM_COLUMNS_2019,
    rows: [
      { key: "penalty", label: "行政处罚" },
      { key: "coercion", label: "行政强制" },
    ],
  },
  {
    clause: "第二十条第（八）项",
    columns: ITEM_COLUMNS_2019.slice(0, 2),
    rows: [{ key: "fees", label: "行政事业性收费" }],
  },
  {
    clause: "第二十条第（九）项",
    columns: [
      { key: "projects", label: "采购项目数量", type: "count" },
      { key: "amount", label: "采购总金额", type: "amount", hint: "单位：万元" },
    ],
    rows: [{ key: "procurement", label: "政府集中采购" }],
  },
] as const satisfies readonly ActiveBlockDef[];

/**
 * Where a block's column sits among the three value columns (0-based) and how many it spans: the last column
 * of a block takes what is left, so a one-value row spans all three (formats.md).
 */
export function activeColumnSpan(block: ActiveBlockDef, index: number): { offset: number; span: number } {
  return { offset: index, span: index === block.columns.length - 1 ? VALUE_COLUMNS - index : 1 };
}

function columnSpan(block: ActiveBlockDef, index: number): [first: number, last: number] {
  const { offset, span } = activeColumnSpan(block, index);
  return [2 + offset, 1 + offset + span];
}

/** Section 二 is printed as one 4-column table of stacked sub-tables (formats.md). */
export function buildActiveSheet(blocks: readonly ActiveBlockDef[]): { fields: FieldDef[]; layout: SheetLayout } {
  const sheet = SHEET.active;
  const lastColumn = 1 + VALUE_COLUMNS;
  const labels: LabelCell[] = [{ range: rangeAddress(1, 1, lastColumn, 1), text: sheet, role: "title" }];
  const merges: string[] = [];
  const fields: FieldDef[] = [];
  let row = 2;
  for (const block of blocks) {
    labels.push({ range: rangeAddress(1, row, lastColumn, row), text: block.clause, role: "header" });
    row += 1;
    labels.push({ range: cellAddress(1, row), text: "信息内容", role: "header" });
    block.columns.forEach((column, index) => {
      const [first, last] = columnSpan(block, index);
      labels.push({ range: rangeAddress(first, row, last, row), text: column.label, role: "header" });
    });
    row += 1;
    for (const line of block.rows) {
      labels.push({ range: cellAddress(1, row), text: line.label, role: "rowLabel" });
      block.columns.forEach((column, index) => {
        const [first, last] = columnSpan(block, index);
        if (last > first) merges.push(rangeAddress(first, row, last, row));
        fields.push({
          id: `active.${line.key}.${column.key}` as FieldId,
          ...tableCell(`${block.clause} ${line.label}`, column.label),
          type: column.type,
          sheet,
          cell: cellAddress(first, row),
          table: "active",
          ...(column.hint ? { hint: column.hint } : {}),
        });
      });
      row += 1;
    }
  }
  return { fields, layout: { name: sheet, widths: [26, 22, 22, 22], labels, merges } };
}

/** `active.licensing.decisions`: every row × column of every block of both editions. */
type BlockFieldIds<B> = B extends { rows: readonly { key: infer R extends string }[]; columns: readonly { key: infer C extends string }[] }
  ? `active.${R}.${C}`
  : never;
export type ActiveFieldId = BlockFieldIds<(typeof ACTIVE_2019)[number] | (typeof ACTIVE_2021)[number]>;
