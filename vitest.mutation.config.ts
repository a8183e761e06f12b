/**
 * The tests Stryker runs against each mutant (npm run mutation): every test file but those listed in EXCLUDED, so
 * that a module's new tests join without being named here. LibreOffice is hidden from them (their PDF and Calc parts
 * are skipped): a conversion for each mutant would take hours. Each test runs for every mutant its coverage touches.
 */
import { defineConfig } from "vitest/config";

/** MUTATION_TESTS="tests/a.test.ts,tests/b.test.ts" narrows the set, for a quick run over one module with its own tests. */
const narrowed = process.env.MUTATION_TESTS?.split(",").filter(Boolean);

/** What mutation testing leaves out, and why. */
const EXCLUDED = [
  // Other processes, which a mutant switched on in this one does not reach: the built command, the executables, the
  // desk under load, a killed run, the packed package, Chromium's pages, Calc's recalculation, openpyxl's workbooks.
  "tests/built-cli.test.ts",
  "tests/release.test.ts",
  "tests/desk-load.test.ts",
  "tests/kill.test.ts",
  "tests/hostile-input.test.ts",
  "tests/package.test.ts",
  "tests/html-page.test.ts",
  "tests/web-page.test.ts",
  "tests/desk-page.test.ts",
  "tests/live-checks.test.ts",
  "tests/openpyxl.test.ts",
  // Built to take long (fuzzing), and inputs made to exhaust a reader, each checked in a process of its own.
  "tests/fuzz.test.ts",
  "tests/hostile-documents.test.ts",
  // Checks of the project rather than of the code: its layers (a compile), its test index, this scope.
  "tests/architecture.test.ts",
  "tests/test-index.test.ts",
  "tests/mutation-scope.test.ts",
  // node:fs/promises mocked: tests/setup/load-lazy-modules.ts has loaded the modules that write before the mock could
  // replace it.
  "tests/output-failures.test.ts",
];

// Not merged with vitest.config.ts: merging would add its include pattern (all tests) to this list.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    // CI blank: the LibreOffice parts of pdf.test.ts, pdf-reading.test.ts and desk-pdf.test.ts are skipped where
    // LibreOffice is absent unless CI is set; here they are skipped everywhere, and their other tests run.
    env: { NODE_DISABLE_COMPILE_CACHE: "1", NIANBAO_TESTS_WITHOUT_LIBREOFFICE: "1", CI: "" },
    setupFiles: ["tests/setup/load-lazy-modules.ts", "tests/setup/temp-cleanup.ts"],
    include: narrowed ?? ["tests/*.test.ts"],
    exclude: narrowed ? [] : EXCLUDED,
  },
});
