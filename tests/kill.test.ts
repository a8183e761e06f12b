/** SIGKILL at points spread over a `generate` run: nothing, or the document with its manifest (issue 10, class 5). */
import { copyFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removeStaleTemporaries, STALE_AFTER_MS } from "../src/io/atomic-write.js";
import { buildWorkbook, tempDir } from "./helpers/fixtures.js";
import { killDuring, type KillOutcome } from "./helpers/kill.js";

describe("a generate run killed with SIGKILL", () => {
  it("leaves nothing or a complete document with its manifest, whenever it is killed", { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const input = join(dir, "交通局.xlsx");
    copyFileSync(await buildWorkbook("2021"), input);
    const outcomes: KillOutcome[] = [];
    // From before the process has loaded anything to after it has written everything.
    for (let i = 0; i < 12; i++) outcomes.push((await killDuring(input, join(dir, `出${i}`), 40 + i * 45)).outcome);
    console.info(`12 kills: ${outcomes.join(", ")}`);
    expect(outcomes.filter((outcome) => outcome === "partial")).toEqual([]);
    expect(outcomes).toContain("nothing");
    expect(outcomes).toContain("complete");
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
