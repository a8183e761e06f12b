/**
 * Writes tests/golden/*.docx: the reports of the bundled examples as they must be generated, byte for byte.
 * Run it only when a change to the output is intended, and say why in the commit.
 *
 *   npx tsx scripts/update-golden.ts
 */
import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { generateReport } from "../src/pipeline/generate.js";
import { tempDir, TODAY } from "../tests/helpers/fixtures.js";

for (const example of readdirSync("inputs")
  .filter((name) => name.endsWith(".xlsx"))
  .sort()) {
  const outDir = tempDir();
  const outcome = await generateReport({ input: join("inputs", example), outDir, today: TODAY, version: "golden" });
  if (outcome.status !== "done") throw new Error(`${example}: ${outcome.status}`);
  const target = join("tests/golden", example.replace(/\.xlsx$/, ".docx"));
  copyFileSync(outcome.paths.docx, target);
  console.log(target);
}
