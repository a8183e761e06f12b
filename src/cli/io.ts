import { invocationOf } from "./invocation.js";

/** Where a command writes: stdout carries the product (findings, JSON), stderr the messages. Tests capture both. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  today: Date;
  /** How the clerk started the tool (`npx nianbao`, `nianbao`, `node dist/cli/main.js`): hints repeat it. */
  invocation: string;
  /** The stream a progress bar may redraw: stderr when it is a terminal; absent, progress is plain lines on err. */
  progressStream?: NodeJS.WriteStream;
  /**
   * Settles when the process is asked to stop (Ctrl+C, SIGTERM): what a long-running command (serve) waits for.
   * Listening replaces Node's own handling of the signal, so only such a command calls it.
   */
  untilStopped?: () => Promise<unknown>;
}

export const processIo = (): CliIo => ({
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  cwd: process.cwd(),
  today: new Date(),
  invocation: invocationOf(process.argv[1] ?? "nianbao", process.env, process.cwd()),
  ...(process.stderr.isTTY ? { progressStream: process.stderr } : {}),
  untilStopped: () =>
    new Promise((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    }),
});
