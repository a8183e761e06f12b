import cliProgress from "cli-progress";
import { CLI_TEXT } from "../i18n/ui-text.js";
import type { PreparedInput } from "../pipeline/prepare.js";
import type { CliIo } from "./io.js";

export interface BatchProgress {
  prepared: (item: PreparedInput, done: number, total: number) => void;
  stop: () => void;
}

/**
 * How far a batch is, in inputs read, checked and rendered (writing them comes after, and is quick): a bar redrawn
 * on a terminal (count, last file, elapsed, time left), one plain line per input otherwise (a log file, a CI job, a
 * test), so that nothing is lost when stderr is not a screen.
 */
export function batchProgress(io: CliIo, total: number, shown: (path: string) => string): BatchProgress {
  if (!io.progressStream) {
    return {
      prepared: (item, done) => io.err(CLI_TEXT.batchProgressLine(done, total, shown(item.input), CLI_TEXT.batchPrepared[item.status])),
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream: io.progressStream, format: CLI_TEXT.batchProgressBar, hideCursor: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: "" });
  return {
    prepared: (item, done) => bar.update(done, { file: shown(item.input) }),
    stop: () => bar.stop(),
  };
}
