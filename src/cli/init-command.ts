import { relative, resolve } from "node:path";
import { EDITIONS, editionForYear } from "../schema/editions.js";
import type { EditionId } from "../schema/types.js";
import { CLI_TEXT } from "../i18n/ui-text.js";
import { TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { safeFileName } from "../io/file-names.js";
import { buildBlankWorkbook } from "../workbook/write-blank.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";


export const defaultWorkbookPath = (year: number, agency: string): string => `inputs/${year}-${safeFileName(agency)}.xlsx`;

export async function runInit(args: { year: string; agency: string; edition?: EditionId; output?: string }, io: CliIo): Promise<ExitCode> {
  const typed = args.year.normalize("NFKC").trim();
  if (!/^\d{4}$/.test(typed)) {
    io.err(CLI_TEXT.badYear(args.year));
    return EXIT.unusable;
  }
  const year = Number(typed);
  const expected = editionForYear(year);
  if (!expected) {
    io.err(CLI_TEXT.noEditionForYear(year));
    return EXIT.unusable;
  }
  if (args.edition && args.edition !== expected) {
    io.err(CLI_TEXT.editionYearMismatch(args.edition, year, expected));
    return EXIT.unusable;
  }
  const edition = EDITIONS[expected];
  const target = resolve(io.cwd, args.output ?? defaultWorkbookPath(year, args.agency));
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
  io.err(CLI_TEXT.initWritten(relative(io.cwd, target) || target, edition.id, edition.circular));
  return EXIT.ok;
}
