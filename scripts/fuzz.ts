/**
 * Issue 10 at scale: `npx tsx scripts/fuzz.ts [cases per family]` (default 2,500) runs the property checks of
 * tests/helpers/fuzz.ts over random cell values (both editions), random bytes and XML edits of a valid workbook,
 * and random JSON, and prints how many cases ran, how each ended, and the slowest. Any crash, hang or unreadable
 * message stops it with the counterexample and exit 1.
 */
import fc from "fast-check";
import { families, type Outcome } from "../tests/helpers/fuzz.js";

const perFamily = Number(process.argv[2] ?? 2500);
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

const started = performance.now();
for (const family of await families()) {
  const property = fc.asyncProperty(family.cases, (input) => timed(family.name, () => family.check(input as never)).then(() => true));
  const result = await fc.check(property, { numRuns: perFamily });
  if (result.failed) {
    console.error(`${family.name}: failed after ${result.numRuns} cases\n${fc.defaultReportMessage(result)}`);
    process.exit(1);
  }
}
console.log(
  `${cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s, none crashed, hung or printed an unreadable message.`,
);
for (const [outcome, count] of [...outcomes].sort()) console.log(`  ${outcome}: ${count}`);
console.log(`slowest: ${slowest.ms.toFixed(0)} ms (${slowest.family}, ${slowest.outcome})`);
