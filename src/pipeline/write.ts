import { access } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Finding } from "../findings/finding.js";
import { TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { sha256 } from "../io/hash.js";
import { convertManyToPdf, type PdfOutcome } from "../pdf/convert-to-pdf.js";
import type { EditionId } from "../schema/types.js";
import type { LoadedReport } from "./load.js";
import type { FileRecord, Manifest } from "./manifest.js";
import { documentPaths, reportBaseName, type OutputPaths } from "./paths.js";
import type { PreparedTemplate } from "./template.js";

export { reportBaseName, outputPathsOf, type OutputPaths } from "./paths.js";

/** A report rendered and ready to be written: everything the files and the manifest need, and nothing else. */
export interface ReportDocument {
  year: number;
  agency: string;
  baseName: string;
  edition: EditionId;
  circular: string;
  /** The input as it was validated; its bytes are kept for the archive's copy. */
  source: FileRecord & { bytes?: Uint8Array };
  template: FileRecord;
  docx: Uint8Array;
  /** What the check said (warnings and hints), recorded in the manifest. */
  findings: Finding[];
}

export function documentOf(loaded: LoadedReport, template: PreparedTemplate, docx: Uint8Array, findings: Finding[]): ReportDocument {
  const { values } = loaded.report;
  return {
    year: values["meta.year"] as number,
    agency: String(values["meta.agency"] ?? ""),
    baseName: reportBaseName(loaded.report),
    edition: loaded.edition.id,
    circular: loaded.edition.circular,
    source: { file: basename(loaded.file), sha256: loaded.sha256, bytes: loaded.bytes },
    template: { file: basename(template.file), sha256: template.sha256 },
    docx,
    findings,
  };
}

export interface WriteOptions {
  outDir: string;
  /** File each report in this archive (DIR/<year>/<agency>/vN/) instead of the output folder. */
  archive?: string;
  force?: boolean;
  pdf?: boolean;
  version: string;
}

export type PdfResult = PdfOutcome & { path?: string };

export type WriteResult =
  | { status: "exists"; path: string }
  /** The archive's latest version was made from the same input and is the same document: nothing was written. */
  | { status: "unchanged"; paths: OutputPaths; version: number }
  | { status: "written"; paths: OutputPaths; pdf?: PdfResult; /** In an archive. */ version?: number };

/**
 * Where one document's files go. The output folder writes each file atomically under its final name; the archive
 * writes them in a staging folder that becomes the new version in one rename (archive.ts).
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
    for (const path of [paths.docx, paths.manifest, ...(options.pdf ? [paths.pdf] : [])]) {
      if (await exists(path)) return { status: "exists", path };
    }
  }
  const placement: Placement = {
    write: (name, bytes) => writeFileAtomic(join(options.outDir, name), bytes, { overwrite: options.force }),
    commit: async () => ({ folder: options.outDir }),
    abandon: async () => undefined,
  };
  return { status: "place", placement };
}

function manifestOf(document: ReportDocument, pdf: PdfOutcome | undefined, options: WriteOptions): Manifest {
  const names = documentPaths("", document.baseName);
  const input = { file: document.source.file, sha256: document.source.sha256 };
  return {
    tool: { name: "nianbao", version: options.version },
    edition: document.edition,
    circular: document.circular,
    input,
    template: document.template,
    output: { file: names.docx, sha256: sha256(document.docx) },
    pdf:
      pdf?.status === "ok"
        ? { file: names.pdf, sha256: sha256(pdf.bytes), fonts: pdf.fonts, ...(options.archive ? { pdfA: true } : {}) }
        : null,
    ...(options.archive ? { source: input } : {}),
    warnings: document.findings,
    generatedAt: new Date().toISOString(),
  };
}

/**
 * Stage 4: write. For each document the .docx, the PDF when asked (all PDFs of a call from one LibreOffice process)
 * and the manifest, in the output folder or as a new archive version. Nothing is overwritten without `force`, and a
 * file that appears meanwhile (another run) is reported as existing, not as a failure.
 */
export async function writeDocuments(documents: readonly ReportDocument[], options: WriteOptions): Promise<WriteResult[]> {
  const results: WriteResult[] = [];
  const settle = (index: number, result: WriteResult) => (results[index] = result);
  // The archive (and the manifest reader it needs) is loaded only when a report is archived.
  const archive = options.archive ? await import("./archive.js") : undefined;
  const placed: { index: number; document: ReportDocument; placement: Placement }[] = [];
  for (const [index, document] of documents.entries()) {
    const plan = options.archive
      ? await archive!.archivePlacement(options.archive, document, options)
      : await outputPlacement(document, options);
    if (plan.status === "place") placed.push({ index, document, placement: plan.placement });
    else settle(index, plan);
  }
  const names = (document: ReportDocument) => documentPaths("", document.baseName);
  try {
    const written = [];
    for (const entry of placed) {
      const { document, placement } = entry;
      try {
        await placement.write(names(document).docx, document.docx);
        if (options.archive) await placement.write(document.source.file, document.source.bytes!);
        written.push(entry);
      } catch (error) {
        if (!(error instanceof TargetExistsError)) throw error;
        await placement.abandon();
        settle(entry.index, { status: "exists", path: error.path });
      }
    }
    const pdfs = options.pdf
      ? await convertManyToPdf(
          written.map(({ document }) => Buffer.from(document.docx)),
          options.archive ?? options.outDir,
          { pdfA: !!options.archive },
        )
      : [];
    for (const [i, { index, document, placement }] of written.entries()) {
      const pdf = pdfs[i];
      try {
        if (pdf?.status === "ok") await placement.write(names(document).pdf, pdf.bytes);
        const manifest = manifestOf(document, pdf, options);
        await placement.write(names(document).manifest, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
        const { folder, version } = await placement.commit();
        const paths = documentPaths(folder, document.baseName);
        const pdfResult = pdf && (pdf.status === "ok" ? { ...pdf, path: paths.pdf } : pdf);
        settle(index, { status: "written", paths, ...(pdfResult ? { pdf: pdfResult } : {}), ...(version ? { version } : {}) });
      } catch (error) {
        if (!(error instanceof TargetExistsError)) throw error;
        settle(index, { status: "exists", path: error.path });
      }
    }
  } finally {
    // A failure part-way leaves no staging folder behind; committed ones are no longer staging.
    await Promise.all(placed.map(({ placement }) => placement.abandon()));
  }
  return results;
}

/** One document: see writeDocuments. */
export async function writeReport(document: ReportDocument, options: WriteOptions): Promise<WriteResult> {
  return (await writeDocuments([document], options))[0];
}
