import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { sha256 } from "../io/hash.js";
import { OPTIONAL_KINDS } from "../outputs/formats.js";
import type { SummaryEntry } from "../workbook/summary.js";
import { latestVersionFolder, nextVersionPlacement } from "./archive.js";
import { MANIFEST_SUFFIX, type FileRecord } from "./manifest.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import { removeStaleTemporaries, TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { agencyKey } from "../io/file-names.js";
import { asOutputError, OutputError } from "../io/output-error.js";
import { SUMMARY_TEXT } from "../i18n/ui-text.js";
import { DONE_STATUSES, statusText, type ReportStatus } from "./report-status.js";
import { prepareAll, threadsFor } from "./prepare-pool.js";
import type { PrepareOptions, PreparedInput } from "./prepare.js";
import {
  abandonDocuments,
  stagedOf,
  completeDocuments,
  stageDocument,
  type StagedDocument,
  type StageResult,
  type PdfResult,
  type WriteOptions,
  type CompleteResult,
} from "./write.js";
import type { FontSubstitution } from "../pdf/font-plan.js";
import type { OutputPaths } from "./paths.js";

export { DONE_STATUSES, statusText, type ReportStatus };

/** A PDF as an outcome tells of it: made (where, with which fonts), or why not; never its bytes. */
export type PdfSummary =
  { status: "ok"; path: string; fonts: FontSubstitution[] } | { status: "unavailable" } | { status: "failed"; reason: string };

/** What became of one input: its reading, check and findings (PreparedInput), and where its files went. */
export type ReportOutcome = Omit<PreparedInput, "status" | "document"> &
  (
    | {
        status: "generated";
        paths: OutputPaths;
        /** The archive version it is filed as, with `archive`. */
        version?: number;
        /** With `pdf`: whether its PDF was made. */
        pdf?: PdfSummary;
      }
    /** The archive's latest version was made from the same input: nothing was written. */
    | { status: "unchanged"; paths: OutputPaths; version: number }
    /** `existing`: the file that was already there. */
    | { status: "exists"; existing: string }
    /** `error`: where and why (the system's error code). */
    | { status: "write-failed"; error: OutputError }
    | { status: Exclude<ReportStatus, "generated" | "unchanged" | "exists" | "write-failed"> }
  );

/** An entry of a batch folder that was not read (a subfolder, a link): a row of its own. */
export const refusedItem = (input: string, finding: Finding): ReportOutcome => ({
  input,
  status: "unreadable",
  errors: 1,
  warnings: 0,
  findings: [finding],
});

export interface BatchOptions extends PrepareOptions, WriteOptions {
  /** Worker threads for reading, checking and rendering; see threadsFor. One when absent. */
  jobs?: number;
}

/**
 * 2025|贺兰县交通运输局: two inputs with the same key would be published under the same name, however the name was
 * typed (full- or half-width, spaces, a slash).
 */
const reportKey = (prepared: PreparedInput) => `${prepared.report?.year}|${agencyKey(prepared.report?.agency ?? "")}`;

/** An input's outcome from its preparation; a rendered one becomes what writing it made of it (writtenItem). */
const itemOf = ({ document: _, status, ...prepared }: PreparedInput, outcome: Record<string, unknown> = {}): ReportOutcome =>
  ({ ...prepared, status: status === "rendered" ? "generated" : status, ...outcome }) as ReportOutcome;

/** Two or more valid inputs of one agency and year: each gets a finding naming the others, and neither is written. */
function duplicateItem(prepared: PreparedInput, sameReport: readonly string[]): ReportOutcome {
  const others = sameReport
    .filter((input) => input !== prepared.input)
    .map((input) => basename(input))
    .join("、");
  const finding = makeFinding(
    "input/duplicate-report",
    { file: prepared.input },
    { actual: `${prepared.report?.agency}，${prepared.report?.year} 年度`, others },
  );
  const findings = [finding, ...prepared.findings];
  return itemOf(prepared, { status: "duplicate", findings, errors: prepared.errors + 1 });
}

const pdfSummary = (pdf: PdfResult): PdfSummary =>
  pdf.status === "ok"
    ? { status: "ok", path: pdf.path!, fonts: pdf.fonts }
    : pdf.status === "failed"
      ? { status: "failed", reason: pdf.reason }
      : pdf;

function writtenItem(prepared: PreparedInput, result: CompleteResult): ReportOutcome {
  if (result.status === "failed") return itemOf(prepared, { status: "write-failed", error: result.error });
  if (result.status === "exists") return itemOf(prepared, { status: "exists", existing: result.path });
  const version = result.version === undefined ? {} : { version: result.version };
  const pdf = result.status === "written" && result.pdf ? { pdf: pdfSummary(result.pdf) } : {};
  return itemOf(prepared, { status: result.status === "written" ? "generated" : "unchanged", paths: result.paths, ...version, ...pdf });
}

