/**
 * Issue 10 at scale: `npx tsx scripts/fuzz.ts [cases per family]` (default 2,500) runs the property checks of
 * tests/helpers/fuzz.ts over random cell values (both editions), random bytes and XML edits of a valid workbook,
 * and random JSON, and prints how many cases ran, how each ended, and the slowest. Any crash, hang or unreadable
 * message stops it with the counterexample and exit 1.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { buildWorkbook } from "../tests/helpers/fixtures.js";
import {
  byteEdits,
  cellsCase,
  checkBytes,
  checkCells,
  editBytes,
  editPart,
  jsonCase,
  partEdit,
  type Outcome,
} from "../tests/helpers/fuzz.js";
import { validJson } from "../tests/helpers/json.js";

const perFamily = Number(process.argv[2] ?? 2500);
const workbook = readFileSync(await buildWorkbook("2021"));
const outcomes = new Map<string, number>();
let slowest = { ms: 0, family: "", outcome: "" };
let cases = 0;

async function timed(family: string, run: () => Outcome | Promise<Outcome>): Promise<Outcome> {
  const start = performance.now();
  const outcome = await run();
  const ms = performance.now() - start;
  cases++;
  outcomes.set(`${family} → ${outcome}`, (outcomes.get(`${family} → ${outcome}`) ?? 0) + 1);
  if (ms > slowest.ms) slowest = { ms, family, outcome };
  return outcome;
}

const families: [string, fc.IAsyncPropertyWithHooks<never> | fc.IAsyncProperty<never>][] = [
  [
    "cells 2019",
    fc.asyncProperty(cellsCase("2019"), (values) => timed("cells 2019", () => checkCells("2019", values)).then(() => true)) as never,
  ],
  [
    "cells 2021",
    fc.asyncProperty(cellsCase("2021"), (values) => timed("cells 2021", () => checkCells("2021", values)).then(() => true)) as never,
  ],
  [
    "bytes",
    fc.asyncProperty(byteEdits, (edits) =>
      timed("bytes", () => checkBytes(editBytes(workbook, edits), "工作簿.xlsx")).then(() => true),
    ) as never,
  ],
  [
    "XML edits",
    fc.asyncProperty(partEdit, (edit) =>
      timed("XML edits", () => checkBytes(editPart(workbook, edit), "工作簿.xlsx")).then(() => true),
    ) as never,
  ],
  [
    "JSON",
    fc.asyncProperty(jsonCase(validJson("2021")), (json) =>
      timed("JSON", () => checkBytes(Buffer.from(json), "报告.json")).then(() => true),
    ) as never,
  ],
];

const started = performance.now();
for (const [family, property] of families) {
  const result = await fc.check(property, { numRuns: perFamily });
  if (result.failed) {
    console.error(`${family}: failed after ${result.numRuns} cases\n${fc.defaultReportMessage(result)}`);
    process.exit(1);
  }
}
console.log(
  `${cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s, none crashed, hung or printed an unreadable message.`,
);
for (const [outcome, count] of [...outcomes].sort()) console.log(`  ${outcome}: ${count}`);
console.log(`slowest: ${slowest.ms.toFixed(0)} ms (${slowest.family}, ${slowest.outcome})`);
