import { relative } from "node:path";
import { countBySeverity, type Finding } from "../findings/finding.js";
import type { ReportOutcome } from "../pipeline/batch.js";
import { statusText } from "../pipeline/report-status.js";
import type { CheckResult } from "../pipeline/check.js";
import type { VerifyResult } from "../pipeline/verify.js";
import { CLI_TEXT, FRAGMENT, SEVERITY_NAME } from "../i18n/ui-text.js";
import type { OutputError } from "../io/output-error.js";
import { EDITIONS } from "../schema/editions.js";
import type { EditionId } from "../schema/types.js";

/** A path outside the clerk's folder is shown whole: ../../proc/x says less than /proc/x. */
function shownOutside(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown === "" || shown.startsWith("..") ? path : shown;
}

/** Output that could not be written: where, and why in words (exit code 3). */
export const formatOutputError = (error: OutputError, cwd: string): string =>
  CLI_TEXT.writeFailed(shownOutside(cwd, error.path), FRAGMENT.ioError(error.code));

/**
 * One line per finding; a code's advice (its hint) once, after the first run of findings with that code, so
 * that seven deleted cells do not repeat the same advice seven times.
 */
function findingLines(findings: readonly Finding[]): string[] {
  const lines: string[] = [];
  const advised = new Set<string>();
  findings.forEach((finding, i) => {
    lines.push(`[${SEVERITY_NAME[finding.severity]}] ${finding.message}`);
    const runEnds = findings[i + 1]?.code !== finding.code;
    if (finding.hint && runEnds && !advised.has(finding.hint)) {
      advised.add(finding.hint);
      lines.push(CLI_TEXT.hint(finding.hint));
    }
  });
  return lines;
}

/** Findings one per line, each code's advice once: a list that is not a report's check (the desk's list of agencies). */
export const formatFindings = (findings: readonly Finding[]): string => findingLines(findings).join("\n");

/** The human form of a check: a header, the counts, one line per finding, the verdict. */
/** `closing`: the last line when there are errors; generate says that it wrote nothing, check what to do. */
export function formatCheckResult(result: CheckResult, closing: (errors: number) => string = CLI_TEXT.checkFailed): string {
  const lines: string[] = [];
  if (result.edition) lines.push(CLI_TEXT.checkHeader(result.file, result.edition, EDITIONS[result.edition].circular));
  lines.push(CLI_TEXT.checkStats(result.stats), "");
  lines.push(...findingLines(result.findings));
  if (result.findings.length > 0) lines.push("");
  lines.push(result.valid ? CLI_TEXT.checkPassed : closing(result.stats.errors));
  return lines.join("\n");
}

/** The human form of a template check, as `template check` prints it and `generate --template` before it writes. */
export function formatTemplateResult(file: string, edition: EditionId, findings: readonly Finding[]): string {
  const stats = countBySeverity(findings);
  const verdict = stats.errors === 0 ? CLI_TEXT.templatePassed : CLI_TEXT.templateFailed(stats.errors);
  return [CLI_TEXT.templateHeader(file, edition), CLI_TEXT.checkStats(stats), "", ...findingLines(findings), verdict].join("\n");
}

/** Columns a character takes in a terminal: two for CJK and full-width forms (and …, which CJK fonts draw wide). */
const displayWidth = (text: string): number =>
  [...text].reduce(
    (width, char) =>
      width + (/[\u1100-\u115f\u2026\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1),
    0,
  );

/** Text cut to `width` columns, with … where cut. */
function fit(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = "";
  for (const char of text) {
    if (displayWidth(kept + char) + 2 > width) break;
    kept += char;
  }
  return `${kept}…`;
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));

/** Each column's widest: the table fits an 80-column console; the summary workbook has every name whole. */
const BATCH_COLUMN_WIDTHS = [20, 17, 4, 16, 4, 4];

/** The batch's closing table: one line per input, aligned, at most 80 columns wide. */
export function formatBatchTable(items: readonly ReportOutcome[], shown: (path: string) => string): string {
  const rows = items.map((item) => [
    shown(item.input),
    item.report?.agency ?? "",
    item.report?.year === undefined ? "" : String(item.report.year),
    statusText(item),
    String(item.errors),
    String(item.warnings),
  ]);
  return formatTable([[...CLI_TEXT.batchHeader], ...rows], BATCH_COLUMN_WIDTHS);
}

/** Rows (the first a header) aligned in columns, each cut to its widest (`widths`), separated by “ | ”. */
export function formatTable(rows: readonly (readonly string[])[], widths: readonly number[]): string {
  const all = rows.map((row) => row.map((cell, c) => fit(cell, widths[c])));
  const columnWidths = widths.map((_, c) => Math.max(...all.map((row) => displayWidth(row[c] ?? ""))));
  return all.map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : pad(cell, columnWidths[c]))).join(" | ")).join("\n");
}

/** The human form of `nianbao verify`: what was checked, one line per problem, the verdict. */
export function formatVerifyResult(result: VerifyResult): string {
  const lines = [CLI_TEXT.verifyHeader(result.dir, result.manifests, result.files), "", ...findingLines(result.findings)];
  if (result.findings.length > 0) lines.push("");
  lines.push(
    result.valid ? CLI_TEXT.verifyPassed : CLI_TEXT.verifyFailed(result.findings.filter((finding) => finding.severity === "error").length),
  );
  return lines.join("\n");
}
