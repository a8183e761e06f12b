import { existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { makeFinding } from "../findings/finding.js";
import { EDITIONS, editionForYear } from "../schema/editions.js";
import type { EditionId } from "../schema/types.js";
import { CLI_TEXT } from "../i18n/ui-text.js";
import { TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { safeFileName } from "../io/file-names.js";
import { implausibleYear } from "../validate/rules/metadata.js";
import { buildBlankWorkbook } from "../workbook/write-blank.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";

export const defaultWorkbookPath = (year: number, agency: string): string => `inputs/${year}-${safeFileName(agency)}.xlsx`;

interface InitArgs {
  year: string;
  agency: string;
  edition?: EditionId;
  output?: string;
}

/**
 * What `init` would write a workbook for, refused with the rules `check` applies (rules.md V4): a year check
 * accepts and that has an edition, an agency name. Returns the refusal message, or the year.
 */
function refusal(args: InitArgs, io: CliIo): string | number {
  const typed = args.year.normalize("NFKC").trim();
  if (!/^\d{4}$/.test(typed)) return CLI_TEXT.badYear(args.year);
  const year = Number(typed);
  const expected = editionForYear(year);
  if (!expected) return CLI_TEXT.noEditionForYear(year);
  const implausible = implausibleYear(year, io.today);
  if (implausible) return implausible.message;
  if (args.edition && args.edition !== expected) return CLI_TEXT.editionYearMismatch(args.edition, year, expected);
  if (args.agency.trim() === "") {
    const label = EDITIONS[expected].fields.find((field) => field.id === "meta.agency")!.label;
    return `${makeFinding("meta/required", {}, { label }).message}${CLI_TEXT.agencyExample}`;
  }
  return year;
}

/** Where to write: -o as given when it names an .xlsx file, the default name inside it when it is a folder. */
function targetOf(args: InitArgs, year: number, io: CliIo): string | { refused: string } {
  const fallback = defaultWorkbookPath(year, args.agency);
  if (args.output === undefined) return resolve(io.cwd, fallback);
  const output = resolve(io.cwd, args.output);
  if (/[\\/]$/.test(args.output) || (existsSync(output) && statSync(output).isDirectory())) return join(output, fallback.slice("inputs/".length));
  if (!/\.xlsx$/i.test(output)) return { refused: CLI_TEXT.initNeedsXlsx(args.output, `${args.output.replace(/\.[^./\\]*$/, "")}.xlsx`) };
  return output;
}

export async function runInit(args: InitArgs, io: CliIo): Promise<ExitCode> {
  const checked = refusal(args, io);
  if (typeof checked === "string") {
    io.err(checked);
    return EXIT.unusable;
  }
  const year = checked;
  const target = targetOf(args, year, io);
  if (typeof target !== "string") {
    io.err(target.refused);
    return EXIT.unusable;
  }
  const edition = EDITIONS[editionForYear(year)!];
  const bytes = await buildBlankWorkbook(edition, { agency: args.agency.trim(), year }).xlsx.writeBuffer();
  try {
    await writeFileAtomic(target, new Uint8Array(bytes));
  } catch (error) {
    if (error instanceof TargetExistsError) {
      io.err(CLI_TEXT.refuseOverwrite(target));
      return EXIT.unusable;
    }
    io.err(CLI_TEXT.writeFailed(target, (error as Error).message));
    return EXIT.unusable;
  }
  io.err(CLI_TEXT.initWritten(relative(io.cwd, target) || target, edition.id, edition.circular, io.invocation));
  return EXIT.ok;
}
