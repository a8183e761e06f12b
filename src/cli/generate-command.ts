import { relative, resolve } from "node:path";
import { InputError } from "../findings/finding.js";
import { generateReport } from "../pipeline/generate.js";
import { CLI_TEXT } from "../i18n/ui-text.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { formatCheckResult, formatTemplateResult } from "./format-findings.js";
import type { CliIo } from "./io.js";

export interface GenerateArgs {
  file: string;
  output: string;
  template?: string;
  force: boolean;
  pdf: boolean;
}

export async function runGenerate(args: GenerateArgs, io: CliIo, version: string): Promise<ExitCode> {
  const shown = (path: string) => relative(io.cwd, path) || path;
  try {
    const outcome = await generateReport({
      input: resolve(io.cwd, args.file),
      outDir: resolve(io.cwd, args.output),
      template: args.template && resolve(io.cwd, args.template),
      force: args.force,
      pdf: args.pdf,
      today: io.today,
      version,
    });
    io.out(formatCheckResult(outcome.result));
    if (outcome.status === "invalid") {
      io.err(CLI_TEXT.generateRefused);
      return EXIT.findings;
    }
    if (outcome.status === "template-invalid") {
      io.out(formatTemplateResult(shown(outcome.template.file), outcome.report.edition, outcome.template.findings));
      io.err(CLI_TEXT.templateRefused(shown(outcome.template.file)));
      return EXIT.unusable;
    }
    if (outcome.status === "exists") {
      io.err(CLI_TEXT.generateExists(shown(outcome.path)));
      return EXIT.unusable;
    }
    if (outcome.template.findings.length > 0)
      io.out(formatTemplateResult(shown(outcome.template.file), outcome.report.edition, outcome.template.findings));
    io.out(CLI_TEXT.generated(shown(outcome.paths.docx)));
    if (outcome.pdf?.status === "ok" && outcome.pdf.path) {
      io.out(CLI_TEXT.generated(shown(outcome.pdf.path)));
      if (outcome.pdf.fonts.some((font) => !font.installed)) io.out(CLI_TEXT.pdfFonts(outcome.pdf.fonts));
    }
    if (outcome.pdf?.status === "unavailable") io.err(CLI_TEXT.pdfUnavailable);
    if (outcome.pdf?.status === "failed") io.err(CLI_TEXT.pdfFailed(outcome.pdf.reason));
    io.out(CLI_TEXT.generated(shown(outcome.paths.manifest)));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(error.finding.message);
    return EXIT.unusable;
  }
}
