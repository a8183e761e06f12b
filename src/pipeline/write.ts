import { access } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Finding } from "../findings/finding.js";
import { TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { safeFileName } from "../io/file-names.js";
import { sha256 } from "../io/hash.js";
import { convertToPdf, type PdfOutcome } from "../pdf/convert-to-pdf.js";
import type { Report } from "../report/report.js";
import type { LoadedReport } from "./load.js";
import type { Manifest } from "./manifest.js";
import type { PreparedTemplate } from "./template.js";

/** 2026年贺兰县交通运输局政府信息公开工作年度报告: the name reports are published under. */
export function reportBaseName(report: Report): string {
  return `${report.values["meta.year"]}年${safeFileName(String(report.values["meta.agency"] ?? ""))}政府信息公开工作年度报告`;
}

export interface OutputPaths {
  docx: string;
  manifest: string;
  pdf: string;
}

export const outputPathsOf = (report: Report, outDir: string): OutputPaths => {
  const base = join(outDir, reportBaseName(report));
  return { docx: `${base}.docx`, manifest: `${base}.manifest.json`, pdf: `${base}.pdf` };
};

export interface WriteOptions {
  outDir: string;
  force?: boolean;
  pdf?: boolean;
  version: string;
}

export type PdfResult = PdfOutcome & { path?: string };

export type WriteResult = { status: "exists"; path: string } | { status: "written"; paths: OutputPaths; pdf?: PdfResult };

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Stage 4: write. The .docx, the PDF when asked and the manifest; nothing is overwritten without `force`, and a
 * file that appears meanwhile (another run) is reported as existing, not as a failure.
 */
export async function writeReport(
  loaded: LoadedReport,
  docx: Buffer,
  template: PreparedTemplate,
  findings: Finding[],
  options: WriteOptions,
): Promise<WriteResult> {
  const paths = outputPathsOf(loaded.report, options.outDir);
  if (!options.force) {
    for (const path of [paths.docx, paths.manifest, ...(options.pdf ? [paths.pdf] : [])]) {
      if (await exists(path)) return { status: "exists", path };
    }
  }
  try {
    await writeFileAtomic(paths.docx, docx, { overwrite: options.force });
    let pdf: PdfResult | undefined;
    if (options.pdf) {
      pdf = await convertToPdf({ path: paths.docx, bytes: docx }, options.outDir);
      if (pdf.status === "ok") {
        await writeFileAtomic(paths.pdf, pdf.bytes, { overwrite: options.force });
        pdf.path = paths.pdf;
      }
    }
    const manifest: Manifest = {
      tool: { name: "nianbao", version: options.version },
      edition: loaded.edition.id,
      circular: loaded.edition.circular,
      input: { file: basename(loaded.file), sha256: loaded.sha256 },
      template: { file: basename(template.file), sha256: template.sha256 },
      output: { file: basename(paths.docx), sha256: sha256(docx) },
      pdf: pdf?.status === "ok" ? { file: basename(paths.pdf), sha256: sha256(pdf.bytes), fonts: pdf.fonts } : null,
      warnings: findings,
      generatedAt: new Date().toISOString(),
    };
    await writeFileAtomic(paths.manifest, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), { overwrite: options.force });
    return { status: "written", paths, pdf };
  } catch (error) {
    if (error instanceof TargetExistsError) return { status: "exists", path: error.path };
    throw error;
  }
}
