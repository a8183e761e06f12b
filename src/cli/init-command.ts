import { existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { makeFinding } from "../findings/finding.js";
import { EDITIONS, editionForYear, fieldIndex } from "../schema/editions.js";
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

type Refused = { refused: string };

/**
 * The year and edition `init` writes a workbook for, refused with the rules `check` applies (rules.md V4):
 * a year check accepts and that has an edition, an agency name.
 */
function reportOf(args: InitArgs, io: CliIo): { year: number; edition: EditionId } | Refused {
  const typed = args.year.normalize("NFKC").trim();
  if (!/^\d{4}$/.test(typed)) return { refused: CLI_TEXT.badYear(args.year) };
  const year = Number(typed);
  const edition = editionForYear(year);
  if (!edition) return { refused: CLI_TEXT.noEditionForYear(year) };
  const implausible = implausibleYear(year, io.today);
  if (implausible) return { refused: implausible.message };
  if (args.edition && args.edition !== edition) return { refused: CLI_TEXT.editionYearMismatch(args.edition, year, edition) };
  if (args.agency.trim() === "") {
    const label = fieldIndex(EDITIONS[edition]).get("meta.agency")!.label;
    return { refused: `${makeFinding("meta/required", {}, { label }).message}${CLI_TEXT.agencyExample}` };
  }
  return { year, edition };
}

/** Where to write: -o as given when it names an .xlsx file, the default name inside it when it is a folder. */
function targetOf(args: InitArgs, year: number, io: CliIo): string | Refused {
  const fallback = defaultWorkbookPath(year, args.agency);
  if (args.output === undefined) return resolve(io.cwd, fallback);
  const output = resolve(io.cwd, args.output);
  if (/[\\/]$/.test(args.output) || (existsSync(output) && statSync(output).isDirectory())) return join(output, fallback.slice("inputs/".length));
  if (!/\.xlsx$/i.test(output)) return { refused: CLI_TEXT.initNeedsXlsx(args.output, `${args.output.replace(/\.[^./\\]*$/, "")}.xlsx`) };
  return output;
}

export async function runInit(args: InitArgs, io: CliIo): Promise<ExitCode> {
  const refuse = ({ refused }: Refused): ExitCode => {
    io.err(refused);
    return EXIT.unusable;
  };
  const report = reportOf(args, io);
  if ("refused" in report) return refuse(report);
  const { year } = report;
  const target = targetOf(args, year, io);
  if (typeof target !== "string") return refuse(target);
  const edition = EDITIONS[report.edition];
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
