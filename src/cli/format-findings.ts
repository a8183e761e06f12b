import type { CheckResult } from "../validate/validate.js";
import { CLI_TEXT, SEVERITY_NAME } from "../i18n/ui-text.js";
import { EDITIONS } from "../schema/editions.js";

/** The human form of a check: a header, the counts, one line per finding, the verdict. */
export function formatCheckResult(result: CheckResult): string {
  const lines: string[] = [];
  if (result.edition) lines.push(CLI_TEXT.checkHeader(result.file, result.edition, EDITIONS[result.edition].circular));
  lines.push(CLI_TEXT.checkStats(result.stats), "");
  for (const finding of result.findings) lines.push(`[${SEVERITY_NAME[finding.severity]}] ${finding.message}`);
  if (result.findings.length > 0) lines.push("");
  lines.push(result.valid ? CLI_TEXT.checkPassed : CLI_TEXT.checkFailed(result.stats.errors));
  return lines.join("\n");
}
