import { cellAddress, rangeAddress } from "./a1.js";
import { SHEET } from "./sheet-names.js";
import { gridCell, toLabelCells } from "./grid.js";
import { tableCell, type Equation, type FieldDef, type GridCell, type SheetLayout } from "./types.js";

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

export type ReviewFieldId = `${(typeof REVIEW_GROUPS)[number]["key"]}.${(typeof REVIEW_OUTCOMES)[number]["key"]}`;

const HEADER_TOP = 2;
const DATA_ROW = HEADER_TOP + 3;
const column = (group: number, outcome: number): number => 1 + group * REVIEW_OUTCOMES.length + outcome;

/** Table 四's header: 行政复议 (5 columns, its outcomes 2 rows high) and 行政诉讼 (two groups of 5). */
export function reviewHeaderCells(): GridCell[] {
  const width = REVIEW_OUTCOMES.length;
  const [review, ...suits] = REVIEW_GROUPS;
  return [
    gridCell(0, 0, review.label, 1, width),
    gridCell(0, width, "行政诉讼", 1, width * suits.length),
    ...REVIEW_OUTCOMES.map((outcome, i) => gridCell(1, i, outcome.label, 2)),
    ...suits.map((group, g) => gridCell(1, width * (g + 1), group.label, 1, width)),
    ...suits.flatMap((_, g) => REVIEW_OUTCOMES.map((outcome, i) => gridCell(2, width * (g + 1) + i, outcome.label))),
  ];
}

/** Table 四: one row of 15 counts; each group's 总计 sums its four outcomes (rules.md R4). */
export function buildReviewSheet(): { fields: FieldDef[]; equations: Equation[]; layout: SheetLayout } {
  const fields: FieldDef[] = [];
  const equations: Equation[] = [];
  REVIEW_GROUPS.forEach((group, g) => {
    const groupLabel = g === 0 ? group.label : `行政诉讼 ${group.label}`;
    REVIEW_OUTCOMES.forEach((outcome, i) => {
      fields.push({
        id: `${group.key}.${outcome.key}` as ReviewFieldId,
        ...tableCell(groupLabel, outcome.label),
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
      left: [`${group.key}.total` as const],
      right: REVIEW_OUTCOMES.filter((o) => o.key !== "total").map((o) => `${group.key}.${o.key}` as const),
      defines: true,
    });
  });
  const layout: SheetLayout = {
    name: SHEET.review,
    widths: Array.from({ length: column(2, 4) }, () => 9),
    labels: [
      { range: rangeAddress(1, 1, column(REVIEW_GROUPS.length - 1, REVIEW_OUTCOMES.length - 1), 1), text: SHEET.review, role: "title" },
      ...toLabelCells(reviewHeaderCells(), HEADER_TOP, 1, "header"),
    ],
    merges: [],
    rowHeights: { [HEADER_TOP + 1]: 30, [HEADER_TOP + 2]: 30 },
  };
  return { fields, equations, layout };
}
