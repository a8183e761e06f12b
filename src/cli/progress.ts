import cliProgress from "cli-progress";
import { CLI_TEXT } from "../i18n/ui-text.js";
import type { BatchItem } from "../pipeline/batch.js";
import type { CliIo } from "./io.js";

export interface BatchProgress {
  settled: (item: BatchItem, settled: number, total: number) => void;
  stop: () => void;
}

/**
 * How far a batch is: a bar redrawn on a terminal (count, last file, elapsed, time left), one plain line per report
 * otherwise (a log file, a CI job, a test), so that nothing is lost when stderr is not a screen.
 */
export function batchProgress(io: CliIo, total: number, shown: (path: string) => string): BatchProgress {
  if (!io.progressStream) {
    return {
      settled: (item, settled) => io.err(CLI_TEXT.batchProgressLine(settled, total, shown(item.input), CLI_TEXT.batchStatus[item.status])),
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream: io.progressStream, format: CLI_TEXT.batchProgressBar, hideCursor: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: "" });
  return {
    settled: (item, settled) => bar.update(settled, { file: shown(item.input) }),
    stop: () => bar.stop(),
  };
}
