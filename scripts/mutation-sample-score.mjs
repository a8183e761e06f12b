/**
 * The estimate from npm run mutation:sample's report (reports/mutation/sample.json): the whole project's mutation
 * score with a 95 % interval, and each folder's. Stratified by the two sampling rates (scripts/mutation-sample.mjs):
 * the static and the other mutants each give their share of the project's mutants.
 */
import { readFileSync } from "node:fs";
import process from "node:process";
import { inSample } from "./mutation-sample.mjs";
import sampleConfig from "../stryker.sample.config.mjs";

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

const [reportFile = sampleConfig.jsonReporter.fileName] = process.argv.slice(2).filter((argument) => !argument.startsWith("--"));
const report = JSON.parse(readFileSync(reportFile, "utf8"));

/** Per stratum (static or not) and folder: the project's mutants, the sampled ones with a verdict, the detected. */
const strata = { static: { all: 0, tested: 0, detected: 0 }, other: { all: 0, tested: 0, detected: 0 } };
const folders = new Map();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = file.replace(/\\/g, "/").match(/src\/[^/]+/)?.[0] ?? file;
  if (!folders.has(folder)) folders.set(folder, { all: 0, tested: 0, detected: 0, survivors: [] });
  const inFolder = folders.get(folder);
  for (const mutant of mutants) {
    const stratum = strata[mutant.static ? "static" : "other"];
    stratum.all += 1;
    inFolder.all += 1;
    if (!inSample(file, mutant)) continue;
    if (!DETECTED.has(mutant.status) && !UNDETECTED.has(mutant.status)) continue;
    const detected = DETECTED.has(mutant.status);
    stratum.tested += 1;
    stratum.detected += Number(detected);
    inFolder.tested += 1;
    inFolder.detected += Number(detected);
    if (!detected) inFolder.survivors.push(`${file}:${mutant.location.start.line} ${mutant.mutatorName} ${mutant.status}`);
  }
}

const percent = (x) => `${(100 * x).toFixed(1)} %`;
const all = strata.static.all + strata.other.all;
let score = 0;
let variance = 0;
for (const stratum of Object.values(strata)) {
  if (stratum.tested === 0) continue;
  const share = stratum.all / all;
  const p = stratum.detected / stratum.tested;
  score += share * p;
  variance += (share * share * p * (1 - p)) / stratum.tested;
}
const margin = 1.96 * Math.sqrt(variance);
const lines = [
  `whole project: ${percent(score)} ± ${percent(margin)} (95 %), from ${strata.other.tested + strata.static.tested} of ${all} mutants` +
    (process.env.MUTATION_SAMPLE_SALT ? ` (sample salted "${process.env.MUTATION_SAMPLE_SALT}")` : ""),
  ...Object.entries(strata).map(
    ([name, stratum]) => `  ${name}: ${stratum.detected} of ${stratum.tested} sampled detected, of ${stratum.all} mutants`,
  ),
  "by folder (sampled mutants, unweighted):",
  ...[...folders]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([folder, f]) =>
        `  ${folder.padEnd(16)} ${String(f.detected).padStart(4)} / ${String(f.tested).padEnd(4)} ${f.tested ? percent(f.detected / f.tested) : "-"}   (${f.all} mutants)`,
    ),
  ...(process.argv.includes("--survivors") ? [...folders.values()].flatMap((f) => f.survivors.map((survivor) => `  ${survivor}`)) : []),
];
// One write: a reader that stops early (| head) then costs no stream error per line.
process.stdout.write(`${lines.join("\n")}\n`);
