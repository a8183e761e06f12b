import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { countBySeverity, makeFinding } from "../findings/finding.js";
import type { EditionId } from "../schema/types.js";
import { lintTemplate } from "../templates/lint-template.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { formatTemplateResult } from "./format-findings.js";
import type { CliIo } from "./io.js";

/** `nianbao template check FILE`: lints an agency's customised template before it is used. */
export async function runTemplateCheck(args: { file: string; edition?: EditionId; json: boolean }, io: CliIo): Promise<ExitCode> {
  const path = resolve(io.cwd, args.file);
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes) {
    io.err(makeFinding("input/not-found", {}, { file: args.file }).message);
    return EXIT.unusable;
  }
  let linted: ReturnType<typeof lintTemplate>;
  try {
    linted = lintTemplate(bytes, args.edition);
  } catch {
    io.err(makeFinding("input/not-docx", {}, { file: basename(path) }).message);
    return EXIT.unusable;
  }
  const stats = countBySeverity(linted.findings);
  if (args.json) io.out(JSON.stringify({ valid: stats.errors === 0, edition: linted.edition, file: basename(path), stats, findings: linted.findings }, null, 2));
  else io.out(formatTemplateResult(basename(path), linted.edition, linted.findings));
  return stats.errors === 0 ? EXIT.ok : EXIT.findings;
}
