import { cellAddress, rangeAddress } from "./a1.js";
import { SHEET } from "./sheet-names.js";
import type { Equation, FieldDef, LabelCell, SheetLayout } from "./types.js";

export const REVIEW_GROUPS = [
  { key: "review", label: "行政复议" },
  { key: "suitDirect", label: "未经复议直接起诉" },
  { key: "suitAfterReview", label: "复议后起诉" },
] as const;

export const REVIEW_OUTCOMES = [
  { key: "upheld", label: "结果维持" },
  { key: "corrected", label: "结果纠正" },
  { key: "other", label: "其他结果" },
  { key: "pending", label: "尚未审结" },
  { key: "total", label: "总计" },
] as const;

const HEADER_TOP = 2;
const DATA_ROW = HEADER_TOP + 3;
const column = (group: number, outcome: number): number => 1 + group * REVIEW_OUTCOMES.length + outcome;

function headerLabels(): LabelCell[] {
  const top = HEADER_TOP;
  const last = column(REVIEW_GROUPS.length - 1, REVIEW_OUTCOMES.length - 1);
  const labels: LabelCell[] = [
    { range: rangeAddress(1, 1, last, 1), text: SHEET.review, role: "title" },
    { range: rangeAddress(column(0, 0), top, column(0, 4), top), text: "行政复议", role: "header" },
    { range: rangeAddress(column(1, 0), top, last, top), text: "行政诉讼", role: "header" },
  ];
  REVIEW_OUTCOMES.forEach((outcome, i) => {
    labels.push({ range: rangeAddress(column(0, i), top + 1, column(0, i), top + 2), text: outcome.label, role: "header" });
  });
  for (let g = 1; g < REVIEW_GROUPS.length; g++) {
    labels.push({ range: rangeAddress(column(g, 0), top + 1, column(g, 4), top + 1), text: REVIEW_GROUPS[g].label, role: "header" });
    REVIEW_OUTCOMES.forEach((outcome, i) => labels.push({ range: cellAddress(column(g, i), top + 2), text: outcome.label, role: "header" }));
  }
  return labels;
}

/** Table 四: one row of 15 counts; each group's 总计 sums its four outcomes (rules.md R4). */
export function buildReviewSheet(): { fields: FieldDef[]; equations: Equation[]; layout: SheetLayout } {
  const fields: FieldDef[] = [];
  const equations: Equation[] = [];
  REVIEW_GROUPS.forEach((group, g) => {
    const groupLabel = g === 0 ? group.label : `行政诉讼 ${group.label}`;
    REVIEW_OUTCOMES.forEach((outcome, i) => {
      fields.push({
        id: `${group.key}.${outcome.key}`,
        label: `${groupLabel} · ${outcome.label}`,
        type: "count",
        sheet: SHEET.review,
        cell: cellAddress(column(g, i), DATA_ROW),
        table: "review",
        derived: outcome.key === "total",
      });
    });
    equations.push({
      rule: "R4",
      subject: groupLabel,
      left: [`${group.key}.total`],
      right: REVIEW_OUTCOMES.filter((o) => o.key !== "total").map((o) => `${group.key}.${o.key}`),
      defines: true,
    });
  });
  const layout: SheetLayout = {
    name: SHEET.review,
    widths: Array.from({ length: column(2, 4) }, () => 9),
    labels: headerLabels(),
    merges: [],
    rowHeights: { [HEADER_TOP + 1]: 30, [HEADER_TOP + 2]: 30 },
  };
  return { fields, equations, layout };
}
