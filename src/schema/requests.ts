import { cellAddress, rangeAddress } from "./a1.js";
import { SHEET } from "./sheet-names.js";
import { gridCell, toLabelCells } from "./grid.js";
import {
  tableCell,
  type EditionId,
  type Equation,
  type FieldDef,
  type FieldId,
  type GridCell,
  type RequestRowDef,
  type SheetLayout,
} from "./types.js";

/** The 7 value columns of table 三 (formats.md); `total` is derived. */
export const REQUEST_COLUMNS = [
  { key: "natural", label: "自然人" },
  { key: "business", label: "商业企业" },
  { key: "research", label: "科研机构" },
  { key: "nonprofit", label: "社会公益组织" },
  { key: "legal", label: "法律服务机构" },
  { key: "otherOrg", label: "其他" },
  { key: "total", label: "总计" },
] as const;
const APPLICANT_COLUMNS = REQUEST_COLUMNS.filter((column) => column.key !== "total");

type RequestRow = RequestRowDef;

const RESULTS = "三、本年度办理结果";
const inGroup =
  <const P extends string, const S extends string>(prefix: P, subgroup: S) =>
  <const K extends string>(key: K, label: string) =>
    ({ key: `${prefix}.${key}`, label, group: RESULTS, subgroup, result: true }) as const;
const withheld = inGroup("withheld", "（三）不予公开");
const unavailable = inGroup("unavailable", "（四）无法提供");
const unprocessed = inGroup("unprocessed", "（五）不予处理");
const otherHandling = inGroup("otherHandling", "（六）其他处理");

