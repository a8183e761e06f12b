/** A report rendered and ready to be written or downloaded: pure, shared by the command line and the page. */
import type { Finding } from "../findings/finding.js";
import { baseName } from "../values/base-name.js";
import { sha256 } from "../io/hash.js";
import type { PdfOutcome } from "../pdf/font-plan.js";
import type { EditionId } from "../schema/types.js";
import type { LoadedReport } from "./load-bytes.js";
import type { FileRecord, Manifest } from "./manifest.js";
import { documentNames, reportBaseName, sourceCopyName } from "./document-names.js";
import type { PreparedTemplate } from "./prepared-template.js";
import {
  chosenKinds,
  OUTPUT_FORMATS,
  OUTPUT_KINDS,
  renderReportFormats,
  type FormatChoice,
  type OutputKind,
  type ReportKind,
} from "../outputs/formats.js";

/** The formats converted from the Word document while writing (the PDF). */
export type ConversionKind = Exclude<OutputKind, ReportKind | "docx">;

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
  /** The files made before writing: the Word document, and each format rendered from the report that was asked for. */
  files: { docx: Uint8Array } & Partial<Record<ReportKind, Uint8Array>>;
  /** The formats asked for that are converted while writing (the PDF). */
  conversions: ConversionKind[];
  /** What the check said (warnings and hints), recorded in the manifest. */
  findings: Finding[];
}

export function documentOf(
  loaded: LoadedReport,
  template: PreparedTemplate,
  docx: Uint8Array,
  findings: Finding[],
  formats: FormatChoice = {},
): ReportDocument {
  const { values } = loaded.report;
  const conversions = chosenKinds(formats).filter((kind): kind is ConversionKind => OUTPUT_FORMATS[kind].made === "conversion");
  return {
    year: values["meta.year"] as number,
    agency: String(values["meta.agency"] ?? ""),
    baseName: reportBaseName(loaded.report),
    edition: loaded.edition.id,
    circular: loaded.edition.circular,
    source: { file: baseName(loaded.file), sha256: loaded.sha256, bytes: loaded.bytes },
    template: { file: baseName(template.file), sha256: template.sha256 },
    files: { docx, ...renderReportFormats(loaded.report, loaded.edition, formats) },
    conversions,
    findings,
  };
}

/** What the manifest says of how the document was made: by which version, and whether it was archived. */
export interface ManifestContext {
  version: string;
  archived: boolean;
}

export function manifestOf(document: ReportDocument, pdf: PdfOutcome | undefined, options: ManifestContext): Manifest {
  const names = documentNames(document.baseName);
  const input = { file: document.source.file, sha256: document.source.sha256 };
  // Every format has its record: the file's, or null when it was not written.
  const records = Object.fromEntries(
    OUTPUT_KINDS.map((kind) => {
      const bytes = document.files[kind as keyof ReportDocument["files"]];
      return [OUTPUT_FORMATS[kind].manifestKey, bytes ? { file: names[kind], sha256: sha256(bytes) } : null];
    }),
  );
  return {
    tool: { name: "nianbao", version: options.version },
    edition: document.edition,
    circular: document.circular,
    input,
    template: document.template,
    ...records,
    output: { file: names.docx, sha256: sha256(document.files.docx) },
    pdf:
      pdf?.status === "ok"
        ? { file: names.pdf, sha256: sha256(pdf.bytes), fonts: pdf.fonts, ...(options.archived ? { pdfA: true } : {}) }
        : null,
    ...(options.archived ? { source: { ...input, file: sourceCopyName(input.file, document.baseName) } } : {}),
    warnings: document.findings,
    generatedAt: new Date().toISOString(),
  };
}

/** A manifest as its file holds it: indented JSON and a final newline. */
export const manifestBytes = (manifest: Manifest): Uint8Array => new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
