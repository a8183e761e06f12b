/**
 * The tests Stryker runs against each mutant (npm run mutation): the in-memory tables and the tests that read real
 * files in-process. Left out: LibreOffice (PDF, recalculation in Calc), which checks the environment; the CLI and
 * template-check tests, which exercise yargs and docx building around the same calls; the architecture test, which
 * compiles the project. Each of them would run for every mutant its coverage touches.
 */
import { defineConfig } from "vitest/config";

// Not merged with vitest.config.ts: merging would add its include pattern (all tests) to this list.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    env: { NODE_DISABLE_COMPILE_CACHE: "1" },
    setupFiles: ["tests/setup/load-lazy-modules.ts", "tests/setup/temp-cleanup.ts"],
    include: [
      "tests/rules.test.ts",
      "tests/rule-details.test.ts",
      "tests/input-files.test.ts",
      "tests/finding-codes.test.ts",
      "tests/values.test.ts",
      "tests/paragraphs.test.ts",
      "tests/json-values.test.ts",
      "tests/template-data.test.ts",
      "tests/layout.test.ts",
      "tests/golden.test.ts",
      "tests/workbook-reading.test.ts",
      "tests/forgiving-input.test.ts",
      "tests/unusable-files.test.ts",
      "tests/json-form.test.ts",
      "tests/narrative.test.ts",
      "tests/real-data.test.ts",
      "tests/round-trip.test.ts",
      "tests/spliced-tables.test.ts",
      "tests/narrative-figures.test.ts",
      "tests/narrative-parts.test.ts",
      "tests/cross-year.test.ts",
      "tests/init-from.test.ts",
      "tests/published-reading.test.ts",
      "tests/published-corpus.test.ts",
      "tests/published-outline.test.ts",
      "tests/published-details.test.ts",
      "tests/html-render.test.ts",
    ],
  },
});
