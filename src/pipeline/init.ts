import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { makeFinding, type Finding } from "../findings/finding.js";
import { CLI_TEXT } from "../i18n/ui-text.js";
import { TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { asOutputError } from "../io/output-error.js";
import { safeFileName } from "../io/file-names.js";
import { EDITIONS, editionForYear, fieldIndex } from "../schema/editions.js";
import type { EditionId } from "../schema/types.js";
import { implausibleYear, unusableAgency } from "../validate/rules/metadata.js";
import { buildBlankWorkbook } from "../workbook/write-blank.js";
import { fillWorkbook, type FillValue } from "../workbook/fill-workbook.js";
import { InputError } from "../findings/finding.js";
import { nextYearValues, type NextYear } from "../report/next-year.js";
import type { Report } from "../report/report.js";
import { interpretReport, loadReport, type LoadedReport } from "./load.js";
import { checkReport } from "./check.js";
import { readWorkbookSource } from "../workbook/read-workbook.js";

export const defaultWorkbookPath = (year: number, agency: string): string => `inputs/${year}-${safeFileName(agency)}.xlsx`;

export interface InitOptions {
  /** The year as typed: full-width digits and spaces are forgiven. The year after last year's report's with `from`. */
  year?: string | number;
  /** Last year's agency with `from`. */
  agency?: string;
  /** Last year's report (workbook or JSON): what the new workbook takes from it (report/next-year.ts). */
  from?: string;
  edition?: EditionId;
  /** An .xlsx file or a folder; `inputs/<year>-<agency>.xlsx` under `cwd` when absent. */
  output?: string;
  cwd: string;
  today?: Date;
}

export type InitOutcome =
  | {
      status: "written";
      path: string;
      edition: EditionId;
      /** With `from`: what was carried over. */
      carried?: NextYear["carried"];
      /** With `from`: last year's values check would refuse in the new workbook, left blank. */
      dropped?: DroppedValue[];
    }
  | { status: "refused"; message: string };

type Refused = { status: "refused"; message: string };
const refused = (message: string): Refused => ({ status: "refused", message });

/**
 * The year and edition a workbook is written for, refused with the rules `check` applies (rules.md V4):
 * a year check accepts and that has an edition, an agency name.
 */
function reportOf(options: InitOptions & { agency: string }): { year: number; edition: EditionId } | Refused {
  const typed = String(options.year ?? "")
    .normalize("NFKC")
    .trim();
  if (!/^\d{4}$/.test(typed)) return refused(CLI_TEXT.badYear(String(options.year)));
  const year = Number(typed);
  const implausible = implausibleYear(year, options.today ?? new Date());
  if (implausible) return refused(`${implausible.message}\n${implausible.hint}`);
  const edition = editionForYear(year)!;
  if (options.edition && options.edition !== edition) return refused(CLI_TEXT.editionYearMismatch(options.edition, year, edition));
  const label = fieldIndex(EDITIONS[edition]).get("meta.agency")!.label;
  if (options.agency.trim() === "") return refused(`${makeFinding("meta/required", {}, { label }).message}${CLI_TEXT.agencyExample}`);
  const unusable = unusableAgency(options.agency, label);
  if (unusable) return refused(`${unusable.message}\n${unusable.hint}`);
  return { year, edition };
}

/** Where to write: the output as given when it names an .xlsx file, the default name inside it when it is a folder. */
function targetOf(options: InitOptions & { agency: string }, year: number): string | Refused {
  const fallback = defaultWorkbookPath(year, options.agency);
  if (options.output === undefined) return resolve(options.cwd, fallback);
  const output = resolve(options.cwd, options.output);
  if (/[\\/]$/.test(options.output) || (existsSync(output) && statSync(output).isDirectory()))
    return join(output, fallback.slice("inputs/".length));
  if (!/\.xlsx$/i.test(output)) return refused(CLI_TEXT.initNeedsXlsx(options.output, `${options.output.replace(/\.[^./\\]*$/, "")}.xlsx`));
  return output;
}

/** The blank standardized workbook of an edition, as bytes, with the values given filled in. */
export async function blankWorkbook(
  edition: EditionId,
  report: { agency: string; year: number },
  values: NextYear["values"] = {},
): Promise<Uint8Array> {
  const workbook = buildBlankWorkbook(EDITIONS[edition], report);
  fillWorkbook(workbook, values as Record<string, FillValue>);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The narrative is carried as a marked draft, which check refuses until it is rewritten: that is the point of it. */
const DRAFT_CODE = "text/draft-not-rewritten";

/** A value of last year's that was not carried over, and the finding check would have given it. */
export interface DroppedValue {
  label: string;
  value: NextYear["carried"][number]["value"];
  finding: Finding;
}

/**
 * What `init --from` carries over, read back as `check` reads the workbook it makes: a value check would refuse
 * there (last year's report had -3 in force, or a count its reader took wrongly) is left blank and named, so that
 * init never writes a workbook that check refuses for what init put in it. `bytes`: the workbook to write.
 */
export async function carryOver(
  last: Report,
  edition: EditionId,
  identity: { agency: string; year: number },
  today: Date,
): Promise<NextYear & { dropped: DroppedValue[]; bytes: Uint8Array }> {
  const next = nextYearValues(last, EDITIONS[edition]);
  const bytes = Buffer.from(await blankWorkbook(edition, identity, next.values));
  const source = await readWorkbookSource(bytes, "init");
  const loaded = interpretReport({ ...source, sha256: "", bytes });
  const carriedIds = new Set<string>(next.carried.map((entry) => entry.id));
  const refusedBy = new Map<string, Finding>();
  for (const finding of checkReport(loaded, { today }).findings)
    if (
      finding.severity === "error" &&
      finding.code !== DRAFT_CODE &&
      finding.field &&
      carriedIds.has(finding.field) &&
      !refusedBy.has(finding.field)
    )
      refusedBy.set(finding.field, finding);
  // What was read back is what is written, unless a value is left out: only then is the workbook made again.
  if (refusedBy.size === 0) return { ...next, dropped: [], bytes };
  const values = Object.fromEntries(Object.entries(next.values).filter(([id]) => !refusedBy.has(id))) as NextYear["values"];
  return {
    values,
    bytes: await blankWorkbook(edition, identity, values),
    carried: next.carried.filter((entry) => !refusedBy.has(entry.id)),
    dropped: next.carried
      .filter((entry) => refusedBy.has(entry.id))
      .map(({ id, label, value }) => ({ label, value, finding: refusedBy.get(id)! })),
  };
}

/** Last year's report, and the year and agency the new workbook is for unless the clerk typed them. */
async function lastYearOf(options: InitOptions): Promise<{ last?: LoadedReport; year?: string | number; agency: string } | Refused> {
  if (options.from === undefined) return { year: options.year, agency: options.agency ?? "" };
  try {
    const last = await loadReport(resolve(options.cwd, options.from));
    const lastYear = last.report.values["meta.year"];
    const lastAgency = last.report.values["meta.agency"];
    return {
      last,
      year: options.year ?? (typeof lastYear === "number" ? lastYear + 1 : undefined),
      agency: options.agency ?? (typeof lastAgency === "string" ? lastAgency : ""),
    };
  } catch (error) {
    if (error instanceof InputError) return refused(error.finding.message);
    throw error;
  }
}

/**
 * `nianbao init` as a library call: a blank workbook for the year and agency, never over an existing file. With
 * `from`, prefilled from last year's report.
 */
export async function initWorkbook(options: InitOptions): Promise<InitOutcome> {
  const start = await lastYearOf(options);
  if ("status" in start) return start;
  const resolved = { ...options, year: start.year, agency: start.agency };
  const report = reportOf(resolved);
  if ("status" in report) return report;
  const target = targetOf(resolved, report.year);
  if (typeof target !== "string") return target;
  const identity = { agency: resolved.agency.trim(), year: report.year };
  const next = start.last ? await carryOver(start.last.report, report.edition, identity, options.today ?? new Date()) : undefined;
  const bytes = next?.bytes ?? (await blankWorkbook(report.edition, identity));
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    if (error instanceof TargetExistsError) return refused(CLI_TEXT.refuseOverwrite(target));
    // A full disk or a read-only folder: the output could not be written (exit code 3), as for generate.
    throw asOutputError(error, target);
  }
  return {
    status: "written",
    path: target,
    edition: report.edition,
    ...(next ? { carried: next.carried, ...(next.dropped.length > 0 ? { dropped: next.dropped } : {}) } : {}),
  };
}
