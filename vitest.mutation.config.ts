/**
 * The tests Stryker runs against each mutant (npm run mutation): every test that runs in-process. The LibreOffice
 * tests (PDF conversion, recalculation in Calc) take seconds each and check the environment, not the mutated code.
 */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ["tests/pdf.test.ts", "tests/live-checks.test.ts", "tests/generate.test.ts", "tests/setup/**", "node_modules/**"],
      coverage: { enabled: false },
    },
  }),
);
