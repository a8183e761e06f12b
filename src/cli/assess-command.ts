/**
 * `check 文件夹/ [--previous 上年文件夹/]`: the assessor's batch over published reports. Progress as each report is
 * checked, one line per report, and 评估汇总.xlsx in the current folder (never over an earlier one).
 */
import { join, relative, resolve } from "node:path";
import { countBySeverity } from "../findings/finding.js";
import { ASSESS_TEXT, CLI_TEXT } from "../i18n/ui-text.js";
import { writeUnderFreeName } from "../io/atomic-write.js";
import { assessReports, type AssessedReport } from "../pipeline/assess.js";
import { collectInputs } from "../pipeline/batch-inputs.js";
import { isFolder } from "./check-command.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { formatTable } from "./format-findings.js";
import type { CliIo } from "./io.js";
import { batchProgress } from "./progress.js";

/** The files of a folder a batch reads (its refused entries are rows of their own). */
async function filesOf(folder: string): Promise<{ files: string[]; refused: AssessedReport[] }> {
  const { entries } = await collectInputs([folder]);
  return {
    files: entries.filter((entry) => !entry.refused).map((entry) => entry.path),
    refused: entries
      .filter((entry) => entry.refused)
      .map((entry) => ({ input: entry.path, status: "unreadable", findings: [entry.refused!] })),
  };
}

export async function runAssess(args: { file: string; json: boolean; previous?: string }, io: CliIo): Promise<ExitCode> {
  const shown = (path: string) => relative(io.cwd, path) || path;
  const { files, refused } = await filesOf(resolve(io.cwd, args.file));
  const previousPath = args.previous === undefined ? undefined : resolve(io.cwd, args.previous);
  const previous = previousPath === undefined ? [] : (await isFolder(previousPath)) ? (await filesOf(previousPath)).files : [previousPath];
  const total = files.length + refused.length;
  const progress = await batchProgress(io, total, shown);
  refused.forEach((report, i) => progress.prepared({ input: report.input, status: "unreadable" }, i + 1, total));
  const checked = await assessReports(files, { today: io.today, previous }, (report, done) =>
    progress.prepared(
      {
        input: report.input,
        status: report.status === "unreadable" ? "unreadable" : countBySeverity(report.findings).errors > 0 ? "invalid" : "checked",
      },
      refused.length + done,
      total,
    ),
  ).finally(progress.stop);
  const reports = [...checked, ...refused].sort((a, b) => a.input.localeCompare(b.input));
  const { assessmentWorkbookBytes } = await import("../workbook/assessment.js");
  // 评估汇总.xlsx, or 评估汇总-2.xlsx, … beside it: an earlier summary is never written over.
  const written = await writeUnderFreeName((n) => join(io.cwd, ASSESS_TEXT.fileName(n)), await assessmentWorkbookBytes(reports, io.today));
  const withErrors = reports.filter((report) => report.status === "checked" && countBySeverity(report.findings).errors > 0).length;
  const unreadable = reports.filter((report) => report.status === "unreadable").length;
  if (args.json)
    io.out(
      JSON.stringify(
        reports.map((report) => ({ ...report, input: shown(report.input) })),
        null,
        2,
      ),
    );
  else {
    const rows = reports.map((report) => {
      const { errors, warnings } = countBySeverity(report.findings);
      return [shown(report.input), report.agency ?? "", String(report.year ?? ""), String(errors), String(warnings), report.previous ?? ""];
    });
    io.out(formatTable([ASSESS_TEXT.tableHeader, ...rows], [24, 20, 4, 4, 4, 20]));
    for (const report of reports.filter((r) => r.status === "unreadable")) io.err(report.findings[0].message);
    io.out(ASSESS_TEXT.closing(reports.length, withErrors, unreadable));
  }
  if (previous.length > 0) {
    const unmatched = reports.filter((report) => report.status === "checked" && !report.previous);
    if (unmatched.length > 0) io.err(ASSESS_TEXT.previousUnmatched(unmatched.length, unmatched.map((r) => shown(r.input)).join("、")));
  }
  io.err(ASSESS_TEXT.written(shown(written)));
  if (total === 0) io.err(CLI_TEXT.batchEmpty(args.file));
  return withErrors + unreadable > 0 ? EXIT.findings : EXIT.ok;
}
