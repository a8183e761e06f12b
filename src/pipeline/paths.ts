import { join } from "node:path";
import type { Report } from "../report/report.js";
import { documentNames, reportBaseName, type DocumentNames } from "./document-names.js";

export { reportBaseName, sourceCopyName } from "./document-names.js";

/** Where each format's file of a document is, and its manifest. */
export type OutputPaths = DocumentNames;

/** A document's files in `folder` (the output folder, or an archive version). */
export const documentPaths = (folder: string, baseName: string): OutputPaths =>
  Object.fromEntries(Object.entries(documentNames(baseName)).map(([kind, name]) => [kind, join(folder, name)])) as OutputPaths;

export const outputPathsOf = (report: Report, outDir: string): OutputPaths => documentPaths(outDir, reportBaseName(report));
