/**
 * Files dropped on the program (issue 25): Windows starts a program with the dropped files' paths and no command,
 * and 检查.bat / 生成报告.bat start it the same way with NIANBAO_DROP set to check or generate. Each file is
 * checked; a workbook with no error is made into its Word document and web page beside it. The console window
 * Windows opened for it closes when the program ends, so it then waits for a key (only where the keyboard is there).
 */
import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import { CLI_TEXT } from "../i18n/ui-text.js";
import { insideExecutable } from "../io/carried-files.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import type { CliIo, DropMode } from "./io.js";

export interface Dropped {
  mode: DropMode;
  files: string[];
}

/** Published reports are checked only; anything else is taken for a workbook (generate says what it is not). */
const PUBLISHED_EXTENSIONS = new Set([".docx", ".doc", ".html", ".htm", ".pdf", ".wps"]);

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/**
 * Whether the command line is a drop: the .bat files' (any arguments), files alone with no command, or the
 * executable started with nothing at all (double-clicked: it says how to use it instead of flashing past).
 */
export function droppedOf(argv: readonly string[], io: CliIo): Dropped | undefined {
  if (io.dropMode) return { mode: io.dropMode, files: [...argv] };
  if (argv.length === 0) return insideExecutable() ? { mode: "generate", files: [] } : undefined;
  return argv.every((arg) => !arg.startsWith("-") && isFile(resolve(io.cwd, arg))) ? { mode: "generate", files: [...argv] } : undefined;
}

/**
 * Runs the drop through the ordinary commands (`run`, in the file's folder, so that what they write is named as it
 * lies beside the file), one file after another, then waits for a key.
 */
export async function runDropped(dropped: Dropped, io: CliIo, run: (argv: string[], cwd: string) => Promise<ExitCode>): Promise<ExitCode> {
  let worst: ExitCode = EXIT.ok;
  if (dropped.files.length === 0) io.err(CLI_TEXT.dropHint(dropped.mode));
  for (const file of dropped.files) {
    const path = resolve(io.cwd, file);
    io.err(CLI_TEXT.dropFile(basename(path), dirname(path)));
    const checkOnly = dropped.mode === "check" || PUBLISHED_EXTENSIONS.has(extname(path).toLowerCase());
    const code = await run(checkOnly ? ["check", basename(path)] : ["generate", basename(path), "--html", "-o", "."], dirname(path));
    if (!checkOnly && code === EXIT.findings) io.err(CLI_TEXT.dropNotGenerated(dirname(path)));
    worst = Math.max(worst, code) as ExitCode;
  }
  if (io.waitForKey) {
    io.err(CLI_TEXT.pressEnter);
    await io.waitForKey();
  }
  return worst;
}
