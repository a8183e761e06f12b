import type { FormatChoice } from "../outputs/formats.js";
import { inputError, isPublishedKind } from "../input/classify.js";
import { countBySeverity, InputError, type Finding } from "../findings/finding.js";
import { keyFigures } from "../workbook/summary.js";
import { checkReport, type CheckContext } from "./check.js";
import { identityOf, templateFor, type ReportIdentity } from "./generate.js";
import { loadBytes, loadReport, type LoadedReport } from "./load.js";
import type { PreparedTemplate, TemplateVerdict } from "./template.js";
import { documentOf, type ReportDocument } from "./write.js";

/** `html`, `pdf`: the formats asked for besides the Word document. */
export interface PrepareOptions extends CheckContext, FormatChoice {
  /** A customised template; the edition's standard template when absent. */
  template?: string;
  /** Keep the input's bytes with the document (for the archive's copy). */
  keepSource?: boolean;
}

/** One input read, checked and, when valid, rendered: the part of a batch that needs no other input. */
export interface PreparedInput {
  input: string;
  status: "unreadable" | "invalid" | "template-invalid" | "rendered" | "published";
  /** Agency, year and edition, when the input could be read. */
  report?: ReportIdentity;
  /** The summary's key figures (schema/summary.ts), when the input could be read. */
  figures?: Record<string, number>;
  /** Errors and warnings of the check and of the template together. */
  errors: number;
  warnings: number;
  /** What the check found. */
  findings: Finding[];
  /** The template's verdict, when one was used: its findings are listed apart from the report's. */
  template?: TemplateVerdict;
  document?: ReportDocument;
}

function prepared(input: string, status: PreparedInput["status"], findings: Finding[], read: Partial<PreparedInput> = {}): PreparedInput {
  const { errors, warnings } = countBySeverity([...findings, ...(read.template?.findings ?? [])]);
  return { input, status, ...read, errors, warnings, findings };
}

/**
 * load → check → render, for one input of a batch; nothing is written. Data in, data out (structured-cloneable),
 * so that it runs the same on a worker thread. Only a bug throws: an unusable input is a finding.
 */
export async function prepareInput(
  input: string,
  options: PrepareOptions,
  templates: Map<string, Promise<PreparedTemplate>>,
  /** The input's bytes, when they came otherwise than as a file (an upload to the desk): `input` is then its name. */
  bytes?: Uint8Array,
): Promise<PreparedInput> {
  const load = bytes ? () => loadBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), input) : () => loadReport(input);
  try {
    return await prepareOne(input, load, options, templates);
  } catch (error) {
    // A failure no reader foresaw (a bug, a file built to break one) is this input's row, never the end of a batch.
    const detail = error instanceof Error ? error.message : String(error);
    return prepared(input, "unreadable", [inputError("input/unexpected", input, { detail }).finding]);
  }
}

async function prepareOne(
  input: string,
  load: () => Promise<LoadedReport>,
  options: PrepareOptions,
  templates: Map<string, Promise<PreparedTemplate>>,
): Promise<PreparedInput> {
  let loaded;
  try {
    loaded = await load();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return prepared(input, "unreadable", [error.finding]);
  }
  const result = checkReport(loaded, options);
  const read = { report: identityOf(loaded), figures: keyFigures(loaded.edition, loaded.report.values) };
  // A published report is checked as check checks it; a batch generates reports from workbooks and JSON only.
  if (isPublishedKind(loaded.kind)) return prepared(input, "published", result.findings, read);
  if (!result.valid) return prepared(input, "invalid", result.findings, read);
  const template = await templateFor({ ...options, templates }, loaded.edition.id);
  const rendered = template.render(loaded.report);
  if (rendered.status !== "ok") return prepared(input, "template-invalid", result.findings, { ...read, template: rendered.verdict });
  const document = documentOf(loaded, template, rendered.bytes, result.findings, options);
  if (!options.keepSource) delete document.source.bytes;
  return prepared(input, "rendered", result.findings, { ...read, template: template.verdict, document });
}
