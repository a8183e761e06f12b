import { makeFinding } from "../../findings/finding.js";
import { tableCells } from "../../schema/cells.js";
import { defineRule, numberOf, type RuleContext } from "./context.js";

/** P1: only ministries, provinces and cities with districts may make 规章. */
const checkRulesIssued = (context: RuleContext) => {
  const first = tableCells(context.edition, "active").find((cell) => cell.row === "rules" && (numberOf(context, cell.id) ?? 0) !== 0);
  return first
    ? [
        makeFinding("plausibility/rules-issued", context.locate(first.id), {
          label: context.field(first.id).label,
          actual: numberOf(context, first.id)!,
        }),
      ]
    : [];
};

/** P2: 10 000 万元 of fees is 1亿元: possibly typed in yuan, though cities and provinces report such sums. */
const FEES_IN_YUAN_THRESHOLD = 10_000;
const checkFeesInYuan = (context: RuleContext) => {
  const amount = numberOf(context, "active.fees.amount");
  if (amount === undefined || amount < FEES_IN_YUAN_THRESHOLD) return [];
  const { label } = context.field("active.fees.amount");
  return [
    makeFinding("plausibility/fees-in-yuan", context.locate("active.fees.amount"), {
      label,
      actual: amount,
      expected: (amount * 10_000).toLocaleString("zh-CN"),
    }),
  ];
};

/** P3 (edition 2021): requests dropped for unpaid fees need fee notices to have been sent. */
const checkFeeUnpaidWithoutNotice = (context: RuleContext) => {
  const unpaid = numberOf(context, "requests.otherHandling.feeUnpaid.total");
  const notices = numberOf(context, "fees.noticesIssued");
  if (unpaid === undefined || notices === undefined || unpaid === 0 || notices !== 0) return [];
  return [makeFinding("plausibility/fee-unpaid-without-notice", context.locate("fees.noticesIssued"), { actual: unpaid, expected: 0 })];
};

/**
 * P4: lastYear + change = decisions in every row suggests the item columns were read as decisions. Only edition 2019
 * has these columns; in 2021 the values are absent and the check has nothing to compare.
 */
const ITEM_ROWS = ["licensing", "otherServices", "penalty", "coercion"] as const;
const ITEM_COLUMNS = ["lastYear", "change", "decisions"] as const;
const checkColumnsMisread = (context: RuleContext) => {
  const rows = ITEM_ROWS.map((row) => ITEM_COLUMNS.map((column) => numberOf(context, `active.${row}.${column}`)));
  if (rows.some((row) => row.some((v) => v === undefined))) return [];
  const allAddUp = rows.every(([lastYear, change, decisions]) => lastYear! + change! === decisions);
  const anyNonZero = rows.some((row) => row.some((v) => v !== 0));
  return allAddUp && anyNonZero ? [makeFinding("plausibility/columns-misread", context.locate("active.licensing.decisions"))] : [];
};

export const checkPlausibility = defineRule(
  ["plausibility/rules-issued", "plausibility/fees-in-yuan", "plausibility/fee-unpaid-without-notice", "plausibility/columns-misread"],
  (context) => [
    ...checkRulesIssued(context),
    ...checkFeesInYuan(context),
    ...checkFeeUnpaidWithoutNotice(context),
    ...checkColumnsMisread(context),
  ],
);
