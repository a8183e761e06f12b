/**
 * vitest globalSetup: builds dist/ before the tests. Worker threads of a batch (src/pipeline/prepare-pool.ts) and the
 * whole-process runs load the built JavaScript: a stale dist/ would test yesterday's code.
 */
import { execFileSync } from "node:child_process";

export default function buildDist(): void {
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
}
