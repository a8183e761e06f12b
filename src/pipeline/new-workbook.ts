/**
 * A new standardized workbook as bytes: the year and agency refused as check would, last year's values carried over
 * and read back. The pure part of `init`, shared by the command line (init.ts writes the file) and the page.
 */
import { makeFinding, type Finding } from "../findings/finding.js";
import { CLI_TEXT, WEB_TEXT } from "../i18n/ui-text.js";
import { safeFileName } from "../io/file-names.js";
import { EDITIONS, editionForYear, fieldIndex } from "../schema/editions.js";
import type { EditionId } from "../schema/types.js";
import { implausibleYear, unusableAgency } from "../validate/rules/metadata.js";
import { buildBlankWorkbook } from "../workbook/write-blank.js";
import { fillWorkbook, type FillValue } from "../workbook/fill-workbook.js";
import { setZipTimes } from "../input/zip-directory.js";
import { nextYearValues, type NextYear } from "../report/next-year.js";
import type { Report } from "../report/report.js";
import { interpretReport } from "./load-bytes.js";
import { checkReport } from "./check-report.js";
import { readWorkbookSource } from "../workbook/read-workbook.js";

/** 2026-贺兰县交通运输局.xlsx: the name init gives a new workbook (in inputs/), and the page's download. */
export const workbookFileName = (year: number, agency: string): string => `${year}-${safeFileName(agency)}.xlsx`;

export interface NewWorkbookRequest {
  /** The year as typed: full-width digits and spaces are forgiven. The year after last year's report's when absent. */
  year?: string | number;
  /** Last year's agency when absent. */
  agency?: string;
  edition?: EditionId;
  /** Last year's report: what the new workbook takes from it (report/next-year.ts). */
  last?: Report;
  today: Date;
  /** The workbook's creation time, in its properties and its zip: now, unless fixed (init --created). */
  created?: Date;
  /** Who is told how to fix a refusal: the command line names its flags, the page its fields. */
  advise?: keyof typeof ADVICE;
}

/** How a refused year or agency is to be given again, in the words of where it was typed. */
const ADVICE = {
  command: { badYear: CLI_TEXT.badYear, agencyExample: CLI_TEXT.agencyExample },
  page: { badYear: WEB_TEXT.badYear, agencyExample: WEB_TEXT.agencyExample },
} as const;

export type NewWorkbook =
  | {
      status: "made";
      bytes: Uint8Array;
      year: number;
      agency: string;
      edition: EditionId;
      /** With `last`: what was carried over. */
      carried?: NextYear["carried"];
      /** With `last`: last year's values check would refuse in the new workbook, left blank. */
      dropped?: DroppedValue[];
    }
  | Refused;

export type Refused = { status: "refused"; message: string };
export const refused = (message: string): Refused => ({ status: "refused", message });

/**
 * The year and edition a workbook is written for, refused with the rules `check` applies (rules.md V4):
 * a year check accepts and that has an edition, an agency name.
 */
function reportOf(options: {
  year?: string | number;
  agency: string;
  edition?: EditionId;
  today?: Date;
  advise?: keyof typeof ADVICE;
}): { year: number; edition: EditionId } | Refused {
  const advice = ADVICE[options.advise ?? "command"];
  const typed = String(options.year ?? "")
    .normalize("NFKC")
    .trim();
  if (!/^\d{4}$/.test(typed)) return refused(advice.badYear(String(options.year ?? "")));
  const year = Number(typed);
  const implausible = implausibleYear(year, options.today ?? new Date());
  if (implausible) return refused(`${implausible.message}\n${implausible.hint}`);
  const edition = editionForYear(year)!;
  if (options.edition && options.edition !== edition) return refused(CLI_TEXT.editionYearMismatch(options.edition, year, edition));
  const label = fieldIndex(EDITIONS[edition]).get("meta.agency")!.label;
  if (options.agency.trim() === "") return refused(`${makeFinding("meta/required", {}, { label }).message}${advice.agencyExample}`);
  const unusable = unusableAgency(options.agency, label);
  if (unusable) return refused(`${unusable.message}\n${unusable.hint}`);
  return { year, edition };
}

/** The blank standardized workbook of an edition, as bytes, with the values given filled in. */
export async function blankWorkbook(
  edition: EditionId,
  report: { agency: string; year: number },
  values: NextYear["values"] = {},
  created: Date = new Date(),
): Promise<Uint8Array> {
  const workbook = buildBlankWorkbook(EDITIONS[edition], report);
  fillWorkbook(workbook, values as Record<string, FillValue>);
  workbook.created = workbook.modified = created;
  // exceljs's zip stamps each part with the time it was added: one time, the workbook's, makes the same request
  // the same bytes wherever it is made.
  return setZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()), created);
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
  created?: Date,
): Promise<NextYear & { dropped: DroppedValue[]; bytes: Uint8Array }> {
  const next = nextYearValues(last, EDITIONS[edition]);
  const bytes = Buffer.from(await blankWorkbook(edition, identity, next.values, created));
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
    bytes: await blankWorkbook(edition, identity, values, created),
    carried: next.carried.filter((entry) => !refusedBy.has(entry.id)),
    dropped: next.carried
      .filter((entry) => refusedBy.has(entry.id))
      .map(({ id, label, value }) => ({ label, value, finding: refusedBy.get(id)! })),
  };
}

/** The workbook `init` writes and the page downloads, for a year and agency and, optionally, last year's report. */
export async function newWorkbook(request: NewWorkbookRequest): Promise<NewWorkbook> {
  const lastYear = request.last?.values["meta.year"];
  const lastAgency = request.last?.values["meta.agency"];
  const year = request.year ?? (typeof lastYear === "number" ? lastYear + 1 : undefined);
  const agency = request.agency ?? (typeof lastAgency === "string" ? lastAgency : "");
  const report = reportOf({ ...request, year, agency });
  if ("status" in report) return report;
  const identity = { agency: agency.trim(), year: report.year };
  const created = request.created ?? new Date();
  const next = request.last ? await carryOver(request.last, report.edition, identity, request.today, created) : undefined;
  const bytes = next?.bytes ?? (await blankWorkbook(report.edition, identity, {}, created));
  return {
    status: "made",
    bytes,
    ...identity,
    edition: report.edition,
    ...(next ? { carried: next.carried, ...(next.dropped.length > 0 ? { dropped: next.dropped } : {}) } : {}),
  };
}
