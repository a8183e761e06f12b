/**
 * Writes tests/golden/*.docx: the reports of the bundled examples as they must be generated, byte for byte.
 * Run it only when a change to the output is intended, and say why in the commit.
 *
 *   npx tsx scripts/update-golden.ts
 */
import { copyFileSync } from "node:fs";
import { basename, join } from "node:path";
import { generateReport } from "../src/pipeline/generate.js";
import { EXAMPLE_WORKBOOKS } from "../tests/helpers/examples.js";
import { tempDir, TODAY } from "../tests/helpers/fixtures.js";

for (const file of EXAMPLE_WORKBOOKS) {
  const example = basename(file);
  const outDir = tempDir();
  const outcome = await generateReport({ input: file, outDir, today: TODAY, version: "golden" });
  if (outcome.status !== "generated") throw new Error(`${example}: ${outcome.status}`);
  const target = join("tests/golden", example.replace(/\.xlsx$/, ".docx"));
  copyFileSync(outcome.paths.docx, target);
  console.log(target);
}
