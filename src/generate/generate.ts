import { access, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSource } from "../check.js";
import { InputError, makeFinding, type Finding } from "../findings/finding.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { safeFileName } from "../io/file-names.js";
import { buildTemplateData } from "../render/template-data.js";
import { MissingValuesError, renderDocx } from "../render/render-docx.js";
import type { Report } from "../report/report.js";
import type { EditionDef, EditionId } from "../schema/types.js";
import { lintTemplate, type LintedTemplate } from "../templates/lint-template.js";
import { validateSource, type CheckResult } from "../validate/validate.js";
import { sha256 } from "../io/hash.js";
import type { Manifest } from "./manifest.js";
import { convertToPdf, type PdfOutcome } from "../pdf/convert-to-pdf.js";

export interface GenerateOptions {
  input: string;
  outDir: string;
  template?: string;
  force?: boolean;
  pdf?: boolean;
  today?: Date;
  version: string;
}

/** What `template check` says of the template used (warnings travel with a generated report). */
export interface TemplateVerdict {
  file: string;
  findings: Finding[];
}

export type GenerateOutcome =
  | { status: "invalid"; result: CheckResult }
  /** The template fails `nianbao template check` for the report's edition: nothing is written. */
  | { status: "template-invalid"; result: CheckResult; template: TemplateVerdict }
  | { status: "exists"; result: CheckResult; path: string }
  | { status: "done"; result: CheckResult; docx: string; manifest: string; pdf?: PdfOutcome & { path?: string }; template: TemplateVerdict };

export const defaultTemplatePath = (edition: EditionDef["id"]): string => fileURLToPath(new URL(`../../templates/${edition}.docx`, import.meta.url));

/** 2026年贺兰县交通运输局政府信息公开工作年度报告: the name reports are published under. */
export function reportBaseName(report: Report): string {
  return `${report.values["meta.year"]}年${safeFileName(String(report.values["meta.agency"] ?? ""))}政府信息公开工作年度报告`;
}

const exists = (path: string) => access(path).then(() => true, () => false);

function templateError(file: string, detail: string): InputError {
  return new InputError(makeFinding("input/template-invalid", { file }, { file: basename(file), detail }));
}

/**
 * Reads the template and runs on it the checks of `nianbao template check`, for the report's edition: a
 * customised template that lacks a required value or has a mistyped tag is refused before anything is written.
 */
async function prepareTemplate(path: string, edition: EditionId): Promise<{ bytes: Buffer } & LintedTemplate> {
  const bytes = await readFile(path).catch(() => {
    throw new InputError(makeFinding("input/not-found", { file: path }, { file: basename(path) }));
  });
  try {
    return { bytes, ...lintTemplate(bytes, edition) };
  } catch {
    throw new InputError(makeFinding("input/not-docx", { file: path }, { file: basename(path) }));
  }
}

/** workbook → findings → (no errors) → template data → .docx (+ PDF) → manifest; nothing is written on errors. */
export async function generateReport(options: GenerateOptions): Promise<GenerateOutcome> {
  const source = await readSource(options.input);
  const { result, report } = validateSource(source, options.today);
  if (!result.valid) return { status: "invalid", result };

  const templatePath = options.template ?? defaultTemplatePath(source.edition.id);
  const template = await prepareTemplate(templatePath, source.edition.id);
  if (!template.compiled || template.findings.some((f) => f.severity === "error")) {
    return { status: "template-invalid", result, template: { file: templatePath, findings: template.findings } };
  }
  let docx: Buffer;
  try {
    docx = renderDocx(template.compiled, buildTemplateData(report, source.edition));
  } catch (error) {
    if (error instanceof MissingValuesError) throw templateError(templatePath, error.tags.map((t) => `{${t}}`).join("、"));
    throw error;
  }

  const base = join(options.outDir, reportBaseName(report));
  const paths = { docx: `${base}.docx`, manifest: `${base}.manifest.json`, pdf: `${base}.pdf` };
  if (!options.force) {
    for (const path of [paths.docx, paths.manifest, ...(options.pdf ? [paths.pdf] : [])]) {
      if (await exists(path)) return { status: "exists", result, path };
    }
  }
  await writeFileAtomic(paths.docx, docx, { overwrite: options.force });

  let pdf: (PdfOutcome & { path?: string }) | undefined;
  if (options.pdf) {
    pdf = await convertToPdf({ path: paths.docx, bytes: docx }, options.outDir);
    if (pdf.status === "ok") {
      await writeFileAtomic(paths.pdf, pdf.bytes, { overwrite: options.force });
      pdf.path = paths.pdf;
    }
  }

  const manifest: Manifest = {
    tool: { name: "nianbao", version: options.version },
    edition: source.edition.id,
    circular: source.edition.circular,
    input: { file: basename(options.input), sha256: source.sha256 },
    template: { file: basename(templatePath), sha256: sha256(template.bytes) },
    output: { file: basename(paths.docx), sha256: sha256(docx) },
    pdf: pdf?.status === "ok" ? { file: basename(paths.pdf), sha256: sha256(pdf.bytes), fonts: pdf.fonts } : null,
    warnings: result.findings,
    generatedAt: new Date().toISOString(),
  };
  await writeFileAtomic(paths.manifest, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), { overwrite: options.force });
  return { status: "done", result, docx: paths.docx, manifest: paths.manifest, pdf, template: { file: templatePath, findings: template.findings } };
}
