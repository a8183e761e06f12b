import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * mkdir -p, ending in bounded time. Node's own `mkdir(path, { recursive: true })` retries for ever where creating
 * a folder fails with ENOENT although its parent exists (-o /proc/x: the kernel's /proc refuses new folders so):
 * here each folder is tried once after its parent, and the second failure is thrown.
 */
export async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && (await stat(path)).isDirectory()) return;
    if (code !== "ENOENT" || dirname(path) === path) throw error;
    await makeFolder(dirname(path));
    await mkdir(path).catch(async (again: NodeJS.ErrnoException) => {
      if (again.code !== "EEXIST" || !(await stat(path)).isDirectory()) throw again;
    });
  }
}
