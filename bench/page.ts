/**
 * `npm run bench`, the clerk's page (issue 20): its size, raw and gzipped, the time from opening it until it is
 * ready, and check and generate of the 2021 example inside it (Chromium, headless), beside the command line's
 * in-process times for the same file. Figures, not assertions.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { checkFile } from "../src/pipeline/check.js";
import { generateReport } from "../src/pipeline/generate.js";
import { chromiumPath, launchChromium } from "../tests/helpers/browser.js";
import { TODAY } from "../tests/helpers/fixtures.js";
import { tempDir } from "../tests/helpers/temp.js";

const EXAMPLE = "inputs/2025-示范市自然资源局.xlsx";
const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (label: string, samples: number[]) =>
  console.log(
    `${label.padEnd(44)} median ${median(samples).toFixed(0)} ms  min ${Math.min(...samples).toFixed(0)}  max ${Math.max(...samples).toFixed(0)}  (n=${samples.length})`,
  );

async function timed(runs: number, run: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const page = readFileSync("dist/web/nianbao.html");
console.log(
  `page dist/web/nianbao.html: ${(page.length / 1024 / 1024).toFixed(2)} MB raw, ${(gzipSync(page, { level: 9 }).length / 1024).toFixed(0)} KB gzipped (aim: ≤ 2.5 MB, ≤ 800 KB)`,
);

line("checkFile 2021 example (library, in-process)", await timed(RUNS, () => checkFile(EXAMPLE, { today: TODAY })));
line(
  "generateReport 2021 example (in-process)",
  await timed(RUNS, () => generateReport({ input: EXAMPLE, outDir: tempDir("nianbao-bench-"), today: TODAY, version: "bench" })),
);

if (!chromiumPath) console.log("page in Chromium: skipped, no chromium here");
else {
  const browser = await launchChromium();
  const url = pathToFileURL(resolve("dist/web/nianbao.html")).href;
  const ready = await timed(RUNS, async () => {
    const tab = await browser.newPage();
    await tab.goto(url);
    await tab.getByRole("button", { name: "新建工作簿" }).waitFor();
    await tab.close();
  });
  line("page: open from disk until ready", ready);
  const tab = await browser.newPage({ acceptDownloads: true });
  await tab.goto(url);
  const region = tab.getByRole("region", { name: "检查结果" });
  const check = async () => {
    await tab.getByLabel("选择要检查的文件", { exact: true }).setInputFiles([]);
    await tab.getByLabel("选择要检查的文件", { exact: true }).setInputFiles(EXAMPLE);
    await region.getByText("校验通过，可以生成报告。", { exact: true }).waitFor();
  };
  const first = await timed(1, check);
  line("page: first check (worker starts)", first);
  const inPage: number[] = [];
  line(
    "page: check 2021 example (as the clerk waits)",
    await timed(RUNS, async () => {
      await check();
      inPage.push(Number(await tab.locator("#app").getAttribute("data-check-ms")));
    }),
  );
  line("page: check 2021 example (inside the page)", inPage);
  line(
    "page: generate 2021 example (.docx + manifest)",
    await timed(RUNS, async () => {
      let count = 0;
      const both = new Promise<void>((done) => tab.on("download", () => ++count === 2 && done()));
      await tab.getByRole("button", { name: "生成 Word 文档" }).click();
      await both;
      tab.removeAllListeners("download");
    }),
  );
  await browser.close();
}
