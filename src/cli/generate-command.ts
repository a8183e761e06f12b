import { availableParallelism } from "node:os";
import { basename, dirname, relative, resolve } from "node:path";
import { chosenKinds, OPTIONAL_KINDS, type FormatChoice } from "../outputs/formats.js";
import { summarize } from "../pipeline/check.js";
import { generateBatch, refusedItem, writeSummary } from "../pipeline/batch.js";
import { DONE_STATUSES } from "../pipeline/report-status.js";
import { collectInputs, type BatchEntry, type BatchInputs, type SkipReason } from "../pipeline/batch-inputs.js";
import { generateReport } from "../pipeline/generate.js";
import { loadReport, type LoadedReport } from "../pipeline/load.js";
import { CLI_TEXT, SUMMARY_TEXT } from "../i18n/ui-text.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { batchProgress } from "./progress.js";
import { formatBatchTable, formatCheckResult, formatOutputError, formatTemplateResult } from "./format-findings.js";
import type { CliIo } from "./io.js";

/** The command line of `generate`: its files and options, the formats asked for (`--html`, `--pdf`) among them. */
export interface GenerateArgs extends FormatChoice {
  files: string[];
  json: boolean;
  /** The output folder (`-o`), as typed. */
  outDir: string;
  template?: string;
  force: boolean;
  archive?: string;
  /** Worker threads for a batch; every core when absent. */
  jobs?: number;
  /** Last year's report, for the cross-year rules: one input only. */
  previous?: string;
  /** Write the summary workbook for files named one by one too (a folder always gets one). */
  summary?: boolean;
}

/** One file → the report with its findings; several files or a folder → a batch with a table at the end. */
export async function runGenerate(args: GenerateArgs, io: CliIo, version: string): Promise<ExitCode> {
  return generate(args, io, version);
}

async function generate(args: GenerateArgs, io: CliIo, version: string): Promise<ExitCode> {
  const given = args.files.map((file) => resolve(io.cwd, file));
  const { entries, skipped } = await collectInputs(given);
  const single = given.length === 1 && entries.length === 1 && entries[0].path === given[0] && !entries[0].refused;
  for (const [reason, paths] of groupSkipped(skipped))
    io.err(CLI_TEXT.batchSkipped[reason](paths.length, paths.map((p) => basename(p)).join("、")));
  if (entries.length === 0) {
    io.err(CLI_TEXT.batchEmpty(args.files.join("、")));
    return EXIT.unusable;
  }
  if (args.previous !== undefined && entries.length > 1) {
    io.err(CLI_TEXT.previousWithBatch);
    return EXIT.unusable;
  }
  const previous = args.previous === undefined ? undefined : await loadReport(resolve(io.cwd, args.previous));
  if (single && !args.json) return runOne(entries[0].path, args, io, version, previous);
  // A summary for an office's folder, or when asked for: files named one by one are a clerk's, not a collection.
  const summary = args.summary || given.some((path) => !entries.some((entry) => entry.path === path));
  return runBatch(entries, { ...args, summary }, io, version, previous);
}

/** The files a batch passed over, by why: each reason is told once. */
function groupSkipped(skipped: BatchInputs["skipped"]): Map<SkipReason, string[]> {
  const groups = new Map<SkipReason, string[]>();
  for (const { path, reason } of skipped) groups.set(reason, [...(groups.get(reason) ?? []), path]);
  return groups;
}

/** What the command line asks of every report, with paths resolved against the clerk's folder. */
const optionsOf = (args: GenerateArgs, io: CliIo, version: string, previous: LoadedReport | undefined) => ({
  outDir: resolve(io.cwd, args.outDir),
  template: args.template && resolve(io.cwd, args.template),
  force: args.force,
  ...Object.fromEntries(OPTIONAL_KINDS.map((kind) => [kind, args[kind]])),
  ...(args.archive ? { archive: resolve(io.cwd, args.archive) } : {}),
  today: io.today,
  version,
  ...(previous ? { previous } : {}),
});

