#!/usr/bin/env node
import module from "node:module";
import { isSea } from "node:sea";

// Node 22.1 and later keep the code they compile on disk (in the system's temporary folder), so that a later start
// skips compiling the libraries again (issue 25: a cold generate 0.84× → 0.77× on Node 24). Node 20 has no such
// cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Turned on before the command line's modules are imported, so
// that they are cached too.
// The single executable compiles one embedded script, which this cache does not hold.
if (!isSea()) (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// Imported, not awaited at the top level: the single executable (npm run release) runs this module as CommonJS.
void Promise.all([import("../i18n/ui-text.js"), import("./exit-codes.js"), import("./io.js"), import("./run.js")]).then(
  ([{ CLI_TEXT }, { EXIT }, { processIo }, { runCli }]) => {
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
  },
);
