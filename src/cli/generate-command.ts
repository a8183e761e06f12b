import { availableParallelism } from "node:os";
import { dirname, relative, resolve } from "node:path";
import { InputError } from "../findings/finding.js";
import { expandInputs, generateBatch, writeSummary, type BatchItem } from "../pipeline/batch.js";
import { generateReport } from "../pipeline/generate.js";
import { loadReport, type LoadedReport } from "../pipeline/load.js";
import { CLI_TEXT, SUMMARY_TEXT } from "../i18n/ui-text.js";
import { OutputError } from "../io/output-error.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { batchProgress } from "./progress.js";
import { formatBatchTable, formatCheckResult, formatOutputError, formatTemplateResult } from "./format-findings.js";
import type { CliIo } from "./io.js";

export interface GenerateArgs {
  files: string[];
  json: boolean;
  output: string;
  template?: string;
  force: boolean;
  pdf: boolean;
  html: boolean;
  archive?: string;
  /** Worker threads for a batch; every core when absent. */
  jobs?: number;
  /** Last year's report, for the cross-year rules: one input only. */
  previous?: string;
}

/** One file → the report with its findings; several files or a folder → a batch with a table at the end. */
export async function runGenerate(args: GenerateArgs, io: CliIo, version: string): Promise<ExitCode> {
  try {
    return await generate(args, io, version);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.err(formatOutputError(error, io.cwd));
    return EXIT.writeFailed;
  }
}

async function generate(args: GenerateArgs, io: CliIo, version: string): Promise<ExitCode> {
  const inputs = await expandInputs(args.files.map((file) => resolve(io.cwd, file)));
  const single = args.files.length === 1 && inputs.length === 1 && inputs[0] === resolve(io.cwd, args.files[0]);
  if (inputs.length === 0) {
    io.err(CLI_TEXT.batchEmpty(args.files.join("、")));
    return EXIT.unusable;
  }
  if (args.previous !== undefined && inputs.length > 1) {
    io.err(CLI_TEXT.previousWithBatch);
    return EXIT.unusable;
  }
  let previous: LoadedReport | undefined;
  try {
    previous = args.previous === undefined ? undefined : await loadReport(resolve(io.cwd, args.previous));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(error.finding.message);
    return EXIT.unusable;
  }
  if (single && !args.json) return runOne(inputs[0], args, io, version, previous);
  return runBatch(inputs, args, io, version, previous);
}

/** What the command line asks of every report, with paths resolved against the clerk's folder. */
const optionsOf = (args: GenerateArgs, io: CliIo, version: string, previous: LoadedReport | undefined) => ({
  outDir: resolve(io.cwd, args.output),
  template: args.template && resolve(io.cwd, args.template),
  force: args.force,
  pdf: args.pdf,
  html: args.html,
  ...(args.archive ? { archive: resolve(io.cwd, args.archive) } : {}),
  today: io.today,
  version,
  ...(previous ? { previous } : {}),
});

async function runBatch(inputs: string[], args: GenerateArgs, io: CliIo, version: string, previous?: LoadedReport): Promise<ExitCode> {
  const shown = (path: string) => relative(io.cwd, path) || path;
  const progress = batchProgress(io, inputs.length, shown);
  const jobs = args.jobs ?? availableParallelism();
  const items = await generateBatch(inputs, { ...optionsOf(args, io, version, previous), jobs }, progress.prepared).finally(progress.stop);
  const count = (status: BatchItem["status"]) => items.filter((item) => item.status === status).length;
  const failed = items.length - count("generated") - count("unchanged");
  const summary = await writeSummary(items, resolve(io.cwd, args.output), args.force);
  // The table (or the JSON) is the product on stdout; where the summary went is a message.
  if (summary.status === "written") io.err(SUMMARY_TEXT.written(shown(summary.path)));
  if (summary.status === "exists") io.err(SUMMARY_TEXT.exists(shown(summary.path)));
  if (args.json) {
    io.out(
      JSON.stringify(
        items.map((item) => ({ ...item, input: shown(item.input), ...(item.output ? { output: shown(item.output) } : {}) })),
        null,
        2,
      ),
    );
  } else {
    io.out(formatBatchTable(items, shown));
    // Why an input was not even checked: the table has no room for it. A file's own message names the file.
    for (const item of items.filter((i) => i.status === "unreadable")) io.err(item.findings[0].message);
    for (const item of items.filter((i) => i.status === "duplicate")) io.err(`${shown(item.input)}：${item.findings[0].message}`);
    io.out(CLI_TEXT.batchSummary(items.length, count("generated"), count("unchanged"), failed));
  }
  return failed > 0 ? EXIT.findings : EXIT.ok;
}

async function runOne(input: string, args: GenerateArgs, io: CliIo, version: string, previous?: LoadedReport): Promise<ExitCode> {
  const shown = (path: string) => relative(io.cwd, path) || path;
  try {
    const outcome = await generateReport({ input, ...optionsOf(args, io, version, previous) });
    if (outcome.status === "invalid") {
      io.out(formatCheckResult(outcome.result, CLI_TEXT.generateRefused));
      return EXIT.findings;
    }
    io.out(formatCheckResult(outcome.result));
    if (outcome.status === "template-invalid") {
      io.out(formatTemplateResult(shown(outcome.template.file), outcome.report.edition, outcome.template.findings));
      io.err(CLI_TEXT.templateRefused(shown(outcome.template.file)));
      return EXIT.unusable;
    }
    if (outcome.status === "exists") {
      io.err(CLI_TEXT.generateExists(shown(outcome.path)));
      return EXIT.unusable;
    }
    if (outcome.status === "unchanged") {
      io.out(CLI_TEXT.unchanged(shown(dirname(outcome.paths.docx)), outcome.version));
      return EXIT.ok;
    }
    if (outcome.template.findings.length > 0)
      io.out(formatTemplateResult(shown(outcome.template.file), outcome.report.edition, outcome.template.findings));
    io.out(CLI_TEXT.generated(shown(outcome.paths.docx)));
    if (args.html) io.out(CLI_TEXT.generated(shown(outcome.paths.html)));
    if (outcome.pdf?.status === "ok" && outcome.pdf.path) {
      io.out(CLI_TEXT.generated(shown(outcome.pdf.path)));
      if (outcome.pdf.fonts.some((font) => !font.installed)) io.out(CLI_TEXT.pdfFonts(outcome.pdf.fonts));
    }
    if (outcome.pdf?.status === "unavailable") io.err(CLI_TEXT.pdfUnavailable);
    if (outcome.pdf?.status === "failed") io.err(CLI_TEXT.pdfFailed(outcome.pdf.reason));
    io.out(CLI_TEXT.generated(shown(outcome.paths.manifest)));
    if (outcome.version !== undefined) {
      io.out(CLI_TEXT.archived(shown(dirname(outcome.paths.docx)), outcome.version));
      if (outcome.pdf?.status === "ok") io.out(CLI_TEXT.pdfA);
    }
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(error.finding.message);
    return EXIT.unusable;
  }
}
