import { relative, resolve } from "node:path";
import { InputError, type Finding } from "../findings/finding.js";
import { checkFile, summarize } from "../pipeline/check.js";
import { loadReport, type LoadedReport } from "../pipeline/load.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { formatCheckResult, formatOutputError } from "./format-findings.js";
import type { CliIo } from "./io.js";
import { ANNOTATE_TEXT } from "../i18n/ui-text.js";
import { OutputError } from "../io/output-error.js";

/** The annotated copy, for a workbook with findings; said where it went (stderr: stdout may be JSON). False when it could not be written. */
async function annotate(input: string, loaded: LoadedReport, findings: readonly Finding[], io: CliIo): Promise<boolean> {
  const skipped = loaded.kind !== "xlsx" ? ANNOTATE_TEXT.onlyWorkbooks : findings.length === 0 ? ANNOTATE_TEXT.nothing : undefined;
  if (skipped) {
    io.err(skipped);
    return true;
  }
  // exceljs's writer and the annotation are loaded only when asked for.
  const { writeAnnotatedCopy } = await import("../pipeline/annotate.js");
  try {
    const path = await writeAnnotatedCopy(input, loaded, findings);
    io.err(ANNOTATE_TEXT.written(relative(io.cwd, path) || path));
    return true;
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.err(formatOutputError(error, io.cwd));
    return false;
  }
}

export async function runCheck(args: { file: string; json: boolean; previous?: string; annotate?: boolean }, io: CliIo): Promise<ExitCode> {
  try {
    const previous = args.previous === undefined ? undefined : await loadReport(resolve(io.cwd, args.previous));
    const input = resolve(io.cwd, args.file);
    const { result, loaded } = await checkFile(input, { today: io.today, ...(previous ? { previous } : {}) });
    io.out(args.json ? JSON.stringify(result, null, 2) : formatCheckResult(result));
    if (args.annotate && !(await annotate(input, loaded, result.findings, io))) return EXIT.writeFailed;
    return result.valid ? EXIT.ok : EXIT.findings;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (args.json) io.out(JSON.stringify(summarize(args.file, null, [error.finding]), null, 2));
    else io.err(error.finding.message);
    return EXIT.unusable;
  }
}
