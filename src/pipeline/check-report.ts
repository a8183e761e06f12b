/** Stage 2, check: pure, shared by the command line and the page. */
import { countBySeverity, type Finding } from "../findings/finding.js";
import type { EditionId } from "../schema/types.js";
import { runRules } from "../validate/run-rules.js";
import type { LoadedReport } from "./load-bytes.js";

/** The object `check --json` prints and the library returns (README). */
export interface CheckResult {
  valid: boolean;
  edition: EditionId | null;
  file: string;
  stats: { errors: number; warnings: number; infos: number };
  findings: Finding[];
}

/** What the rules may consult besides the report itself. */
export interface CheckContext {
  /** Today, for the year and date rules; injected so that results do not depend on the clock. */
  today?: Date;
  /** Last year's report (`--previous`): the cross-year rules X1–X4 compare with it. */
  previous?: LoadedReport;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function summarize(file: string, edition: EditionId | null, findings: readonly Finding[]): CheckResult {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const stats = countBySeverity(sorted);
  return { valid: stats.errors === 0, edition, file, stats, findings: sorted };
}

/** Stage 2: check. Every rule runs over a loaded report; the findings of loading come first. */
export function checkReport(loaded: LoadedReport, context: CheckContext = {}): CheckResult {
  const previous = context.previous && {
    file: context.previous.file,
    edition: context.previous.edition,
    values: context.previous.report.values,
    locations: context.previous.locations,
  };
  const ruleFindings = runRules({
    ...loaded,
    values: loaded.report.values,
    today: context.today ?? new Date(),
    ...(previous ? { previous } : {}),
  });
  return summarize(loaded.file, loaded.edition.id, [...loaded.findings, ...ruleFindings]);
}
