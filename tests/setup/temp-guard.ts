/**
 * vitest globalSetup: the whole run, its worker processes and every program they start (the built command,
 * LibreOffice, Chromium) use one temp folder of their own (TMPDIR). At the end it must be empty: a test that leaves
 * anything behind, even on failure, fails the run, and the folder is removed either way. What the run leaves in the
 * system's own temp folder under our prefix fails it too.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const OUR_PREFIX = /^\.?nianbao/;

export default function guardTempFolder(): () => void {
  const systemTemp = tmpdir();
  const before = new Set(readdirSync(systemTemp));
  const runTemp = mkdtempSync(join(systemTemp, "nianbao-run-"));
  process.env.TMPDIR = runTemp;
  // Node 22 and later keep a compile cache in the temporary folder for the built command (src/cli/main.ts) and for
  // tsc: off for everything the run starts, on in the one test of it (tests/built-cli.test.ts).
  process.env.NODE_DISABLE_COMPILE_CACHE = "1";
  return () => {
    const leftInRun = readdirSync(runTemp);
    rmSync(runTemp, { recursive: true, force: true, maxRetries: 3 });
    const leftInSystem = readdirSync(systemTemp).filter((name) => OUR_PREFIX.test(name) && !before.has(name));
    const left = [...leftInRun, ...leftInSystem];
    if (left.length === 0) return;
    // vitest reports an error thrown here but still exits 0: the exit code is set here.
    console.error(`\nFAIL: the tests left ${left.length} entries in the temp folder: ${left.slice(0, 20).join(", ")}`);
    process.exitCode = 1;
  };
}
