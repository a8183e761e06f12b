/**
 * `check 文件夹/`: the assessor's batch over published reports (.docx, .html, .pdf, workbooks too), each read and
 * checked as `check` checks one, last year's report matched by agency from `--previous 上年文件夹/` for X1–X4. One
 * file that cannot be read is its own row, never the end of the batch.
 */
import { basename } from "node:path";
import { InputError, type Finding } from "../findings/finding.js";
import { agencyKey } from "../io/file-names.js";
import type { AssessedReport } from "../workbook/assessment.js";
import { sameAgencyName } from "../values/agency-name.js";
import { checkReport } from "./check-report.js";
import { loadReport, type LoadedReport } from "./load.js";

export type { AssessedReport };

export interface AssessOptions {
  today: Date;
  /** Last year's reports, by file: matched to this year's by agency. */
  previous?: readonly string[];
}

/** A loaded report's agency, when it names one. */
const agencyOf = (loaded: LoadedReport): string | undefined => {
  const agency = loaded.report.values["meta.agency"];
  return typeof agency === "string" && agency.trim() !== "" ? agency : undefined;
};

/**
 * Last year's report of `agency`: the one whose name is the same (as a file name compares it: width, spaces), else
 * the only one that names it under a longer or shorter name (淮安市洪泽区人民政府 and 洪泽区人民政府).
 */
export function matchPrevious<T extends { agency?: string }>(agency: string | undefined, candidates: readonly T[]): T | undefined {
  if (agency === undefined) return undefined;
  const exact = candidates.find((candidate) => candidate.agency !== undefined && agencyKey(candidate.agency) === agencyKey(agency));
  if (exact) return exact;
  const variants = candidates.filter((candidate) => candidate.agency !== undefined && sameAgencyName(candidate.agency, agency));
  return variants.length === 1 ? variants[0] : undefined;
}

async function loadOrRefusal(input: string): Promise<{ loaded: LoadedReport } | { finding: Finding }> {
  try {
    return { loaded: await loadReport(input) };
  } catch (error) {
    if (error instanceof InputError) return { finding: error.finding };
    throw error;
  }
}

export async function assessReports(
  inputs: readonly string[],
  options: AssessOptions,
  /** Progress: called as each input has been checked. */
  onChecked: (report: AssessedReport, done: number, total: number) => void = () => undefined,
): Promise<AssessedReport[]> {
  const lastYear: { agency?: string; loaded: LoadedReport }[] = [];
  for (const file of options.previous ?? []) {
    const read = await loadOrRefusal(file);
    if ("loaded" in read) lastYear.push({ agency: agencyOf(read.loaded), loaded: read.loaded });
  }
  const reports: AssessedReport[] = [];
  for (const input of inputs) {
    const read = await loadOrRefusal(input);
    let report: AssessedReport;
    if ("finding" in read) report = { input, status: "unreadable", findings: [read.finding] };
    else {
      const { loaded } = read;
      const agency = agencyOf(loaded);
      const previous = matchPrevious(agency, lastYear)?.loaded;
      const result = checkReport(loaded, { today: options.today, ...(previous ? { previous } : {}) });
      const year = loaded.report.values["meta.year"];
      report = {
        input,
        status: "checked",
        ...(agency ? { agency } : {}),
        ...(typeof year === "number" ? { year } : {}),
        edition: loaded.edition.id,
        findings: result.findings,
        ...(previous ? { previous: basename(previous.file) } : {}),
      };
    }
    reports.push(report);
    onChecked(report, reports.length, inputs.length);
  }
  return reports;
}
