#!/usr/bin/env node
import { CLI_TEXT } from "../i18n/ui-text.js";
import { EXIT } from "./exit-codes.js";
import { processIo } from "./io.js";
import { runCli } from "./run.js";

const io = processIo();
runCli(process.argv.slice(2), io).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // Only a bug of ours gets here: users' mistakes are findings or InputErrors.
    io.err(CLI_TEXT.unexpected(error instanceof Error ? error.message : String(error)));
    process.exitCode = EXIT.unusable;
  },
);
