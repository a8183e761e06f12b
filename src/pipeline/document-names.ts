/** The names of a report's files: pure, shared by the command line (paths.ts puts them in folders) and the page. */
import { safeFileName } from "../io/file-names.js";
import type { Report } from "../report/report.js";
import { OUTPUT_FORMATS, OUTPUT_KINDS, type OutputKind } from "../outputs/formats.js";
import { MANIFEST_SUFFIX } from "./manifest.js";

/** 2026年贺兰县交通运输局政府信息公开工作年度报告: the name reports are published under. */
export function reportBaseName(report: Report): string {
  return `${report.values["meta.year"]}年${safeFileName(String(report.values["meta.agency"] ?? ""))}政府信息公开工作年度报告`;
}

/** Each format's file name of a document, and its manifest's. */
export type DocumentNames = Record<OutputKind, string> & { manifest: string };

export const documentNames = (baseName: string): DocumentNames => {
  const files = Object.fromEntries(OUTPUT_KINDS.map((kind) => [kind, `${baseName}.${OUTPUT_FORMATS[kind].extension}`]));
  return { ...(files as Record<OutputKind, string>), manifest: `${baseName}${MANIFEST_SUFFIX}` };
};

/**
 * The name the archive keeps a copy of the input under, beside the document: the input's own name, unless that is
 * one of the document's own file names (a workbook saved as 2025年…年度报告.json): then 输入-<name>, so that the copy
 * and the document never take each other's place. Compared without case, as Windows and macOS compare names.
 */
export function sourceCopyName(inputName: string, baseName: string): string {
  const taken = new Set(Object.values(documentNames(baseName)).map((name) => name.toLowerCase()));
  return taken.has(inputName.toLowerCase()) ? `输入-${inputName}` : inputName;
}