async function runBatch(
  entries: readonly BatchEntry[],
  args: GenerateArgs & { summary: boolean },
  io: CliIo,
  version: string,
  previous?: LoadedReport,
): Promise<ExitCode> {
  const shown = (path: string) => relative(io.cwd, path) || path;
  const progress = await batchProgress(io, entries.length, shown);
  const refused = entries.filter((entry) => entry.refused).map((entry) => refusedItem(entry.path, entry.refused!));
  refused.forEach((item, i) => progress.prepared(item, i + 1, entries.length));
  const files = entries.filter((entry) => !entry.refused).map((entry) => entry.path);
  const jobs = args.jobs ?? availableParallelism();
  const options = { ...optionsOf(args, io, version, previous), jobs, onPdf: progress.pdf };
  const onPrepared = (item: Parameters<typeof progress.prepared>[0], done: number) =>
    progress.prepared(item, refused.length + done, entries.length);
  const generated = files.length === 0 ? [] : await generateBatch(files, options, onPrepared).finally(progress.stop);
  progress.stop();
  // Every entry in its place: the folder's order, refused entries among the files.
  const byPath = new Map([...generated, ...refused].map((item) => [item.input, item]));
  const items = entries.map((entry) => byPath.get(entry.path)!);
  const done = items.filter((item) => DONE_STATUSES.has(item.status)).length;
  const failed = items.length - done;
  const pdfFailed = items.filter((item) => item.status === "generated" && item.pdf && item.pdf.status !== "ok").length;
  const summary = args.summary
    ? await writeSummary(items, {
        outDir: resolve(io.cwd, args.outDir),
        archive: args.archive && resolve(io.cwd, args.archive),
        force: args.force,
        now: io.today,
      })
    : undefined;
  // The table (or the JSON) is the product on stdout; where the summary went is a message.
  if (summary?.status === "written") io.err(SUMMARY_TEXT.written(shown(summary.path)));
  if (summary?.status === "exists") io.err(SUMMARY_TEXT.exists(shown(summary.path)));
  if (summary?.status === "archived") io.err(SUMMARY_TEXT.archived(shown(summary.path), summary.version));
  if (summary?.status === "unchanged") io.err(SUMMARY_TEXT.unchanged(shown(summary.path), summary.version));
  if (args.json) {
    io.out(
      JSON.stringify(
        items.map((item) => ({ ...item, input: shown(item.input), ...("paths" in item ? { output: shown(item.paths.docx) } : {}) })),
        null,
        2,
      ),
    );
  } else {
    io.out(formatBatchTable(items, shown));
    // Why an input was not even checked: the table has no room for it. A file's own message names the file.
    for (const item of items.filter((i) => i.status === "unreadable")) io.err(item.findings[0].message);
    for (const item of items.filter((i) => i.status === "duplicate")) io.err(`${shown(item.input)}：${item.findings[0].message}`);
    for (const item of items) if (item.status === "write-failed") io.err(`${shown(item.input)}：${formatOutputError(item.error, io.cwd)}`);
    if (pdfFailed > 0) io.err(CLI_TEXT.batchPdfFailed(pdfFailed));
    const where = summary && "path" in summary ? shown(summary.path) : undefined;
    io.out(
      CLI_TEXT.batchSummary(
        items.length,
        items.filter((i) => i.status === "generated").length,
        items.filter((i) => i.status === "unchanged").length,
        failed,
        where,
      ),
    );
  }
  // Output that could not be written (a report's files, a PDF) is exit code 3, as for one report.
  if (items.some((item) => item.status === "write-failed")) return EXIT.writeFailed;
  if (failed > 0) return EXIT.findings;
  return pdfFailed > 0 ? EXIT.writeFailed : EXIT.ok;
}

async function runOne(input: string, args: GenerateArgs, io: CliIo, version: string, previous?: LoadedReport): Promise<ExitCode> {
  const shown = (path: string) => relative(io.cwd, path) || path;
  const outcome = await generateReport({ input, ...optionsOf(args, io, version, previous) });
  const checked = summarize(basename(input), outcome.report?.edition ?? null, outcome.findings);
  const template = () =>
    outcome.template && formatTemplateResult(shown(outcome.template.file), outcome.template.edition, outcome.template.findings);
  switch (outcome.status) {
    case "invalid":
      io.out(formatCheckResult(checked, CLI_TEXT.generateRefused));
      return EXIT.findings;
    case "published":
      io.out(formatCheckResult(checked));
      io.err(CLI_TEXT.publishedNotGenerated);
      return EXIT.findings;
    case "template-invalid":
      io.out(formatCheckResult(checked));
      io.out(template()!);
      io.err(CLI_TEXT.templateRefused(shown(outcome.template!.file)));
      return EXIT.unusable;
    case "exists":
      io.out(formatCheckResult(checked));
      io.err(CLI_TEXT.generateExists(shown(outcome.existing)));
      return EXIT.findings;
    case "unchanged":
      io.out(formatCheckResult(checked));
      io.out(CLI_TEXT.unchanged(shown(dirname(outcome.paths.docx)), outcome.version));
      return EXIT.ok;
    case "generated":
      break;
    default:
      // A batch's statuses (duplicate, another year) never come of one input.
      io.out(formatCheckResult(checked));
      return EXIT.findings;
  }
  io.out(formatCheckResult(checked));
  if (outcome.template && outcome.template.findings.length > 0) io.out(template()!);
  // Each file written, in the order of the format table; the PDF with the fonts that stood in.
  for (const kind of chosenKinds(args)) {
    if (kind === "pdf") continue;
    io.out(CLI_TEXT.generated(shown(outcome.paths[kind])));
  }
  const pdf = outcome.pdf;
  if (pdf?.status === "ok") {
    io.out(CLI_TEXT.generated(shown(pdf.path)));
    if (pdf.fonts.some((font) => !font.installed)) io.out(CLI_TEXT.pdfFonts(pdf.fonts));
  }
  if (pdf?.status === "unavailable") io.err(CLI_TEXT.pdfUnavailable);
  // LibreOffice's own words are English: the clerk reads ours; --json keeps its reason.
  if (pdf?.status === "failed") io.err(CLI_TEXT.pdfFailed);
  io.out(CLI_TEXT.generated(shown(outcome.paths.manifest)));
  if (outcome.version !== undefined) {
    io.out(CLI_TEXT.archived(shown(dirname(outcome.paths.docx)), outcome.version));
    if (pdf?.status === "ok") io.out(CLI_TEXT.pdfA);
  }
  // The .docx is written; a PDF asked for and not made is still an output that could not be written.
  return pdf && pdf.status !== "ok" ? EXIT.writeFailed : EXIT.ok;
}
