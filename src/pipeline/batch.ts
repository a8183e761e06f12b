import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { countBySeverity, InputError, makeFinding, type Finding } from "../findings/finding.js";
import { checkReport, type CheckResult } from "./check.js";
import { generateLoaded, identityOf, type GenerateOptions, type ReportIdentity } from "./generate.js";
import { keyFigures, summaryWorkbookBytes } from "../workbook/summary.js";
import { TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { CLI_TEXT, SUMMARY_TEXT } from "../i18n/ui-text.js";
import { loadReport, type LoadedReport } from "./load.js";
import type { PreparedTemplate } from "./template.js";

/** What became of one input of a batch. */
export type BatchStatus = "generated" | "invalid" | "unreadable" | "duplicate" | "exists" | "template-invalid";

export interface BatchItem {
  input: string;
  status: BatchStatus;
  /** Agency, year and edition, when the input could be read. */
  report?: ReportIdentity;
  errors: number;
  warnings: number;
  /** The .docx written, for a generated report. */
  output?: string;
  /** The summary's key figures (schema/summary.ts), when the input could be read. */
  figures?: Record<string, number>;
  findings: Finding[];
}

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

type Loaded = { input: string; loaded: LoadedReport; result: CheckResult };

const itemOf = (input: string, status: BatchStatus, findings: Finding[], loaded?: LoadedReport, output?: string): BatchItem => {
  const { errors, warnings } = countBySeverity(findings);
  const read = loaded ? { report: identityOf(loaded), figures: keyFigures(loaded.edition, loaded.report.values) } : {};
  return { input, status, ...read, errors, warnings, ...(output ? { output } : {}), findings };
};

/** 2025|贺兰县交通运输局: two inputs with the same key would be published under the same name. */
const reportKey = ({ loaded }: Loaded) => {
  const { year, agency } = identityOf(loaded);
  return `${year}|${agency}`;
};

/**
 * `nianbao generate` over many inputs: every input is read and checked first, so that two reports of the same agency
 * and year are both refused before anything is written; then each valid one is generated with templates prepared
 * once. One bad input never stops the others.
 */
export async function generateBatch(
  inputs: readonly string[],
  options: Omit<GenerateOptions, "input">,
  /** Called as each input's outcome is settled (invalid and unreadable ones first, generated ones last). */
  onSettled: (item: BatchItem, settled: number, total: number) => void = () => undefined,
): Promise<BatchItem[]> {
  const settled = new Map<string, BatchItem>();
  const settle = (item: BatchItem) => {
    settled.set(item.input, item);
    onSettled(item, settled.size, inputs.length);
  };
  const loaded: Loaded[] = [];
  for (const input of inputs) {
    try {
      const report = await loadReport(input);
      loaded.push({ input, loaded: report, result: checkReport(report, options) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      settle(itemOf(input, "unreadable", [error.finding]));
    }
  }
  const inputsPerKey = new Map<string, string[]>();
  for (const entry of loaded.filter((e) => e.result.valid)) {
    const key = reportKey(entry);
    inputsPerKey.set(key, [...(inputsPerKey.get(key) ?? []), entry.input]);
  }
  const templates = options.templates ?? new Map<string, Promise<PreparedTemplate>>();
  for (const entry of loaded) {
    if (!entry.result.valid) {
      settle(itemOf(entry.input, "invalid", entry.result.findings, entry.loaded));
      continue;
    }
    const sameReport = inputsPerKey.get(reportKey(entry))!;
    if (sameReport.length > 1) {
      const others = sameReport
        .filter((input) => input !== entry.input)
        .map((input) => basename(input))
        .join("、");
      const { agency, year } = identityOf(entry.loaded);
      const duplicate = makeFinding("input/duplicate-report", { file: entry.input }, { actual: `${agency}，${year} 年度`, others });
      settle(itemOf(entry.input, "duplicate", [duplicate, ...entry.result.findings], entry.loaded));
      continue;
    }
    const outcome = await generateLoaded(entry.loaded, entry.result, { ...options, input: entry.input, templates });
    const status: BatchStatus = outcome.status === "done" ? "generated" : outcome.status;
    const findings =
      outcome.status === "template-invalid" ? [...entry.result.findings, ...outcome.template.findings] : entry.result.findings;
    settle(itemOf(entry.input, status, findings, entry.loaded, outcome.status === "done" ? outcome.paths.docx : undefined));
  }
  return inputs.map((input) => settled.get(input)!);
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
    await writeFileAtomic(path, bytes, { overwrite: force });
  } catch (error) {
    if (error instanceof TargetExistsError) return { status: "exists", path };
    throw error;
  }
  return { status: "written", path };
}
