/**
 * Hostile and broken input (issue 10): what crashed the command is refused in Chinese with exit 2, in bounded
 * time and memory, and the command never dies with a stack trace. Peak memory and time of the resource cases
 * are printed, never asserted.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonDepth, MAX_JSON_DEPTH } from "../src/input/read-json.js";
import { buildWorkbook, tempDir } from "./helpers/fixtures.js";

const CLI = resolve("dist/cli/main.js");

/** The built command in its own process, with its time and peak memory (GNU time's %M, KiB) when /usr/bin/time is there. */
function measured(args: string[], cwd: string) {
  const start = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, CLI, ...args], { cwd, encoding: "utf8" });
  const ms = performance.now() - start;
  // GNU time adds its own lines: the peak memory last, and a note on a non-zero exit.
  const lines = run.stderr.trimEnd().split("\n");
  const stderr = lines.slice(0, -1).filter((line) => !line.startsWith("Command exited with non-zero status"));
  return { status: run.status, stdout: run.stdout, stderr: stderr.join("\n"), ms, peakMiB: Number(lines.at(-1)) / 1024 };
}

describe("JSON nested thousands of levels deep (class 2)", () => {
  it.each([
    ["inside a field", (depth: number) => `{"meta":{"edition":"2021"},"review":{"upheld":${"[".repeat(depth)}${"]".repeat(depth)}}}`],
    ["inside a narrative", (depth: number) => `{"meta":{"edition":"2021"},"text":{"overview":${"[".repeat(depth)}${"]".repeat(depth)}}}`],
    ["as unknown keys", (depth: number) => `{"meta":{"edition":"2021"},"x":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`],
  ])("%s: check --json prints JSON with the refusal, exit 2", (_, json) => {
    const dir = tempDir();
    writeFileSync(join(dir, "深.json"), json(100_000));
    const run = measured(["check", "深.json", "--json"], dir);
    console.info(`deep JSON (${_}): ${run.ms.toFixed(0)} ms, peak ${run.peakMiB.toFixed(0)} MiB`);
    expect(run.status).toBe(2);
    const result = JSON.parse(run.stdout) as { findings: { code: string; message: string }[] };
    expect(result.findings.map((f) => f.code)).toEqual(["input/json-too-deep"]);
    expect(result.findings[0].message).toBe(
      "文件 深.json 的 JSON 嵌套超过 32 层，不是报告的 JSON 形式（报告最深只有几层）。请检查文件是否正确。",
    );
    expect(run.stderr).toBe("");
  });

  it("counts depth outside strings only, escapes included", () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[{{{"}]}')).toBe(3);
    expect(jsonDepth('{"a":"\\"[[[[","b":[]}')).toBe(2);
    expect(jsonDepth("[".repeat(1000))).toBe(MAX_JSON_DEPTH + 1);
  });
});

describe("output to a pipe closed early (`nianbao check … | head`)", () => {
  it("stops quietly with the check's own exit code, no EPIPE stack trace", async () => {
    const dir = tempDir();
    copyFileSync(await buildWorkbook("2021", {}, { baseline: false }), join(dir, "空白.xlsx"));
    const child = spawn(process.execPath, [CLI, "check", "空白.xlsx"], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // The reader is gone before the first line is written, as when `head` has exited.
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/EPIPE|at |node:/);
  });
});
