import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { makeFinding } from "../findings/finding.js";
import { removeStaleTemporaries, TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { asOutputError } from "../io/output-error.js";
import { CLI_TEXT, SUMMARY_TEXT } from "../i18n/ui-text.js";
import { prepareAll, threadsFor } from "./prepare-pool.js";
import type { PrepareOptions, PreparedInput } from "./prepare.js";
import {
  abandonDocuments,
  stagedOf,
  completeDocuments,
  stageDocument,
  type StagedDocument,
  type StageResult,
  type WriteOptions,
  type WriteResult,
} from "./write.js";

/** What became of one input of a batch. */
export type BatchStatus = "generated" | "unchanged" | "invalid" | "unreadable" | "duplicate" | "exists" | "template-invalid";

/** What became of one input: its reading, check and findings (PreparedInput), and where it went. */
export type BatchItem = Omit<PreparedInput, "status" | "document"> & {
  status: BatchStatus;
  /** The .docx written (or, unchanged, the one archived before). */
  output?: string;
  /** The archive version it is filed as, with `archive`. */
  version?: number;
};

const REPORT_FILE = /\.(xlsx|json)$/i;
/** Excel's lock files (~$name.xlsx) and hidden files are never reports. */
const isReportFile = (name: string) => REPORT_FILE.test(name) && !name.startsWith("~$") && !name.startsWith(".");

/** The report files the arguments name: a folder stands for its .xlsx and .json files (not its subfolders), in name order. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && isReportFile(entry.name))
      .map((entry) => entry.name);
    files.push(...names.sort().map((name) => join(path, name)));
  }
  return [...new Set(files)];
}

export interface BatchOptions extends PrepareOptions, WriteOptions {
  /** Worker threads for reading, checking and rendering; see threadsFor. One when absent. */
  jobs?: number;
}

/** 2025|贺兰县交通运输局: two inputs with the same key would be published under the same name. */
const reportKey = (prepared: PreparedInput) => `${prepared.report?.year}|${prepared.report?.agency}`;

const itemOf = ({ document: _, status, ...prepared }: PreparedInput, outcome: Partial<BatchItem> = {}): BatchItem => ({
  ...prepared,
  status: status === "rendered" ? "generated" : status,
  ...outcome,
});

/** Two or more valid inputs of one agency and year: each gets a finding naming the others, and neither is written. */
function duplicateItem(prepared: PreparedInput, sameReport: readonly string[]): BatchItem {
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

function writtenItem(prepared: PreparedInput, result: WriteResult): BatchItem {
  if (result.status === "exists") return itemOf(prepared, { status: "exists" });
  const version = result.version === undefined ? {} : { version: result.version };
  return itemOf(prepared, { status: result.status === "written" ? "generated" : "unchanged", output: result.paths.docx, ...version });
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
): Promise<BatchItem[]> {
  if (!options.archive) await removeStaleTemporaries(options.outDir);
  const prepareOptions: PrepareOptions = {
    today: options.today,
    template: options.template,
    keepSource: !!options.archive,
    html: options.html,
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
  /** Waits for every staging; the first that failed, if one did. */
  const settleStaging = async () => {
    const stages = new Map<number, StageResult>();
    let failure: { error: unknown } | undefined;
    for (const [index, settled] of staging) {
      const outcome = await settled;
      if ("stage" in outcome) stages.set(index, outcome.stage);
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
  const items: BatchItem[] = prepared.map((item) => itemOf(item));
  const toComplete: { index: number; staged: StagedDocument }[] = [];
  const given: StagedDocument[] = [];
  prepared.forEach((item, index) => {
    if (item.status !== "rendered") return;
    const sameReport = inputsPerKey.get(reportKey(item))!;
    const stageResult = stages.get(index);
    if (sameReport.length > 1) {
      items[index] = duplicateItem(item, sameReport);
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

/** The year most reports of the batch are for: the summary is named after it. */
function batchYear(items: readonly BatchItem[]): number | undefined {
  const counts = new Map<number, number>();
  for (const year of items.map((item) => item.report?.year).filter((y) => y !== undefined)) counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts].sort(([yearA, a], [yearB, b]) => b - a || yearB - yearA)[0]?.[0];
}

export type SummaryResult = { status: "written" | "exists"; path: string } | { status: "no-year" };

/**
 * `<year>年政府信息公开工作年度报告汇总.xlsx` in the output folder: every input of the batch with its status, key
 * figures and findings. Never written over an existing summary without `force`.
 */
export async function writeSummary(items: readonly BatchItem[], outDir: string, force = false): Promise<SummaryResult> {
  const year = batchYear(items);
  if (year === undefined) return { status: "no-year" };
  const path = join(outDir, SUMMARY_TEXT.fileName(year));
  // exceljs is loaded here, after the worker threads of a batch are gone, not for the whole run.
  const { summaryWorkbookBytes } = await import("../workbook/summary.js");
  const bytes = await summaryWorkbookBytes(
    items.map((item) => ({
      file: basename(item.input),
      agency: item.report?.agency,
      year: item.report?.year,
      edition: item.report?.edition,
      status: CLI_TEXT.batchStatus[item.status],
      errors: item.errors,
      warnings: item.warnings,
      figures: item.figures,
      findings: item.findings,
    })),
  );
  try {
    await writeFileAtomic(path, bytes, { overwrite: force }).catch((error: unknown) => {
      throw asOutputError(error, path);
    });
  } catch (error) {
    if (error instanceof TargetExistsError) return { status: "exists", path };
    throw error;
  }
  return { status: "written", path };
}
