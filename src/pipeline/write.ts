import { access } from "node:fs/promises";
import { join } from "node:path";
import pMap from "p-map";
import { TargetExistsError, placeFilesSync, removeIfPresent, removeStaleTemporaries, writeTemporary } from "../io/atomic-write.js";
import { asOutputError, OutputError } from "../io/output-error.js";
import type { PdfOutcome } from "../pdf/convert-to-pdf.js";
import { manifestBytes, manifestOf, type ReportDocument } from "./document.js";
import { documentPaths, sourceCopyName, type OutputPaths } from "./paths.js";
import { type FormatChoice, type OutputKind } from "../outputs/formats.js";

export { reportBaseName, outputPathsOf, type OutputPaths } from "./paths.js";
export { documentOf, type ReportDocument } from "./document.js";

/** `pdf`, `html`: the formats asked for besides the Word document (OUTPUT_FORMATS). */
export interface WriteOptions extends FormatChoice {
  outDir: string;
  /** File each report in this archive (DIR/<year>/<agency>/vN/) instead of the output folder. */
  archive?: string;
  force?: boolean;
  version: string;
  /** Progress of the PDF conversions, as LibreOffice finishes each document. */
  onPdf?: (done: number, total: number) => void;
}

export type PdfResult = PdfOutcome & { path?: string };

export type WriteResult =
  | { status: "exists"; path: string }
  /** The archive's latest version was made from the same input and is the same document: nothing was written. */
  | { status: "unchanged"; paths: OutputPaths; version: number }
  | { status: "written"; paths: OutputPaths; pdf?: PdfResult; /** In an archive. */ version?: number };

/** A document of several whose files could not be written (a full disk, a folder it may not write): the others go on. */
export type CompleteResult = WriteResult | { status: "failed"; error: OutputError };

/**
 * Where one document's files go. Files are first written under temporary names (staged); commit() gives them their
 * final names together, abandon() removes what is still staged. The output folder stages each file beside its
 * target; the archive stages them in a folder that becomes the new version in one rename (archive.ts).
 */
export interface Placement {
  write: (name: string, bytes: Uint8Array) => Promise<void>;
  /** The folder the files are in once they are final, and the archive version it is. */
  commit: () => Promise<{ folder: string; version?: number }>;
  abandon: () => Promise<void>;
}

export type PlacementPlan = { status: "place"; placement: Placement } | Exclude<WriteResult, { status: "written" }>;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The output folder: nothing is overwritten without `force`. */
async function outputPlacement(document: ReportDocument, options: WriteOptions): Promise<PlacementPlan> {
  const paths = documentPaths(options.outDir, document.baseName);
  if (!options.force) {
    for (const path of [...writtenKinds(document).map((kind) => paths[kind]), paths.manifest]) {
      if (await exists(path)) return { status: "exists", path };
    }
  }
  /** Final path → its temporary file, in the order written: the manifest, written last, is placed last. */
  const staged = new Map<string, string>();
  const abandon = async () => {
    await Promise.all([...staged.values()].map(removeIfPresent));
    staged.clear();
  };
  const placement: Placement = {
    write: async (name, bytes) => {
      const path = join(options.outDir, name);
      staged.set(path, await writeTemporary(path, bytes));
    },
    commit: async () => {
      try {
        placeFilesSync(staged, { overwrite: options.force });
      } finally {
        await abandon();
      }
      return { folder: options.outDir };
    },
    abandon,
  };
  return { status: "place", placement };
}

/** The formats a document's files are written in: those rendered before writing, and those converted while writing. */
const writtenKinds = (document: ReportDocument): OutputKind[] => [
  ...(Object.keys(document.files) as OutputKind[]),
  ...document.conversions,
];

/**
 * Documents whose files are written at once. A file costs a few system calls, each a round trip to libuv's threads:
 * one document at a time leaves them idle (1000 documents in memory: 0.7 s one at a time, 0.2 s 16 at a time).
 */
const FILES_IN_FLIGHT = 16;

/** A document whose .docx (and, in an archive, source copy) is written under temporary names. */
export interface StagedDocument {
  document: ReportDocument;
  placement: Placement;
}

export type StageResult = { status: "staged"; staged: StagedDocument } | Exclude<WriteResult, { status: "written" }>;

/**
 * Stage 4a: where the document goes (an existing file, or an unchanged archive version, ends it here) and its .docx
 * written under a temporary name. A batch stages each document as soon as it is rendered, while others still are.
 */
export async function stageDocument(document: ReportDocument, options: WriteOptions): Promise<StageResult> {
  // The archive (and the manifest reader it needs) is loaded only when a report is archived.
  const plan = await (
    options.archive
      ? import("./archive.js").then((archive) => archive.archivePlacement(options.archive!, document))
      : outputPlacement(document, options)
  ).catch((error: unknown) => Promise.reject(asOutputError(error, options.archive ?? options.outDir)));
  if (plan.status !== "place") return plan;
  try {
    const names = documentPaths("", document.baseName);
    for (const [kind, bytes] of Object.entries(document.files) as [OutputKind, Uint8Array][])
      await plan.placement.write(names[kind], bytes);
    if (options.archive) await plan.placement.write(sourceCopyName(document.source.file, document.baseName), document.source.bytes!);
  } catch (error) {
    await plan.placement.abandon();
    throw asOutputError(error, options.archive ?? options.outDir);
  }
  return { status: "staged", staged: { document, placement: plan.placement } };
}

