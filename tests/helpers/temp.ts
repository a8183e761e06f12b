/**
 * Temporary folders for tests, each removed when the test that made it ends (or, when made outside a test, when its
 * file's tests end: tests/setup/temp-cleanup.ts; or a script's process exits), whether the test passed or failed.
 * tests/setup/temp-guard.ts fails the run when anything is left.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";

const madeOutsideTests: string[] = [];

const remove = (dir: string): void => rmSync(dir, { recursive: true, force: true, maxRetries: 3 });

/** Removes the folders made outside any test; under vitest, after each file's tests. */
export const removeFoldersMadeOutsideTests = (): void => madeOutsideTests.splice(0).forEach(remove);

if (!process.env.VITEST) process.once("exit", removeFoldersMadeOutsideTests);

/** A fresh folder in the system's temp folder, removed after the current test (or the current file). */
export function tempDir(prefix = "nianbao-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => remove(dir));
  } catch {
    // Called at file level, in a beforeAll, or by a script: no test is running.
    madeOutsideTests.push(dir);
  }
  return dir;
}
