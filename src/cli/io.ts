import { isSea } from "node:sea";
import { invocationOf } from "./invocation.js";

/** What 检查.bat and 生成报告.bat ask of files dropped on them (NIANBAO_DROP): check them, or make their reports. */
export type DropMode = "check" | "generate";
const DROP_MODES: readonly string[] = ["check", "generate"] satisfies DropMode[];

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
  /** Set by 检查.bat and 生成报告.bat: the arguments are files dropped on them (drop-command.ts). */
  dropMode?: DropMode;
  /** Settles when a key is pressed; absent where there is no keyboard (standard input not a terminal). */
  waitForKey?: () => Promise<void>;
}

/** Settles on Enter (a console reads by lines) or when the input ends, and stops reading it again. */
export const nextLine = (input: NodeJS.ReadableStream): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      input.off("data", done).off("end", done);
      input.pause();
      resolve();
    };
    input.on("data", done).on("end", done).resume();
  });

export const processIo = (): CliIo => ({
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  cwd: process.cwd(),
  today: new Date(),
  invocation: invocationOf(process.argv[1] ?? "nianbao", process.env, process.cwd(), isSea()),
  ...(process.stderr.isTTY ? { progressStream: process.stderr } : {}),
  ...(DROP_MODES.includes(process.env.NIANBAO_DROP ?? "") ? { dropMode: process.env.NIANBAO_DROP as DropMode } : {}),
  ...(process.stdin.isTTY ? { waitForKey: () => nextLine(process.stdin) } : {}),
  untilStopped: () =>
    new Promise((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    }),
});