const HEAD_ROWS = [
  { key: "newReceived", label: "一、本年新收政府信息公开申请数量" },
  { key: "carriedOver", label: "二、上年结转政府信息公开申请数量" },
  { key: "granted", label: "（一）予以公开", group: RESULTS, result: true },
  { key: "partlyGranted", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", group: RESULTS, result: true },
  withheld("stateSecret", "1.属于国家秘密"),
  withheld("lawForbidden", "2.其他法律行政法规禁止公开"),
  withheld("safetyStability", "3.危及“三安全一稳定”"),
  withheld("thirdParty", "4.保护第三方合法权益"),
  withheld("internalAffairs", "5.属于三类内部事务信息"),
  withheld("processInfo", "6.属于四类过程性信息"),
  withheld("enforcementFile", "7.属于行政执法案卷"),
  withheld("queryMatter", "8.属于行政查询事项"),
  unavailable("notHeld", "1.本机关不掌握相关政府信息"),
  unavailable("needsCreation", "2.没有现成信息需要另行制作"),
  unavailable("stillUnclear", "3.补正后申请内容仍不明确"),
  unprocessed("complaint", "1.信访举报投诉类申请"),
  unprocessed("repeated", "2.重复申请"),
  unprocessed("publication", "3.要求提供公开出版物"),
  unprocessed("excessive", "4.无正当理由大量反复申请"),
  unprocessed("confirmation", "5.要求行政机关确认或重新出具已获取信息"),
] as const;

/** The rows that differ between editions: 2019 has one （六）其他处理 row, 2021 three. */
const OTHER_HANDLING_ROWS = {
  "2019": [{ key: "otherHandling", label: "（六）其他处理", group: RESULTS, result: true }],
  "2021": [
    otherHandling("noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    otherHandling("feeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    otherHandling("misc", "3.其他"),
  ],
} as const satisfies Record<EditionId, readonly RequestRow[]>;

const TAIL_ROWS = [
  { key: "resultTotal", label: "（七）总计", group: RESULTS },
  { key: "carriedForward", label: "四、结转下年度继续办理" },
] as const;

type RequestRowKey =
  (typeof HEAD_ROWS)[number]["key"] | (typeof OTHER_HANDLING_ROWS)[EditionId][number]["key"] | (typeof TAIL_ROWS)[number]["key"];
export type RequestFieldId = `requests.${RequestRowKey}.${(typeof REQUEST_COLUMNS)[number]["key"]}`;

const requestRows = (edition: EditionId): RequestRow[] => [...HEAD_ROWS, ...OTHER_HANDLING_ROWS[edition], ...TAIL_ROWS];

const LABEL_COLUMNS = 3;
const LONG_LABEL = 30;
const HEADER_TOP = 2;
const FIRST_DATA_ROW = HEADER_TOP + 3;
const valueColumn = (index: number): number => LABEL_COLUMNS + 1 + index;
const fieldId = (row: string, column: string): FieldId => `requests.${row}.${column}` as FieldId;

/** The first row index of each run of consecutive rows that share a group (or subgroup), with its length. */
function runsOf(rows: readonly RequestRow[], level: "group" | "subgroup"): { start: number; length: number; name: string }[] {
  const runs: { start: number; length: number; name: string }[] = [];
  rows.forEach((row, index) => {
    const name = row[level];
    if (!name) return;
    const last = runs.at(-1);
    if (last && last.name === name && last.start + last.length === index) last.length += 1;
    else runs.push({ start: index, length: 1, name });
  });
  return runs;
}

/** Table 三's row labels: a group or subgroup is one cell merged down the rows that share it (formats.md). */
export function requestLabelCells(rows: readonly RequestRow[]): GridCell[] {
  const cells = [
    ...runsOf(rows, "group").map((run) => gridCell(run.start, 0, run.name, run.length)),
    ...runsOf(rows, "subgroup").map((run) => gridCell(run.start, 1, run.name, run.length)),
    ...rows.map((row, index) => {
      const first = row.subgroup ? 2 : row.group ? 1 : 0;
      return gridCell(index, first, row.label, 1, LABEL_COLUMNS - first);
    }),
  ];
  return cells.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** Table 三's header: the 勾稽 note top left (3 × 3), then 申请人情况 over the 7 value columns. */
export function requestHeaderCells(): GridCell[] {
  const value = (index: number) => LABEL_COLUMNS + index;
  return [
    gridCell(0, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, LABEL_COLUMNS),
    gridCell(0, value(0), "申请人情况", 1, REQUEST_COLUMNS.length),
    gridCell(1, value(0), REQUEST_COLUMNS[0].label, 2),
    gridCell(1, value(1), "法人或其他组织", 1, 5),
    gridCell(1, value(6), REQUEST_COLUMNS[6].label, 2),
    ...REQUEST_COLUMNS.slice(1, 6).map((column, i) => gridCell(2, value(1 + i), column.label)),
  ];
}

/** The 勾稽关系 of table 三 (rules.md R1–R3), as equations over field ids. */
function requestEquations(rows: RequestRow[]): Equation[] {
  const equations: Equation[] = [];
  const resultRows = rows.filter((row) => row.result).map((row) => row.key);
  for (const column of REQUEST_COLUMNS) {
    equations.push({
      rule: "R1",
      subject: column.label,
      left: [fieldId("newReceived", column.key), fieldId("carriedOver", column.key)],
      right: [fieldId("resultTotal", column.key), fieldId("carriedForward", column.key)],
      defines: false,
    });
    // （七）总计 sums every result row, in each column (R2).
    equations.push({
      rule: "R2",
      subject: column.label,
      left: [fieldId("resultTotal", column.key)],
      right: resultRows.map((row) => fieldId(row, column.key)),
      defines: true,
    });
  }
  for (const row of rows) {
    if (row.key === "resultTotal") continue; // its 总计 is already defined by R2's column sum
    equations.push({
      rule: "R3",
      subject: [row.subgroup, row.label].filter(Boolean).join(""),
      left: [fieldId(row.key, "total")],
      right: APPLICANT_COLUMNS.map((column) => fieldId(row.key, column.key)),
      defines: true,
    });
  }
  // resultTotal's row sum still has to agree with its parts, but as a check, not as its formula.
  equations.push({
    rule: "R3",
    subject: "（七）总计",
    left: [fieldId("resultTotal", "total")],
    right: APPLICANT_COLUMNS.map((column) => fieldId("resultTotal", column.key)),
    defines: false,
  });
  return equations;
}

export function buildRequestsSheet(edition: EditionId): {
  rows: RequestRow[];
  fields: FieldDef[];
  equations: Equation[];
  layout: SheetLayout;
} {
  const rows = requestRows(edition);
  const fields: FieldDef[] = [];
  rows.forEach((row, index) => {
    const rowLabel = [row.subgroup, row.label].filter(Boolean).join("");
    REQUEST_COLUMNS.forEach((column, columnIndex) => {
      fields.push({
        id: fieldId(row.key, column.key),
        ...tableCell(rowLabel, column.label),
        type: "count",
        sheet: SHEET.requests,
        cell: cellAddress(valueColumn(columnIndex), FIRST_DATA_ROW + index),
        table: "requests",
        derived: column.key === "total" || row.key === "resultTotal",
      });
    });
  });
  const layout: SheetLayout = {
    name: SHEET.requests,
    widths: [8, 10, 46, 10, 10, 10, 12, 12, 10, 10],
    labels: [
      { range: rangeAddress(1, 1, valueColumn(6), 1), text: SHEET.requests, role: "title" },
      ...toLabelCells(requestHeaderCells(), HEADER_TOP, 1, "header"),
      ...toLabelCells(requestLabelCells(rows), FIRST_DATA_ROW, 1, "rowLabel"),
    ],
    merges: [],
    rowHeights: {
      [HEADER_TOP]: 30,
      [HEADER_TOP + 1]: 30,
      [HEADER_TOP + 2]: 30,
      // Edition 2021's （六） labels run to two lines.
      ...Object.fromEntries(rows.flatMap((row, index) => (row.label.length > LONG_LABEL ? [[FIRST_DATA_ROW + index, 28]] : []))),
    },
  };
  return { rows, fields, equations: requestEquations(rows), layout };
}