/**
 * `nianbao generate` over many inputs. Every input is read, checked and rendered (on worker threads when `jobs`
 * allows); each rendered document is staged at once (its files written under temporary names) while the others are
 * still being prepared, the first of each agency and year only. Only when every input is prepared are documents made
 * final, so that two reports of the same agency and year are both refused and neither is written; then the rest
 * get their PDFs (one LibreOffice process), manifests and final names. One bad input never stops the others.
 */
export async function generateBatch(
  inputs: readonly string[],
  options: BatchOptions,
  /** Progress: called as each input has been read, checked and rendered. */
  onPrepared: (prepared: PreparedInput, done: number, total: number) => void = () => undefined,
): Promise<ReportOutcome[]> {
  // Where this run writes (the output folder, or the archive root where PDFs are converted): what killed runs left.
  await removeStaleTemporaries(options.archive ?? options.outDir);
  const prepareOptions: PrepareOptions = {
    today: options.today,
    template: options.template,
    keepSource: !!options.archive,
    ...Object.fromEntries(OPTIONAL_KINDS.map((kind) => [kind, options[kind]])),
    ...(options.previous ? { previous: options.previous } : {}),
  };
  const inputsPerKey = new Map<string, string[]>();
  // Settled at once, so that a failed write is never an unhandled rejection while the batch goes on.
  const staging = new Map<number, Promise<{ stage: StageResult } | { error: unknown }>>();
  const stage = (item: PreparedInput, index: number) => {
    if (item.status !== "rendered") return;
    const sameReport = inputsPerKey.get(reportKey(item));
    if (sameReport) return void sameReport.push(item.input);
    inputsPerKey.set(reportKey(item), [item.input]);
    staging.set(
      index,
      stageDocument(item.document!, options).then(
        (stage) => ({ stage }),
        (error: unknown) => ({ error }),
      ),
    );
  };
  /**
   * Waits for every staging. A document whose files could not be written is its own row; any other failure (not
   * the file system's) is the first one's, thrown once nothing is staged.
   */
  const settleStaging = async () => {
    const stages = new Map<number, StageResult | { status: "failed"; error: OutputError }>();
    let failure: { error: unknown } | undefined;
    for (const [index, settled] of staging) {
      const outcome = await settled;
      if ("stage" in outcome) stages.set(index, outcome.stage);
      else if (outcome.error instanceof OutputError) stages.set(index, { status: "failed", error: outcome.error });
      else failure ??= outcome;
    }
    return { stages, failure };
  };
  const preparing = await prepareAll(inputs, prepareOptions, threadsFor(inputs.length, options.jobs ?? 1), (item, index) => {
    stage(item, index);
    onPrepared(item, index + 1, inputs.length);
  }).then(
    (prepared) => ({ prepared }),
    (error: unknown) => ({ error }),
  );
  // Whatever failed, preparing or staging, nothing stays staged.
  const { stages, failure } = await settleStaging();
  if ("error" in preparing || failure) {
    await abandonDocuments(stagedOf(stages.values()));
    throw "error" in preparing ? preparing.error : failure!.error;
  }
  const { prepared } = preparing;
  const items: ReportOutcome[] = prepared.map((item) => itemOf(item));
  const year = batchYear(items);
  const toComplete: { index: number; staged: StagedDocument }[] = [];
  const given: StagedDocument[] = [];
  prepared.forEach((item, index) => {
    if (item.status !== "rendered") return;
    const sameReport = inputsPerKey.get(reportKey(item))!;
    const stageResult = stages.get(index);
    if (sameReport.length > 1 || item.report?.year !== year) {
      items[index] = sameReport.length > 1 ? duplicateItem(item, sameReport) : itemOf(item, { status: "other-year" });
      if (stageResult?.status === "staged") given.push(stageResult.staged);
    } else if (stageResult?.status === "staged") toComplete.push({ index, staged: stageResult.staged });
    else items[index] = writtenItem(item, stageResult!);
  });
  await abandonDocuments(given);
  const results = await completeDocuments(
    toComplete.map(({ staged }) => staged),
    options,
  );
  results.forEach((result, i) => (items[toComplete[i].index] = writtenItem(prepared[toComplete[i].index], result)));
  return items;
}

