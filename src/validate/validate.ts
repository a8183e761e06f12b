import { countBySeverity, type Finding } from "../findings/finding.js";
import type { ReportSource } from "../input/source.js";
import type { Report } from "../report/report.js";
import { fieldIndex } from "../schema/editions.js";
import type { EditionId } from "../schema/types.js";
import { fillDerivedTotals } from "./derive.js";
import { interpretSource } from "./interpret.js";
import { checkArithmetic } from "./rules/arithmetic.js";
import type { Rule } from "./rules/context.js";
import { checkMetadata, checkReportDate } from "./rules/metadata.js";
import { checkRequiredSections } from "./rules/narrative.js";
import { checkPlausibility } from "./rules/plausibility.js";

/** The object `check --json` prints and the library returns (README). */
export interface CheckResult {
  valid: boolean;
  edition: EditionId | null;
  file: string;
  stats: { errors: number; warnings: number; infos: number };
  findings: Finding[];
}

const RULES: readonly Rule[] = [checkMetadata, checkReportDate, checkRequiredSections, checkArithmetic, checkPlausibility];
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function summarize(file: string, edition: EditionId | null, findings: Finding[]): CheckResult {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const stats = countBySeverity(sorted);
  return { valid: stats.errors === 0, edition, file, stats, findings: sorted };
}

/** source → values → findings: every rule runs, every finding is kept. */
export function validateSource(source: ReportSource, today: Date = new Date()): { result: CheckResult; report: Report } {
  const { report, locations, findings } = interpretSource(source);
  fillDerivedTotals(source.edition, report.values);
  const context = {
    edition: source.edition,
    values: report.values,
    fields: fieldIndex(source.edition),
    locate: (id: string) => locations.get(id) ?? { field: id },
    reported: new Set(findings.map((f) => f.field).filter((id): id is string => id !== undefined)),
    today,
  };
  for (const rule of RULES) findings.push(...rule(context));
  return { result: summarize(source.file, source.edition.id, findings), report };
}
