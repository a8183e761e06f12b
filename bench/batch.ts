/**
 * `npm run bench` (second part): a county's batch. For N distinct valid workbooks (N = 1, 100, 1000) it measures, in
 * the same run, the floor (reading a workbook with exceljs, plus unzipping and re-zipping the template: what any
 * tool must do per report), the batch through the built command on one thread and on every core, and the cold runs
 * of single commands. Per-report figures are medians; peak memory is the child process's maximum resident set.
 * Figures, not assertions: tests never time anything.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { distinctWorkbooks as workbooksInto } from "../tests/helpers/distinct-workbooks.js";
import { tempDir } from "../tests/helpers/temp.js";
import { peerTemplate } from "./peer-template.js";

const CLI = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const TEMPLATE = readFileSync(new URL("../templates/2021.docx", import.meta.url));
const PEER = fileURLToPath(new URL("./peer/peer.py", import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fixed = (x: number, digits = 1) => x.toFixed(digits);

/** N workbooks of N agencies, in a folder removed when the script exits (tests/helpers/temp.ts). */
async function distinctWorkbooks(count: number): Promise<string> {
  const dir = tempDir(`nianbao-bench-${count}-`);
  await workbooksInto(join(dir, "in"), count);
  return dir;
}

/** The floor per report: exceljs reading one workbook from disk, and the template unzipped and zipped again. */
async function floorMs(dir: string, count: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < Math.min(count, 100) + 5; i++) {
    const start = performance.now();
    const bytes = readFileSync(join(dir, "in", `${String((i % count) + 1).padStart(4, "0")}.xlsx`));
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    const zip = new PizZip(TEMPLATE);
    for (const name of Object.keys(zip.files)) zip.file(name)!.asUint8Array();
    zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
    if (i >= 5) samples.push(performance.now() - start); // the first few warm the JIT
  }
  return median(samples);
}

/** A whole `nianbao` process: wall time and peak memory (GNU time's %M, KiB). */
function timed(args: string[], cwd: string): { ms: number; rssMiB: number; status: number | null } {
  const start = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, CLI, ...args], { cwd, encoding: "utf8" });
  const ms = performance.now() - start;
  const rssKiB = Number(run.stderr.trim().split("\n").at(-1));
  return { ms, rssMiB: rssKiB / 1024, status: run.status };
}

const cores = availableParallelism();
console.log(`machine: ${cores} cores, node ${process.version}`);

const single = await distinctWorkbooks(1);
{
  const bare = Array.from({ length: 7 }, () => {
    const start = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    return performance.now() - start;
  });
  console.log(`cold ${"node -e 0 (bare)".padEnd(22)} median ${fixed(median(bare))} ms  (7 runs)`);
}
const cold = (label: string, args: string[]) => {
  const runs = Array.from({ length: 7 }, (_, i) =>
    timed(
      args.map((a) => a.replace("{out}", `out-${label}-${i}`)),
      single,
    ),
  );
  console.log(`cold ${label.padEnd(22)} median ${fixed(median(runs.map((r) => r.ms)))} ms  (7 runs, exit ${runs[0].status})`);
};
cold("nianbao --version", ["--version"]);
cold("nianbao --help", ["--help"]);
cold("nianbao check", ["check", "in/0001.xlsx"]);
cold("nianbao generate", ["generate", "in/0001.xlsx", "-o", "{out}"]);

/**
 * The Python peer side by side (bench/peer/peer.py: openpyxl and docxtpl from Debian's python3-openpyxl and
 * python3-docxtpl), when this machine has it: a cold run on the same workbook, and its cost per report over 100.
 */
const PYTHON = "/usr/bin/python3";
if (spawnSync(PYTHON, ["-c", "import docxtpl, openpyxl"]).status === 0) {
  const template = join(single, "peer-2021.docx");
  writeFileSync(template, peerTemplate(TEMPLATE));
  const peer = (inputs: string[]) =>
    spawnSync(PYTHON, [PEER, template, join(single, "peer-out"), ...inputs], { cwd: single, encoding: "utf8" });
  const runs = Array.from({ length: 7 }, () => {
    const start = performance.now();
    const run = peer(["in/0001.xlsx"]);
    return { ms: performance.now() - start, status: run.status };
  });
  console.log(
    `cold ${"python peer generate".padEnd(22)} median ${fixed(median(runs.map((r) => r.ms)))} ms  (7 runs, exit ${runs[0].status})`,
  );
  const hundred = await distinctWorkbooks(100);
  const perReport = peer(Array.from({ length: 100 }, (_, i) => join(hundred, "in", `${String(i + 1).padStart(4, "0")}.xlsx`)))
    .stdout.trim()
    .split("\n")
    .map(Number);
  console.log(`python peer, in one process: median ${fixed(median(perReport.slice(5)))} ms/report (100 workbooks)`);
} else {
  console.log("python peer: not installed here (apt-get install python3-docxtpl python3-openpyxl)");
}

for (const count of [1, 100, 1000]) {
  const dir = count === 1 ? single : await distinctWorkbooks(count);
  // The machine's speed drifts (a shared virtual machine): the floor is measured before and after the batch runs.
  const floorBefore = await floorMs(dir, count);
  const runs: [string, ReturnType<typeof timed>][] = [["generate, 1 thread", timed(["generate", "in", "-o", "out-1", "--jobs", "1"], dir)]];
  if (cores > 1) runs.push([`generate, ${cores} threads`, timed(["generate", "in", "-o", `out-${cores}`, "--jobs", String(cores)], dir)]);
  const floorAfter = await floorMs(dir, count);
  const floor = (floorBefore + floorAfter) / 2;
  const line = (label: string, run: ReturnType<typeof timed>) => {
    const perReport = run.ms / count;
    console.log(
      `N=${String(count).padEnd(5)} ${label.padEnd(26)} ${fixed(run.ms / 1000, 2)} s wall, ${fixed(perReport)} ms/report, ` +
        `${fixed((count * 1000) / run.ms)} reports/s, peak rss ${fixed(run.rssMiB, 0)} MiB, ${fixed(perReport / floor, 2)}× floor (exit ${run.status})`,
    );
  };
  console.log(
    `N=${String(count).padEnd(5)} floor (read + template zip)   ${fixed(floor, 2)} ms/report (${fixed(floorBefore, 2)} before, ${fixed(floorAfter, 2)} after)`,
  );
  for (const [label, run] of runs) line(label, run);
}
