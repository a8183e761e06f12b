import { cellAddress, rangeAddress } from "./a1.js";
import { SHEET } from "./sheet-names.js";
import type { EditionId, Equation, FieldDef, LabelCell, RequestRowDef, SheetLayout } from "./types.js";

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
const withheld = (key: string, label: string): RequestRow => ({ key: `withheld.${key}`, label, group: RESULTS, subgroup: "（三）不予公开", result: true });
const unavailable = (key: string, label: string): RequestRow => ({ key: `unavailable.${key}`, label, group: RESULTS, subgroup: "（四）无法提供", result: true });
const unprocessed = (key: string, label: string): RequestRow => ({ key: `unprocessed.${key}`, label, group: RESULTS, subgroup: "（五）不予处理", result: true });
const otherHandling = (key: string, label: string): RequestRow => ({ key: `otherHandling.${key}`, label, group: RESULTS, subgroup: "（六）其他处理", result: true });

export function requestRows(edition: EditionId): RequestRow[] {
  const otherRows: RequestRow[] =
    edition === "2019"
      ? [{ key: "otherHandling", label: "（六）其他处理", group: RESULTS, result: true }]
      : [
          otherHandling("noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
          otherHandling("feeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
          otherHandling("misc", "3.其他"),
        ];
  return [
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
    ...otherRows,
    { key: "resultTotal", label: "（七）总计", group: RESULTS },
    { key: "carriedForward", label: "四、结转下年度继续办理" },
  ];
}

const LABEL_COLUMNS = 3;
const LONG_LABEL = 30;
const HEADER_TOP = 2;
const FIRST_DATA_ROW = HEADER_TOP + 3;
const valueColumn = (index: number): number => LABEL_COLUMNS + 1 + index;
const fieldId = (row: string, column: string): string => `requests.${row}.${column}`;

/** Merged label cells: a group or subgroup spans the consecutive rows that share it. */
function rowLabels(rows: RequestRow[]): LabelCell[] {
  const labels: LabelCell[] = [];
  const span = (level: "group" | "subgroup", column: number) => {
    for (let start = 0; start < rows.length; ) {
      const name = rows[start][level];
      let end = start;
      while (end + 1 < rows.length && name && rows[end + 1][level] === name) end += 1;
      if (name) labels.push({ range: rangeAddress(column, FIRST_DATA_ROW + start, column, FIRST_DATA_ROW + end), text: name, role: "rowLabel" });
      start = end + 1;
    }
  };
  span("group", 1);
  span("subgroup", 2);
  rows.forEach((row, index) => {
    const first = row.subgroup ? 3 : row.group ? 2 : 1;
    const r = FIRST_DATA_ROW + index;
    labels.push({ range: rangeAddress(first, r, LABEL_COLUMNS, r), text: row.label, role: "rowLabel" });
  });
  return labels;
}

function headerLabels(): LabelCell[] {
  const top = HEADER_TOP;
  const labels: LabelCell[] = [
    { range: rangeAddress(1, 1, valueColumn(6), 1), text: SHEET.requests, role: "title" },
    { range: rangeAddress(1, top, LABEL_COLUMNS, top + 2), text: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", role: "header" },
    { range: rangeAddress(valueColumn(0), top, valueColumn(6), top), text: "申请人情况", role: "header" },
    { range: rangeAddress(valueColumn(0), top + 1, valueColumn(0), top + 2), text: "自然人", role: "header" },
    { range: rangeAddress(valueColumn(1), top + 1, valueColumn(5), top + 1), text: "法人或其他组织", role: "header" },
    { range: rangeAddress(valueColumn(6), top + 1, valueColumn(6), top + 2), text: "总计", role: "header" },
  ];
  for (let i = 1; i <= 5; i++) labels.push({ range: cellAddress(valueColumn(i), top + 2), text: REQUEST_COLUMNS[i].label, role: "header" });
  return labels;
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
    equations.push({ rule: "R2", subject: column.label, left: [fieldId("resultTotal", column.key)], right: resultRows.map((row) => fieldId(row, column.key)), defines: true });
  }
  for (const row of rows) {
    if (row.key === "resultTotal") continue; // its 总计 is already defined by R2's column sum
    equations.push({ rule: "R3", subject: [row.subgroup, row.label].filter(Boolean).join(""), left: [fieldId(row.key, "total")], right: APPLICANT_COLUMNS.map((column) => fieldId(row.key, column.key)), defines: true });
  }
  // resultTotal's row sum still has to agree with its parts, but as a check, not as its formula.
  equations.push({ rule: "R3", subject: "（七）总计", left: [fieldId("resultTotal", "total")], right: APPLICANT_COLUMNS.map((column) => fieldId("resultTotal", column.key)), defines: false });
  return equations;
}

export function buildRequestsSheet(edition: EditionId): { fields: FieldDef[]; equations: Equation[]; layout: SheetLayout } {
  const rows = requestRows(edition);
  const fields: FieldDef[] = [];
  rows.forEach((row, index) => {
    const rowLabel = [row.subgroup, row.label].filter(Boolean).join("");
    REQUEST_COLUMNS.forEach((column, columnIndex) => {
      fields.push({
        id: fieldId(row.key, column.key),
        label: `${rowLabel} · ${column.label}`,
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
    labels: [...headerLabels(), ...rowLabels(rows)],
    merges: [],
    rowHeights: {
      [HEADER_TOP]: 30,
      [HEADER_TOP + 1]: 30,
      [HEADER_TOP + 2]: 30,
      // Edition 2021's （六） labels run to two lines.
      ...Object.fromEntries(rows.flatMap((row, index) => (row.label.length > LONG_LABEL ? [[FIRST_DATA_ROW + index, 28]] : []))),
    },
  };
  return { fields, equations: requestEquations(rows), layout };
}
