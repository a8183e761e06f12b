import { basename, resolve } from "node:path";
import { checkTemplate } from "../pipeline/template.js";
import type { EditionId } from "../schema/types.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { formatTemplateResult } from "./format-findings.js";
import type { CliIo } from "./io.js";

/** `nianbao template check FILE`: lints an agency's customised template before it is used. */
export async function runTemplateCheck(args: { file: string; edition?: EditionId; json: boolean }, io: CliIo): Promise<ExitCode> {
  const verdict = await checkTemplate(resolve(io.cwd, args.file), args.edition);
  if (args.json) io.out(JSON.stringify({ ...verdict, file: basename(verdict.file) }, null, 2));
  else io.out(formatTemplateResult(basename(verdict.file), verdict.edition, verdict.findings));
  return verdict.valid ? EXIT.ok : EXIT.findings;
}
