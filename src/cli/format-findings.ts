import { countBySeverity, type Finding } from "../findings/finding.js";
import type { CheckResult } from "../validate/validate.js";
import { CLI_TEXT, SEVERITY_NAME } from "../i18n/ui-text.js";
import { EDITIONS } from "../schema/editions.js";
import type { EditionId } from "../schema/types.js";

const findingLines = (findings: readonly Finding[]): string[] => findings.map((finding) => `[${SEVERITY_NAME[finding.severity]}] ${finding.message}`);

/** The human form of a check: a header, the counts, one line per finding, the verdict. */
export function formatCheckResult(result: CheckResult): string {
  const lines: string[] = [];
  if (result.edition) lines.push(CLI_TEXT.checkHeader(result.file, result.edition, EDITIONS[result.edition].circular));
  lines.push(CLI_TEXT.checkStats(result.stats), "");
  lines.push(...findingLines(result.findings));
  if (result.findings.length > 0) lines.push("");
  lines.push(result.valid ? CLI_TEXT.checkPassed : CLI_TEXT.checkFailed(result.stats.errors));
  return lines.join("\n");
}

/** The human form of a template check, as `template check` prints it and `generate --template` before it writes. */
export function formatTemplateResult(file: string, edition: EditionId, findings: readonly Finding[]): string {
  const stats = countBySeverity(findings);
  const verdict = stats.errors === 0 ? CLI_TEXT.templatePassed : CLI_TEXT.templateFailed(stats.errors);
  return [CLI_TEXT.templateHeader(file, edition), CLI_TEXT.checkStats(stats), "", ...findingLines(findings), verdict].join("\n");
}
