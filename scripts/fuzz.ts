/**
 * Issues 10 and 24 at scale: `npx tsx scripts/fuzz.ts [cases per family] [family name part]` (default 10,000, every family) runs the property
 * checks of tests/helpers/fuzz.ts over random cell values (both editions), random bytes and XML edits of a valid
 * workbook, random JSON, published web pages and Word documents (random markup, spans, merges, nesting, entities,
 * charsets), templates (random tags) and data rendered into the standard template, and prints how many cases ran,
 * how each ended, each family's time, the slowest case and the peak memory. Any crash, hang, English or unreadable
 * message, or a changed document structure stops it with the counterexample and exit 1.
 */
import fc from "fast-check";
import { families, type Outcome } from "../tests/helpers/fuzz.js";

const perFamily = Number(process.argv[2] ?? 10_000);
/** Only the families whose name contains this text (`published`, `template`), when given. */
const only = process.argv[3] ?? "";
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
for (const family of (await families()).filter((f) => f.name.includes(only))) {
  const property = fc.asyncProperty(family.cases, (input) => timed(family.name, () => family.check(input as never)).then(() => true));
  const familyStart = performance.now();
  const result = await fc.check(property, { numRuns: perFamily });
  console.log(`${family.name}: ${result.numRuns} cases in ${((performance.now() - familyStart) / 1000).toFixed(1)} s`);
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
// maxRSS is in kilobytes: the most memory this process held at any time, whatever case it was.
console.log(`peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
