import { relative } from "node:path";
import { CLI_TEXT } from "../i18n/ui-text.js";
import { initWorkbook } from "../pipeline/init.js";
import { EDITIONS } from "../schema/editions.js";
import type { EditionId } from "../schema/types.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";

export async function runInit(
  args: { year?: string; agency?: string; from?: string; edition?: EditionId; created?: string; output?: string },
  io: CliIo,
): Promise<ExitCode> {
  const outcome = await initWorkbook({ ...args, cwd: io.cwd, today: io.today });
  if (outcome.status === "refused") {
    io.err(outcome.message);
    return EXIT.unusable;
  }
  const { id, circular } = EDITIONS[outcome.edition];
  if (outcome.carried) {
    io.err(CLI_TEXT.initFrom(args.from!, outcome.carried.length));
    for (const { label, value } of outcome.carried)
      io.err(Array.isArray(value) ? CLI_TEXT.initCarriedNarrative(label, value.length) : CLI_TEXT.initCarried(label, String(value)));
    if (outcome.carried.some(({ id: field }) => field.endsWith(".inForce"))) io.err(CLI_TEXT.initInForce);
    for (const { label, value, finding } of outcome.dropped ?? []) io.err(CLI_TEXT.initDropped(label, String(value), finding.message));
  }
  io.err(CLI_TEXT.initWritten(relative(io.cwd, outcome.path) || outcome.path, id, circular, io.invocation, !!outcome.carried));
  return EXIT.ok;
}
