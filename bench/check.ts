/**
 * `npm run bench`: how long `check` takes on one filled workbook, and what it costs in memory.
 * Figures, not assertions: tests never time anything.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkFile, checkReport } from "../src/pipeline/check.js";
import { loadReport } from "../src/pipeline/load.js";
import { generateReport, type GenerateOptions } from "../src/pipeline/generate.js";
import { EDITIONS } from "../src/schema/index.js";
import { buildBlankWorkbook } from "../src/workbook/write-blank.js";
import { buildWorkbook, TODAY } from "../tests/helpers/fixtures.js";
import { tempDir } from "../tests/helpers/temp.js";
import { hasSharedCorpus, sharedCorpusFile } from "../tests/helpers/shared-corpus.js";
import { EDITION_IDS } from "../src/schema/editions.js";

const RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function time(label: string, runs: number, run: () => Promise<unknown> | unknown): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(ms(start));
  }
  console.log(
    `${label.padEnd(44)} median ${median(samples).toFixed(2)} ms  min ${Math.min(...samples).toFixed(2)}  max ${Math.max(...samples).toFixed(2)}  (n=${runs})`,
  );
}

for (const edition of EDITION_IDS) {
  const file = await buildWorkbook(edition);
  console.log(
    `edition ${edition}: filled workbook ${(statSync(file).size / 1024).toFixed(1)} KiB, ${EDITIONS[edition].fields.length} fields`,
  );
  await time(`  checkFile (library, in-process)`, RUNS, () => checkFile(file, { today: TODAY }));
  await time(`  init: build + serialise blank workbook`, RUNS, () =>
    buildBlankWorkbook(EDITIONS[edition], { agency: "某局", year: 2026 }).xlsx.writeBuffer(),
  );
}

const cli = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const file = await buildWorkbook("2021");
await time("nianbao check (whole process, built CLI)", 7, () => {
  const run = spawnSync(process.execPath, [cli, "check", file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr || run.stdout);
});

// generate: validate + render + write, in-process, on the 2021 example (no PDF); then with the template prepared
// (read, checked, compiled) once and shared, as a batch will.
const generateExample = (extra: Partial<GenerateOptions> = {}) =>
  generateReport({
    input: "inputs/2025-示范市自然资源局.xlsx",
    outDir: tempDir("nianbao-bench-"),
    today: TODAY,
    version: "bench",
    ...extra,
  });
await time("generateReport 2021 example (no PDF)", RUNS, () => generateExample());
// The check stage alone on a report already loaded: the rules, without reading the file.
const loaded = await loadReport(file);
await time("checkReport (rules only, report loaded)", RUNS, () => checkReport(loaded, { today: TODAY }));
// Published reports (issue 11): reading a portal page and a .docx, then every rule; and writing the web page.
const published = await generateExample({ html: true });
if (published.status !== "generated") throw new Error(published.status);
// A real portal page, from ../shared/corpus/ (never copied into the repository): measured where it is.
if (hasSharedCorpus)
  await time("checkFile published page (Shanghai 2019, .html)", RUNS, () =>
    checkFile(sharedCorpusFile("html/shanghai-office-2019.html"), { today: TODAY }),
  );
else console.log("checkFile published page (Shanghai 2019, .html): skipped, ../shared/corpus is absent here");
await time("checkFile published .docx (generated 2021 example)", RUNS, () => checkFile(published.paths.docx, { today: TODAY }));
await time("checkFile published .html (generated 2021 example)", RUNS, () => checkFile(published.paths.html, { today: TODAY }));
await time("nianbao check REPORT.html (whole process)", 7, () => {
  const run = spawnSync(process.execPath, [cli, "check", published.paths.html], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr || run.stdout);
});
const loadedExample = await loadReport("inputs/2025-示范市自然资源局.xlsx");
const { renderHtml } = await import("../src/render/html.js");
await time("renderHtml (2021 example, report loaded)", RUNS, () => renderHtml(loadedExample.report, loadedExample.edition));

// Removed when the script exits (tests/helpers/temp.ts), as everything else it writes.
const docxOut = tempDir("nianbao-bench-");
await time("nianbao generate --pdf (whole process)", 3, () => {
  const out = mkdtempSync(join(docxOut, "run-"));
  const run = spawnSync(process.execPath, [cli, "generate", "inputs/2025-示范市自然资源局.xlsx", "-o", out, "--pdf"], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr || run.stdout);
});
const after = process.memoryUsage();
console.log(`memory at the end: rss ${(after.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(after.heapUsed / 2 ** 20).toFixed(0)} MiB`);