/** The year most reports of the batch are for (the later one on a tie): the summary is named after it. */
export function batchYear(items: readonly Pick<ReportOutcome, "report">[]): number | undefined {
  const counts = new Map<number, number>();
  for (const year of items.map((item) => item.report?.year).filter((y) => y !== undefined)) counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts].sort(([yearA, a], [yearB, b]) => b - a || yearB - yearA)[0]?.[0];
}

export type SummaryResult =
  | { status: "written" | "exists"; path: string }
  | { status: "archived" | "unchanged"; path: string; version: number }
  | { status: "no-year" };

export interface SummaryOptions {
  outDir: string;
  /** With an archive, the summary is filed there as the next version of DIR/<year>/汇总表, as a report is. */
  archive?: string;
  force?: boolean;
  /** When it is made, for its title line. */
  now?: Date;
}

/**
 * What the summary says of each input: its status, whether it counts in 合计 (in the output as it should be: only
 * the batch year's reports are generated, another year's is `other-year`).
 */
function summaryEntries(items: readonly ReportOutcome[]): SummaryEntry[] {
  return items.map((item) => ({
    file: basename(item.input),
    agency: item.report?.agency,
    year: item.report?.year,
    edition: item.report?.edition,
    status: statusText(item),
    counted: DONE_STATUSES.has(item.status),
    errors: item.errors,
    warnings: item.warnings,
    figures: item.figures,
    findings: item.status === "template-invalid" ? [...item.findings, ...(item.template?.findings ?? [])] : item.findings,
  }));
}

/** The summary's record in the archive: the workbook, and a digest of what it lists (its title's time aside). */
interface SummaryManifest {
  tool: { name: "nianbao" };
  kind: "summary";
  output: FileRecord;
  pdf: null;
  /** SHA-256 of the entries it lists: the same batch again files no new version. */
  entries: string;
  generatedAt: string;
}

async function archiveSummary(archive: string, year: number, bytes: Uint8Array, entries: string, now: Date): Promise<SummaryResult> {
  const folder = join(archive, String(year), SUMMARY_TEXT.archiveFolder);
  const name = SUMMARY_TEXT.fileName(year);
  const manifestName = name.replace(/\.xlsx$/, MANIFEST_SUFFIX);
  const latest = await latestVersionFolder(folder);
  if (latest) {
    const before = JSON.parse(await readFile(join(latest, manifestName), "utf8").catch(() => "{}")) as Partial<SummaryManifest>;
    if (before.entries === entries) return { status: "unchanged", path: join(latest, name), version: Number(basename(latest).slice(1)) };
  }
  const placement = await nextVersionPlacement(folder);
  try {
    const manifest: SummaryManifest = {
      tool: { name: "nianbao" },
      kind: "summary",
      output: { file: name, sha256: sha256(bytes) },
      pdf: null,
      entries,
      generatedAt: now.toISOString(),
    };
    await placement.write(name, bytes);
    await placement.write(manifestName, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    const { folder: filed, version } = await placement.commit();
    return { status: "archived", path: join(filed, name), version: version! };
  } finally {
    await placement.abandon();
  }
}

/**
 * `<year>年政府信息公开工作年度报告汇总.xlsx`: every input of the batch with its status, key figures and findings. In
 * the output folder (never over an existing summary without `force`), or filed in the archive.
 */
export async function writeSummary(items: readonly ReportOutcome[], options: SummaryOptions): Promise<SummaryResult> {
  const year = batchYear(items);
  if (year === undefined) return { status: "no-year" };
  const now = options.now ?? new Date();
  // exceljs is loaded here, after the worker threads of a batch are gone, not for the whole run.
  const { summaryWorkbookBytes } = await import("../workbook/summary.js");
  const entries = summaryEntries(items);
  const bytes = await summaryWorkbookBytes(entries, { year, madeAt: now });
  try {
    // The same batch run again (its reports now 未变化 rather than 已生成) lists the same: no new version.
    const listed = entries.map((entry) => ({
      ...entry,
      status: DONE_STATUSES.has(items[entries.indexOf(entry)].status) ? "done" : entry.status,
    }));
    if (options.archive) return await archiveSummary(options.archive, year, bytes, sha256(Buffer.from(JSON.stringify(listed))), now);
    const path = join(options.outDir, SUMMARY_TEXT.fileName(year));
    // asOutputError leaves an error that is not the system's as it is: TargetExistsError reaches the catch below.
    await writeFileAtomic(path, bytes, { overwrite: !!options.force }).catch((error: unknown) => {
      throw asOutputError(error, path);
    });
    return { status: "written", path };
  } catch (error) {
    if (error instanceof TargetExistsError) return { status: "exists", path: join(options.outDir, SUMMARY_TEXT.fileName(year)) };
    throw asOutputError(error, options.archive ?? options.outDir);
  }
}
