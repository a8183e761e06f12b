/**
 * Issue 10, class 5, at scale: `npx tsx scripts/kill-test.ts [runs]` (default 60) kills `nianbao generate` with
 * SIGKILL at random moments across a run and reports what each killed run left: nothing, the document with its
 * manifest, or anything else (a failure). Needs the built command (npm run build). Prints the distribution.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { buildWorkbook, tempDir } from "../tests/helpers/fixtures.js";
import { killDuring, timeWholeRun, type KillOutcome } from "../tests/helpers/kill.js";

const runs = Number(process.argv[2] ?? 60);
const dir = tempDir("nianbao-kill-");
const input = join(dir, "交通局.xlsx");
copyFileSync(await buildWorkbook("2021"), input);

// How long an unkilled run takes here: kills are spread up to a little past it.
const whole = await timeWholeRun(input, join(dir, "whole"));

const counts: Record<KillOutcome, number> = { nothing: 0, complete: 0, partial: 0 };
let temporaries = 0;
let finished = 0;
for (let i = 0; i < runs; i++) {
  // Half over the whole run, half over its last fifth, where the files are written.
  const delay = i % 2 === 0 ? Math.random() * whole * 1.1 : whole * (0.85 + Math.random() * 0.25);
  const run = await killDuring(input, join(dir, `out-${i}`), delay);
  counts[run.outcome]++;
  temporaries += run.temporaries;
  if (run.finished) finished++;
  if (run.outcome === "partial") console.log(`partial after ${delay.toFixed(0)} ms: out-${i}`);
}
console.log(
  `${runs} kills over a ${whole.toFixed(0)} ms run: ${counts.nothing} left nothing, ${counts.complete} a complete document with its ` +
    `manifest, ${counts.partial} anything else; ${temporaries} temporary files left (removed by a later run once stale); ` +
    `${finished} runs had finished before the signal.`,
);
process.exitCode = counts.partial > 0 ? 1 : 0;
