import { join } from "node:path";
import { safeFileName } from "../io/file-names.js";
import type { Report } from "../report/report.js";
import { OUTPUT_FORMATS, OUTPUT_KINDS, type OutputKind } from "../outputs/formats.js";
import { MANIFEST_SUFFIX } from "./manifest.js";

/** 2026年贺兰县交通运输局政府信息公开工作年度报告: the name reports are published under. */
export function reportBaseName(report: Report): string {
  return `${report.values["meta.year"]}年${safeFileName(String(report.values["meta.agency"] ?? ""))}政府信息公开工作年度报告`;
}

/** Where each format's file of a document is, and its manifest. */
export type OutputPaths = Record<OutputKind, string> & { manifest: string };

/** A document's files in `folder` (the output folder, or an archive version); `""` gives the bare file names. */
export const documentPaths = (folder: string, baseName: string): OutputPaths => {
  const base = join(folder, baseName);
  const files = Object.fromEntries(OUTPUT_KINDS.map((kind) => [kind, `${base}.${OUTPUT_FORMATS[kind].extension}`]));
  return { ...(files as Record<OutputKind, string>), manifest: `${base}${MANIFEST_SUFFIX}` };
};

export const outputPathsOf = (report: Report, outDir: string): OutputPaths => documentPaths(outDir, reportBaseName(report));

/**
 * The name the archive keeps a copy of the input under, beside the document: the input's own name, unless that is
 * one of the document's own file names (a workbook saved as 2025年…年度报告.json): then 输入-<name>, so that the copy
 * and the document never take each other's place. Compared without case, as Windows and macOS compare names.
 */
export function sourceCopyName(inputName: string, baseName: string): string {
  const taken = new Set(Object.values(documentPaths("", baseName)).map((name) => name.toLowerCase()));
  return taken.has(inputName.toLowerCase()) ? `输入-${inputName}` : inputName;
}
