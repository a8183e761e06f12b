/**
 * `npm run bench`, published PDFs (issue 22): the time to read and check one PDF (in-process, median), the whole
 * command's time and peak memory, and the same for a PDF whose table 三 is printed ten times over (many pages),
 * beside a Word document's. Figures, not assertions. Needs LibreOffice to make the PDFs; the corpus's real PDFs
 * are timed where ../shared/corpus is present.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { checkFile } from "../src/pipeline/check.js";
import { measuredCli } from "../tests/helpers/hostile-documents.js";
import { GOLDEN_2021, goldenDocx, pdfOf, withLongRequestsTable } from "../tests/helpers/pdf-reports.js";
import { TODAY } from "../tests/helpers/fixtures.js";
import { hasSharedCorpus, sharedCorpusFile } from "../tests/helpers/shared-corpus.js";
import { tempDir } from "../tests/helpers/temp.js";

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function inProcess(file: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await checkFile(file, { today: TODAY });
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function report(label: string, file: string, ms: number): void {
  const whole = measuredCli(["check", file]);
  console.log(
    `${label.padEnd(40)} check in-process median ${ms.toFixed(0)} ms (n=${RUNS}); whole command ${(whole.seconds * 1000).toFixed(0)} ms, peak ${whole.peakMb.toFixed(0)} MB, exit ${whole.code}`,
  );
}

if (spawnSync("sh", ["-c", "command -v soffice"]).status !== 0) console.log("pdf: LibreOffice not found, PDFs not made");
else {
  const dir = tempDir();
  const usual = await pdfOf(goldenDocx(), dir, "usual.pdf");
  const long = await pdfOf(withLongRequestsTable(goldenDocx(), 10), dir, "long.pdf");
  report("Word document (golden 2021)", resolve(GOLDEN_2021), await inProcess(resolve(GOLDEN_2021)));
  report("PDF of it (LibreOffice)", usual, await inProcess(usual));
  report("PDF, table 三 printed 10 times over", long, await inProcess(long));
}
if (hasSharedCorpus)
  for (const name of ["hongze-2023.pdf", "hongze-2024.pdf"]) {
    const file = sharedCorpusFile(`pdf/${name}`);
    report(`corpus ${name} (WPS)`, file, await inProcess(file));
  }
else console.log("pdf: ../shared/corpus absent, its PDFs not timed");
