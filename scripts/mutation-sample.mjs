/**
 * The whole project's mutation score estimated from a fixed random sample of its mutants (npm run mutation:sample).
 * The full run (npm run mutation) tests some 12,000 mutants, each against every test its coverage touches: hours on
 * a 2-core machine. This Stryker checker lets through only the mutants a hash of their place and change selects, and
 * marks the rest as not compiling, which Stryker leaves out of its score: the score it prints is the sample's.
 *
 * The selection depends on the file, place, mutator and replacement alone, so a run after a change of the tests
 * tests the same mutants again. Static mutants (module-level tables and regular expressions, which run against every
 * test of the set) are sampled at a fifth of the rate: the estimate weighs each sampled mutant by its rate's inverse
 * (scripts/mutation-sample-score.mjs).
 */
import { createHash } from "node:crypto";
import process from "node:process";
import { CheckStatus } from "@stryker-mutator/api/check";
import { declareClassPlugin, PluginKind } from "@stryker-mutator/api/plugin";

/** Mutants per thousand in the sample: MUTATION_SAMPLE_PER_MILLE, 50 unless set; static ones a fifth of it. */
export const samplePerMille = (isStatic) => {
  const rate = Number(process.env.MUTATION_SAMPLE_PER_MILLE ?? 50);
  return isStatic ? rate / 5 : rate;
};

/**
 * MUTATION_SAMPLE_SALT, empty unless set, draws another sample of the same size: a sample that tests were written
 * against (its survivors read one by one) estimates too high, and a fresh salt measures the same code without that
 * bias. The score script must be run with the same salt.
 */
const salt = () => process.env.MUTATION_SAMPLE_SALT ?? "";

/**
 * The file's path from its last src/ on: the same inside Stryker's sandbox (an absolute path, wherever the
 * repository is) and in its report (relative), as both end with the same path.
 */
const sourcePath = (fileName) => fileName.replace(/\\/g, "/").replace(/^(?:.*\/)?(?=src\/)/, "");

/** Whether a mutant, placed as Stryker's JSON report places it (lines and columns from 1), is in the sample. */
export function inSample(fileName, mutant) {
  const { start, end } = mutant.location;
  const key = [sourcePath(fileName), start.line, start.column, end.line, end.column, mutant.mutatorName, mutant.replacement ?? ""];
  if (salt()) key.push(salt());
  const draw = createHash("sha256").update(key.join("\u0000")).digest().readUInt32BE(0) % 1000;
  return draw < samplePerMille(Boolean(mutant.static));
}

/** Stryker counts lines and columns from 0 inside, from 1 in its report. */
const reportLocation = ({ start, end }) => ({
  start: { line: start.line + 1, column: start.column + 1 },
  end: { line: end.line + 1, column: end.column + 1 },
});

class SampleChecker {
  async init() {}

  /** One group: the check is a hash, and a group per mutant would cost a round trip to the checker's process each. */
  async group(mutants) {
    return [mutants.map((mutant) => mutant.id)];
  }

  async check(mutants) {
    return Object.fromEntries(
      mutants.map((mutant) => [
        mutant.id,
        inSample(mutant.fileName, { ...mutant, location: reportLocation(mutant.location) })
          ? { status: CheckStatus.Passed }
          : { status: CheckStatus.CompileError, reason: "outside the sample" },
      ]),
    );
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Checker, "sample", SampleChecker)];
