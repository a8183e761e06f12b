import { relative, resolve } from "node:path";
import { verifyArchive } from "../pipeline/verify.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { formatVerifyResult } from "./format-findings.js";
import type { CliIo } from "./io.js";

/** `nianbao verify DIR`: exit 0 when every file matches its manifest, 1 on any mismatch, 2 when DIR is not a folder. */
export async function runVerify(args: { dir: string; json: boolean }, io: CliIo): Promise<ExitCode> {
  const result = await verifyArchive(resolve(io.cwd, args.dir));
  const shown = { ...result, dir: relative(io.cwd, result.dir) || "." };
  io.out(args.json ? JSON.stringify(shown, null, 2) : formatVerifyResult(shown));
  return result.valid ? EXIT.ok : EXIT.findings;
}