/**
 * Runs `task` over `items`, FILES_IN_FLIGHT at a time, and waits for every one even when some fail: a caller that
 * cleans up after a failure must not race writes still under way. The first failure is then thrown.
 */
async function settleAll<T, R>(items: Iterable<T>, task: (item: T) => Promise<R>): Promise<R[]> {
  try {
    return await pMap(items, task, { concurrency: FILES_IN_FLIGHT, stopOnError: false });
  } catch (error) {
    throw error instanceof AggregateError ? error.errors[0] : error;
  }
}

/**
 * Stage 4b: staged documents made final. Their PDFs when asked (all from one LibreOffice process), their manifests,
 * then each document's files take their final names together. A file that appeared meanwhile (another run) is
 * reported as existing, not as a failure. Whatever happens, nothing stays staged.
 */
export async function completeDocuments(staged: readonly StagedDocument[], options: WriteOptions): Promise<CompleteResult[]> {
  const names = (document: ReportDocument) => documentPaths("", document.baseName);
  const complete = async (document: ReportDocument, placement: Placement, pdf: PdfOutcome | undefined): Promise<CompleteResult> => {
    try {
      if (pdf?.status === "ok") await placement.write(names(document).pdf, pdf.bytes);
      const manifest = manifestOf(document, pdf, { version: options.version, archived: !!options.archive });
      await placement.write(names(document).manifest, manifestBytes(manifest));
      const { folder, version } = await placement.commit();
      const paths = documentPaths(folder, document.baseName);
      const pdfResult = pdf && (pdf.status === "ok" ? { ...pdf, path: paths.pdf } : pdf);
      return { status: "written", paths, ...(pdfResult ? { pdf: pdfResult } : {}), ...(version ? { version } : {}) };
    } catch (error) {
      if (error instanceof TargetExistsError) return { status: "exists", path: error.path };
      // A file-system failure (a full disk) is this document's, with its path: not an internal error, nor the others'.
      const failure = asOutputError(error, options.archive ?? options.outDir);
      if (failure instanceof OutputError) return { status: "failed", error: failure };
      throw failure;
    }
  };
  try {
    // The documents that asked for a PDF, all converted by one LibreOffice process.
    const toConvert = staged.filter(({ document }) => document.conversions.includes("pdf"));
    const converted =
      toConvert.length === 0
        ? []
        : // Imported when there is a PDF to make: it brings Node's child_process, for LibreOffice.
          await (
            await import("../pdf/convert-to-pdf.js")
          ).convertManyToPdf(
            toConvert.map(({ document }) => Buffer.from(document.files.docx)),
            options.archive ?? options.outDir,
            { pdfA: !!options.archive, ...(options.onPdf ? { onConverted: options.onPdf } : {}) },
          );
    const pdfOf = new Map(toConvert.map((item, i) => [item, converted[i]]));
    return await settleAll(staged, (item) => complete(item.document, item.placement, pdfOf.get(item)));
  } finally {
    // Committed placements have nothing staged left: this removes only what a failure left behind.
    await Promise.all(staged.map(({ placement }) => placement.abandon()));
  }
}

/** Staged documents given up (two reports of the same agency and year): their temporary files are removed. */
export const abandonDocuments = (staged: readonly StagedDocument[]): Promise<unknown> =>
  Promise.all(staged.map(({ placement }) => placement.abandon()));

/**
 * Stage 4: write. For each document the .docx, the PDF when asked and the manifest, in the output folder or as a new
 * archive version (stageDocument, then completeDocuments). Nothing is overwritten without `force`.
 */
export async function writeDocuments(documents: readonly ReportDocument[], options: WriteOptions): Promise<WriteResult[]> {
  // Where this run writes (the output folder, or the archive root where PDFs are converted): what killed runs left.
  await removeStaleTemporaries(options.archive ?? options.outDir);
  const stages: (StageResult | undefined)[] = [];
  try {
    await settleAll(documents.entries(), async ([index, document]) => (stages[index] = await stageDocument(document, options)));
  } catch (error) {
    await abandonDocuments(stagedOf(stages));
    throw error;
  }
  const completed = await completeDocuments(stagedOf(stages), options);
  const failed = completed.find((result) => result.status === "failed");
  if (failed) throw failed.error;
  let next = 0;
  return stages.map((stage) => (stage!.status === "staged" ? (completed[next++] as WriteResult) : stage!));
}

/** The documents staged among these stages. */
export const stagedOf = (stages: Iterable<StageResult | CompleteResult | undefined>): StagedDocument[] =>
  [...stages].flatMap((stage) => (stage?.status === "staged" ? [stage.staged] : []));

/** One document: see writeDocuments. */
export async function writeReport(document: ReportDocument, options: WriteOptions): Promise<WriteResult> {
  return (await writeDocuments([document], options))[0];
}
