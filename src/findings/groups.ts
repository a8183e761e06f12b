/**
 * The groups an assessor counts findings by (评估汇总.xlsx): each rule belongs to one, and a rule without its group
 * does not compile.
 */
import type { RuleId } from "../i18n/finding-messages.js";
import type { Finding } from "./finding.js";

export const FINDING_GROUPS = ["tables", "narrative", "format", "crossYear"] as const;
export type FindingGroup = (typeof FINDING_GROUPS)[number];

const GROUP_OF_RULE: Readonly<Record<RuleId, FindingGroup>> = {
  // 表格勾稽: the tables' sums and balances, and what their values make implausible.
  R1: "tables",
  R2: "tables",
  R3: "tables",
  R4: "tables",
  P1: "tables",
  P2: "tables",
  P3: "tables",
  P4: "tables",
  // 文字与表格: the narrative against the tables.
  P5: "narrative",
  // 格式与标签: how the report is written and printed (labels, values as printed, metadata, the file itself).
  input: "format",
  template: "format",
  archive: "format",
  V1: "format",
  V2: "format",
  V3: "format",
  V4: "format",
  V5: "format",
  V6: "format",
  V7: "format",
  // 跨年: against last year's report.
  X1: "crossYear",
  X2: "crossYear",
  X3: "crossYear",
  X4: "crossYear",
};

/** A finding's group: its rule's, but every comparison with last year's report is 跨年 (the narrative's too). */
export const groupOf = (finding: Pick<Finding, "rule" | "code">): FindingGroup =>
  finding.code.startsWith("cross-year/") ? "crossYear" : GROUP_OF_RULE[finding.rule];
