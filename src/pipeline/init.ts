import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { CLI_TEXT } from "../i18n/ui-text.js";
import { TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { asOutputError } from "../io/output-error.js";
import type { EditionId } from "../schema/types.js";
import { InputError } from "../findings/finding.js";
import type { NextYear } from "../report/next-year.js";
import { loadReport, type LoadedReport } from "./load.js";
import { newWorkbook, refused, workbookFileName, type DroppedValue, type Refused } from "./new-workbook.js";

export { blankWorkbook, carryOver, type DroppedValue } from "./new-workbook.js";

export const defaultWorkbookPath = (year: number, agency: string): string => `inputs/${workbookFileName(year, agency)}`;

export interface InitOptions {
  /** The year as typed: full-width digits and spaces are forgiven. The year after last year's report's with `from`. */
  year?: string | number;
  /** Last year's agency with `from`. */
  agency?: string;
  /** Last year's report (workbook or JSON): what the new workbook takes from it (report/next-year.ts). */
  from?: string;
  edition?: EditionId;
  /**
   * The workbook's creation time (ISO 8601, e.g. 2027-01-05T09:00:00Z), in its properties and its zip: now when
   * absent. Fixed, the same inputs make the same bytes, as the page's 新建工作簿 does.
   */
  created?: string;
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

/** Last year's report, and the year and agency the new workbook is for unless the clerk typed them. */
async function lastYearOf(options: InitOptions): Promise<{ last?: LoadedReport } | Refused> {
  if (options.from === undefined) return {};
  try {
    return { last: await loadReport(resolve(options.cwd, options.from)) };
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
  const created = options.created === undefined ? undefined : new Date(options.created);
  if (created && Number.isNaN(created.getTime())) return refused(CLI_TEXT.badCreated(options.created!));
  const start = await lastYearOf(options);
  if ("status" in start) return start;
  const made = await newWorkbook({
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.agency !== undefined ? { agency: options.agency } : {}),
    ...(options.edition ? { edition: options.edition } : {}),
    ...(start.last ? { last: start.last.report } : {}),
    today: options.today ?? new Date(),
    ...(created ? { created } : {}),
  });
  if (made.status === "refused") return made;
  const target = targetOf({ ...options, agency: made.agency }, made.year);
  if (typeof target !== "string") return target;
  try {
    await writeFileAtomic(target, made.bytes);
  } catch (error) {
    if (error instanceof TargetExistsError) return refused(CLI_TEXT.refuseOverwrite(target));
    // A full disk or a read-only folder: the output could not be written (exit code 3), as for generate.
    throw asOutputError(error, target);
  }
  const { carried, dropped } = made;
  return { status: "written", path: target, edition: made.edition, ...(carried ? { carried } : {}), ...(dropped ? { dropped } : {}) };
}
