import type { EditionId } from "../schema/types.js";
import { checkReport, type CheckContext, type CheckResult } from "./check.js";
import { loadReport, type LoadedReport } from "./load.js";
import { defaultTemplatePath, prepareTemplate, type PreparedTemplate, type TemplateVerdict } from "./template.js";
import { documentOf, writeReport, type OutputPaths, type PdfResult, type WriteOptions } from "./write.js";

export interface GenerateOptions extends WriteOptions, CheckContext {
  input: string;
  /** A customised template; the edition's standard template when absent. */
  template?: string;
  /** Templates already prepared, by path: a batch prepares each template once. */
  templates?: Map<string, Promise<PreparedTemplate>>;
}

/** Which report an outcome is about, as far as it could be read. */
export interface ReportIdentity {
  agency?: string;
  year?: number;
  edition: EditionId;
}

interface OutcomeBase {
  input: string;
  report: ReportIdentity;
  result: CheckResult;
}

export type GenerateOutcome = OutcomeBase &
  (
    | { status: "invalid" }
    /** The template fails `nianbao template check` for the report's edition, or lacks a value: nothing is written. */
    | { status: "template-invalid"; template: TemplateVerdict }
    | { status: "exists"; path: string }
    /** Filed in the archive before from the same input as the same document: nothing was written. */
    | { status: "unchanged"; paths: OutputPaths; version: number }
    | { status: "done"; paths: OutputPaths; pdf?: PdfResult; template: TemplateVerdict; /** In an archive. */ version?: number }
  );

export function templateFor(options: Pick<GenerateOptions, "template" | "templates">, edition: EditionId): Promise<PreparedTemplate> {
  const path = options.template ?? defaultTemplatePath(edition);
  const cache = options.templates;
  if (!cache) return prepareTemplate(path, edition);
  const key = `${edition}:${path}`;
  if (!cache.has(key)) cache.set(key, prepareTemplate(path, edition));
  return cache.get(key)!;
}

/** The agency, year and edition a loaded report declares, as far as they could be read. */
export function identityOf(loaded: LoadedReport): ReportIdentity {
  const { values } = loaded.report;
  return {
    agency: typeof values["meta.agency"] === "string" ? values["meta.agency"] : undefined,
    year: typeof values["meta.year"] === "number" ? values["meta.year"] : undefined,
    edition: loaded.edition.id,
  };
}

/** prepare template → render → write, for a report already loaded and checked; nothing is written on errors. */
async function generateLoaded(loaded: LoadedReport, result: CheckResult, options: GenerateOptions): Promise<GenerateOutcome> {
  const base: OutcomeBase = { input: options.input, result, report: identityOf(loaded) };
  if (!result.valid) return { ...base, status: "invalid" };

  const template = await templateFor(options, loaded.edition.id);
  const rendered = template.render(loaded.report);
  if (rendered.status !== "ok") return { ...base, status: "template-invalid", template: rendered.verdict };

  const written = await writeReport(documentOf(loaded, template, rendered.bytes, result.findings, { html: options.html }), options);
  if (written.status !== "written") return { ...base, ...written };
  const { status: _, ...files } = written;
  return { ...base, ...files, status: "done", template: template.verdict };
}

/** load → check → (no errors) → prepare template → render → write. Only an unusable input or template throws. */
export async function generateReport(options: GenerateOptions): Promise<GenerateOutcome> {
  const loaded = await loadReport(options.input);
  return generateLoaded(loaded, checkReport(loaded, options), options);
}
