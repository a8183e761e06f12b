import { CLI_TEXT } from "../i18n/ui-text.js";
import type { PreparedInput } from "../pipeline/prepare.js";
import type { CliIo } from "./io.js";

/** What progress is told of an input: the batch's own rows (a subfolder, a link) have the status of a result. */
type ProgressItem = Pick<PreparedInput, "input"> & { status: string };

export interface BatchProgress {
  prepared: (item: ProgressItem, done: number, total: number) => void;
  /** The PDF phase, after every input is prepared: one step per document LibreOffice has converted. */
  pdf: (done: number, total: number) => void;
  stop: () => void;
}

/**
 * How far a batch is, in inputs read, checked and rendered (writing them comes after, and is quick): a bar redrawn
 * on a terminal (count, last file, elapsed, time left), one plain line per input otherwise (a log file, a CI job, a
 * test), so that nothing is lost when stderr is not a screen.
 */
export async function batchProgress(io: CliIo, total: number, shown: (path: string) => string): Promise<BatchProgress> {
  // A prepared input's status (rendered, …) in its progress words, else an entry refused before (unreadable).
  const statusOf = (item: ProgressItem) =>
    CLI_TEXT.batchPrepared[item.status] ?? (CLI_TEXT.batchStatus as Record<string, string>)[item.status];
  if (!io.progressStream) {
    return {
      prepared: (item, done) => io.err(CLI_TEXT.batchProgressLine(done, total, shown(item.input), statusOf(item))),
      pdf: (done, all) => io.err(CLI_TEXT.batchPdfProgress(done, all)),
      stop: () => undefined,
    };
  }
  // Imported for a terminal only: with it comes Node's readline, which a run whose output goes to a file never needs.
  const { default: cliProgress } = await import("cli-progress");
  const bar = new cliProgress.SingleBar(
    { stream: io.progressStream, format: CLI_TEXT.batchProgressBar, hideCursor: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: "" });
  let pdfBar: InstanceType<typeof cliProgress.SingleBar> | undefined;
  return {
    prepared: (item, done) => bar.update(done, { file: shown(item.input) }),
    // A bar of its own for the conversions: the first one's time left would read 0 s while LibreOffice works.
    pdf: (done, all) => {
      if (!pdfBar) {
        bar.stop();
        pdfBar = new cliProgress.SingleBar(
          { stream: io.progressStream, format: CLI_TEXT.batchPdfProgressBar, hideCursor: true, etaBuffer: 20 },
          cliProgress.Presets.shades_classic,
        );
        pdfBar.start(all, 0);
      }
      pdfBar.update(done);
    },
    stop: () => {
      bar.stop();
      pdfBar?.stop();
    },
  };
}
