/**
 * Worker threads in the single executable (npm run release). A thread starts from a file, and the executable has
 * none beside it: it carries its two thread modules as assets (tinypool's thread entry and prepare-worker, each
 * bundled into one file by scripts/release.mjs). A pool writes them into a folder of its own in the temporary
 * folder and removes it when the pool is destroyed, or at the latest when the process exits.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { carriedFile, type CarriedFile } from "../io/carried-files.js";

/** The thread modules, as scripts/release.mjs names them among the executable's assets. */
export const THREAD_FILES = {
  entry: "threads/tinypool-entry.mjs",
  worker: "threads/prepare-worker.mjs",
} as const satisfies Record<string, CarriedFile>;

/** Where the executable's copy of tinypool looks for its thread entry (scripts/release.mjs points it here). */
export const TINYPOOL_ENTRY = Symbol.for("nianbao.tinypool-entry");

export interface UnpackedThreads {
  worker: URL;
  remove: () => void;
}

export function unpackThreadFiles(): UnpackedThreads {
  const folder = mkdtempSync(join(tmpdir(), "nianbao-threads-"));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  process.once("exit", remove);
  const write = (asset: CarriedFile) => {
    const path = join(folder, asset.slice(asset.lastIndexOf("/") + 1));
    writeFileSync(path, carriedFile(asset));
    return path;
  };
  (globalThis as Record<symbol, unknown>)[TINYPOOL_ENTRY] = write(THREAD_FILES.entry);
  return {
    worker: pathToFileURL(write(THREAD_FILES.worker)),
    remove: () => {
      process.off("exit", remove);
      remove();
    },
  };
}
