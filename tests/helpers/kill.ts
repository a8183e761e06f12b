/**
 * SIGKILL during `nianbao generate` (issue 10, class 5): what a killed run leaves at the final names must be
 * nothing, or the document with its manifest, which vouches for it. Shared by tests/kill.test.ts and
 * scripts/kill-test.ts (which runs it many times).
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sha256 } from "../../src/io/hash.js";

const CLI = resolve("dist/cli/main.js");

export type KillOutcome = "nothing" | "complete" | "partial";

export interface KilledRun {
  outcome: KillOutcome;
  /** Temporary files the killed run left (cleaned up by the next run once stale). */
  temporaries: number;
  /** Whether the process had already finished when the signal was sent. */
  finished: boolean;
}

/** How long one generate of `input` into `outDir` takes here, start to exit, in milliseconds. */
export async function timeWholeRun(input: string, outDir: string): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [CLI, "generate", input, "-o", outDir], { stdio: "ignore" });
  const code = await new Promise<number | null>((done) => child.on("exit", done));
  if (code !== 0) throw new Error(`generate exited with ${code}`);
  return performance.now() - start;
}

/** Runs generate of `input` into `outDir` in its own process and kills it after `delayMs`. */
export async function killDuring(input: string, outDir: string, delayMs: number): Promise<KilledRun> {
  const child = spawn(process.execPath, [CLI, "generate", input, "-o", outDir], { stdio: "ignore" });
  let finished = false;
  const exited = new Promise<void>((done) => child.on("exit", () => ((finished = true), done())));
  await new Promise((done) => setTimeout(done, delayMs));
  const finishedBeforeKill = finished;
  child.kill("SIGKILL");
  await exited;
  const names = (() => {
    try {
      return readdirSync(outDir);
    } catch {
      return [];
    }
  })();
  const finals = names.filter((name) => !name.startsWith("."));
  const docx = finals.find((name) => name.endsWith(".docx"));
  const manifest = finals.find((name) => name.endsWith(".manifest.json"));
  let outcome: KillOutcome = "partial";
  if (finals.length === 0) outcome = "nothing";
  else if (finals.length === 2 && docx && manifest) {
    const recorded = JSON.parse(readFileSync(join(outDir, manifest), "utf8")) as { output: { sha256: string } };
    if (recorded.output.sha256 === sha256(readFileSync(join(outDir, docx)))) outcome = "complete";
  }
  return { outcome, temporaries: names.length - finals.length, finished: finishedBeforeKill };
}
