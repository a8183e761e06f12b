import { resolve } from "node:path";
import { InputError } from "../findings/finding.js";
import { checkFile, summarize } from "../pipeline/check.js";
import { loadReport } from "../pipeline/load.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { formatCheckResult } from "./format-findings.js";
import type { CliIo } from "./io.js";

export async function runCheck(args: { file: string; json: boolean; previous?: string }, io: CliIo): Promise<ExitCode> {
  try {
    const previous = args.previous === undefined ? undefined : await loadReport(resolve(io.cwd, args.previous));
    const { result } = await checkFile(resolve(io.cwd, args.file), { today: io.today, ...(previous ? { previous } : {}) });
    io.out(args.json ? JSON.stringify(result, null, 2) : formatCheckResult(result));
    return result.valid ? EXIT.ok : EXIT.findings;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (args.json) io.out(JSON.stringify(summarize(args.file, null, [error.finding]), null, 2));
    else io.err(error.finding.message);
    return EXIT.unusable;
  }
}
