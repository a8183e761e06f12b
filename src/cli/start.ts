/**
 * The command line as a process runs it: its arguments, its streams, its exit code. main.ts starts it, in the package
 * and in the single executables alike, once the compile cache is on.
 */
import { CLI_TEXT } from "../i18n/ui-text.js";
import { EXIT } from "./exit-codes.js";
import { processIo } from "./io.js";
import { runCli } from "./run.js";

export function runProcess(): Promise<unknown> {
  // `nianbao check … | head`: once the reader has gone, whatever is left to print has nowhere to go. Stop quietly
  // (the shell's own convention for a closed pipe) instead of dying on an unhandled EPIPE with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  const io = processIo();
  return runCli(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      // Only a bug of ours gets here: users' mistakes are findings or InputErrors.
      io.err(CLI_TEXT.unexpected(error instanceof Error ? error.message : String(error)));
      process.exitCode = EXIT.unusable;
    },
  );
}
