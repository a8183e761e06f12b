/**
 * What a report is written as: one row per output format. Writing, the manifest, the archive, verify, the batch, the
 * command's options and the clerk's page walk this table. A new format is a row and its renderer: the texts it needs
 * (OUTPUT_TEXT in src/i18n) are keyed by it, so a missing one does not compile.
 */
import { OUTPUT_TEXT } from "../i18n/ui-text.js";
import { renderHtml } from "../render/html.js";
import type { Report } from "../report/report.js";
import type { EditionDef } from "../schema/types.js";

export interface OutputFormat {
  /** The file name's extension. */
  extension: string;
  /** Its media type, for a download (the clerk's page). */
  mediaType: string;
  /** Its record in the manifest (the .docx's is `output`, as manifests have always named it). */
  manifestKey: string;
  /**
   * How it is made: `template` (the Word document, from the report and its template), `report` (rendered from the
   * report alone by `render`), `conversion` (converted from the Word document by LibreOffice, after the others).
   */
  made: "template" | "report" | "conversion";
  render?: (report: Report, edition: EditionDef) => Uint8Array;
  /** Written only when asked for (`--html`, `--pdf`); the Word document always is. */
  optional: boolean;
  /** Offered by the clerk's page, which runs in a browser: no LibreOffice there. */
  page: boolean;
  /** What the option asking for it says (`--html`), from the catalogue: an optional format without one does not compile. */
  option?: string;
}

export const OUTPUT_FORMATS = {
  docx: {
    extension: "docx",
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    manifestKey: "output",
    made: "template",
    optional: false,
    page: true,
  },
  html: {
    extension: "html",
    mediaType: "text/html",
    manifestKey: "html",
    made: "report",
    render: (report, edition) => new TextEncoder().encode(renderHtml(report, edition)),
    optional: true,
    page: true,
    option: OUTPUT_TEXT.html,
  },
  pdf: {
    extension: "pdf",
    mediaType: "application/pdf",
    manifestKey: "pdf",
    made: "conversion",
    optional: true,
    page: false,
    option: OUTPUT_TEXT.pdf,
  },
} as const satisfies Record<string, OutputFormat & ({ optional: false } | { optional: true; option: string })>;

export type OutputKind = keyof typeof OUTPUT_FORMATS;
export const OUTPUT_KINDS = Object.keys(OUTPUT_FORMATS) as OutputKind[];

/** The formats written only when asked for: each is an option of its own (`{ html: true }`, `--html`). */
export type OptionalKind = { [K in OutputKind]: (typeof OUTPUT_FORMATS)[K]["optional"] extends true ? K : never }[OutputKind];
export const OPTIONAL_KINDS = OUTPUT_KINDS.filter((kind): kind is OptionalKind => OUTPUT_FORMATS[kind].optional);

/** Which optional formats are asked for. */
export type FormatChoice = { [K in OptionalKind]?: boolean };

/** The formats rendered from the report alone (the web page). */
export type ReportKind = { [K in OutputKind]: (typeof OUTPUT_FORMATS)[K]["made"] extends "report" ? K : never }[OutputKind];
export const REPORT_KINDS = OUTPUT_KINDS.filter((kind): kind is ReportKind => OUTPUT_FORMATS[kind].made === "report");

/** The formats a run writes: the Word document, and each optional one asked for. */
export const chosenKinds = (choice: FormatChoice): OutputKind[] =>
  OUTPUT_KINDS.filter((kind) => !OUTPUT_FORMATS[kind].optional || choice[kind as OptionalKind] === true);

/** The files rendered from the report alone, for the formats chosen. */
export function renderReportFormats(report: Report, edition: EditionDef, choice: FormatChoice): Partial<Record<ReportKind, Uint8Array>> {
  const files: Partial<Record<ReportKind, Uint8Array>> = {};
  for (const kind of REPORT_KINDS) if (choice[kind]) files[kind] = OUTPUT_FORMATS[kind].render(report, edition);
  return files;
}
