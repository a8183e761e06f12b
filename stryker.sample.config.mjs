/**
 * npm run mutation:sample: stryker.config.json's run over a fixed sample of the mutants, static ones included
 * (scripts/mutation-sample.mjs), and the estimate it gives (scripts/mutation-sample-score.mjs).
 */
import { readFileSync } from "node:fs";
import { URL } from "node:url";

const base = JSON.parse(readFileSync(new URL("./stryker.config.json", import.meta.url), "utf8"));

export default {
  ...base,
  plugins: ["@stryker-mutator/vitest-runner", "./scripts/mutation-sample.mjs"],
  checkers: ["sample"],
  ignoreStatic: false,
  reporters: ["progress-append-only", "json"],
  jsonReporter: { fileName: "reports/mutation/sample.json" },
  // An estimate: its score is printed with its interval by mutation-sample-score.mjs, not held to the threshold here.
  thresholds: { ...base.thresholds, break: null },
};
