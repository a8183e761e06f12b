/** SIGKILL at points spread over a `generate` run: nothing, or the document with its manifest (issue 10, class 5). */
import { copyFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removeStaleTemporaries, STALE_AFTER_MS } from "../src/io/atomic-write.js";
import { buildWorkbook, tempDir } from "./helpers/fixtures.js";
import { killDuring, timeWholeRun, type KilledRun } from "./helpers/kill.js";

describe("a generate run killed with SIGKILL", () => {
  it("leaves nothing or a complete document with its manifest, whenever it is killed", async () => {
    const dir = tempDir();
    const input = join(dir, "交通局.xlsx");
    copyFileSync(await buildWorkbook("2021"), input);
    // One whole run first, on this machine under its present load: the kills are spread over it and a little past it,
    // from before the process has loaded anything to after it has written everything.
    const whole = await timeWholeRun(input, join(dir, "whole"));
    const runs: KilledRun[] = [];
    for (let i = 0; i < 12; i++) runs.push(await killDuring(input, join(dir, `出${i}`), (whole * 1.3 * i) / 11));
    console.info(
      `12 kills over a ${whole.toFixed(0)} ms run: ${runs.map((run) => `${run.outcome}${run.finished ? " (finished)" : ""}`).join(", ")}`,
    );
    expect(runs.filter((run) => run.outcome === "partial")).toEqual([]);
    // A run that was killed at once left nothing; a run that had finished left its document with its manifest.
    expect(runs[0].outcome).toBe("nothing");
    expect(runs.filter((run) => run.finished).map((run) => run.outcome)).not.toContain("nothing");
  });
});

describe("temporary files a killed run left", () => {
  it("are removed by the next run once they are stale, and a running run's are kept", async () => {
    const dir = tempDir();
    const stale = join(dir, ".nianbao-0123456789ab.tmp");
    const fresh = join(dir, ".nianbao-ba9876543210.tmp");
    const own = join(dir, ".nianbao-notes.txt");
    for (const path of [stale, fresh, own]) writeFileSync(path, "");
    const old = (Date.now() - STALE_AFTER_MS - 1000) / 1000;
    utimesSync(stale, old, old);
    utimesSync(own, old, old);
    await removeStaleTemporaries(dir);
    expect(readdirSync(dir).sort()).toEqual([".nianbao-ba9876543210.tmp", ".nianbao-notes.txt"]);
  });
});
