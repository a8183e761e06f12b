import { stat } from "node:fs/promises";
import { relative, resolve } from "node:path";
import type { Finding } from "../findings/finding.js";
import { checkFile } from "../pipeline/check.js";
import { loadReport, type LoadedReport } from "../pipeline/load.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { formatCheckResult } from "./format-findings.js";
import type { CliIo } from "./io.js";
import { ANNOTATE_TEXT } from "../i18n/ui-text.js";

/** The annotated copy, for a workbook with findings; said where it went (stderr: stdout may be JSON). */
async function annotate(input: string, loaded: LoadedReport, findings: readonly Finding[], io: CliIo): Promise<void> {
  const skipped = loaded.kind !== "xlsx" ? ANNOTATE_TEXT.onlyWorkbooks : findings.length === 0 ? ANNOTATE_TEXT.nothing : undefined;
  if (skipped) return void io.err(skipped);
  // exceljs's writer and the annotation are loaded only when asked for.
  const { writeAnnotatedCopy } = await import("../pipeline/annotate.js");
  const path = await writeAnnotatedCopy(input, loaded, findings);
  io.err(ANNOTATE_TEXT.written(relative(io.cwd, path) || path));
}

export async function runCheck(args: { file: string; json: boolean; previous?: string; annotate?: boolean }, io: CliIo): Promise<ExitCode> {
  // A folder is the assessor's batch: every report in it, and 评估汇总.xlsx.
  if (await isFolder(resolve(io.cwd, args.file))) return (await import("./assess-command.js")).runAssess(args, io);
  const previous = args.previous === undefined ? undefined : await loadReport(resolve(io.cwd, args.previous));
  const input = resolve(io.cwd, args.file);
  const { result, loaded } = await checkFile(input, { today: io.today, ...(previous ? { previous } : {}) });
  io.out(args.json ? JSON.stringify(result, null, 2) : formatCheckResult(result));
  if (args.annotate) await annotate(input, loaded, result.findings, io);
  return result.valid ? EXIT.ok : EXIT.findings;
}

export const isFolder = (path: string): Promise<boolean> =>
  stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
