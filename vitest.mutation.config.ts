/**
 * The tests Stryker runs against each mutant (npm run mutation): the in-memory tables and the tests that read real
 * files in-process, the command run in-process and the desk. Left out: LibreOffice (PDF, recalculation in Calc; the
 * tests below see no soffice), which checks the environment; the built command, the executables and the browser,
 * which run in other processes a mutant does not reach; the architecture test, which compiles the project; the
 * output failures, which mock node:fs/promises: the setup below has loaded the modules that write before the test
 * file's mock could replace it. Each of them would run for every mutant its coverage touches.
 */
import { defineConfig } from "vitest/config";

/** MUTATION_TESTS="tests/a.test.ts,tests/b.test.ts" narrows the set, for a quick run over one module with its own tests. */
const narrowed = process.env.MUTATION_TESTS?.split(",").filter(Boolean);

// Not merged with vitest.config.ts: merging would add its include pattern (all tests) to this list.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    env: { NODE_DISABLE_COMPILE_CACHE: "1", NIANBAO_TESTS_WITHOUT_LIBREOFFICE: "1" },
    setupFiles: ["tests/setup/load-lazy-modules.ts", "tests/setup/temp-cleanup.ts"],
    include: narrowed ?? [
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
      // The command, its outputs and the desk, in-process (stryker.config.json mutates cli/, pipeline/, desk/ too).
      "tests/findings.test.ts",
      "tests/output-formats.test.ts",
      "tests/next-year.test.ts",
      "tests/render-template.test.ts",
      "tests/lint-template.test.ts",
      "tests/signature-block.test.ts",
      "tests/well-formed.test.ts",
      "tests/template-tags.test.ts",
      "tests/format-findings.test.ts",
      "tests/atomic-write.test.ts",
      "tests/io-files.test.ts",
      "tests/report-status.test.ts",
      "tests/quick-parse.test.ts",
      "tests/cli.test.ts",
      "tests/generate.test.ts",
      "tests/batch.test.ts",
      "tests/write.test.ts",
      "tests/archive.test.ts",
      "tests/templates.test.ts",
      "tests/hostile-templates.test.ts",
      "tests/render.test.ts",
      "tests/messages.test.ts",
      "tests/export.test.ts",
      "tests/assess.test.ts",
      "tests/annotate.test.ts",
      "tests/irregular-grids.test.ts",
      "tests/public-api.test.ts",
      "tests/web-engine.test.ts",
      "tests/page-command.test.ts",
      "tests/drop.test.ts",
      "tests/desk.test.ts",
    ],
  },
});
