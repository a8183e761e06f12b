import { randomBytes } from "node:crypto";
import { linkSync, renameSync, rmSync } from "node:fs";
import { lstat, readdir, unlink, writeFile } from "node:fs/promises";
import { makeFolder } from "./folders.js";
import { dirname, join } from "node:path";

export class TargetExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} exists`);
    this.name = "TargetExistsError";
  }
}

/** The names of this program's temporary files begin so: `.nianbao-<12 hex digits>.tmp`. */
export const TEMPORARY_PREFIX = ".nianbao-";

/** Writes `bytes` to a new hidden temporary file beside `path` (never an existing one) and returns its path. */
export async function writeTemporary(path: string, bytes: Uint8Array): Promise<string> {
  await makeFolder(dirname(path));
  // Short and recognisable: the target's own name may already be near the file system's limit of 255 bytes.
  const temporary = join(dirname(path), `${TEMPORARY_PREFIX}${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(temporary, bytes, { flag: "wx" });
  return temporary;
}

/**
 * Gives complete temporary files (final path → temporary path) their final names, synchronously, one system call
 * after the other: a document and its manifest become final together, with no await between them where a killed
 * or crashed run could stop. Without `overwrite`, an existing file is never replaced: link() fails atomically where
 * a check followed by a rename could lose a race. On a failure, the files placed by this call are removed again
 * (without `overwrite` each was new) and the error thrown. The temporary names stay (with `overwrite` they are
 * moved): the caller removes them.
 */
export function placeFilesSync(files: ReadonlyMap<string, string>, options: { overwrite?: boolean } = {}): void {
  const placed: string[] = [];
  try {
    for (const [path, temporary] of files) {
      if (options.overwrite) renameSync(temporary, path);
      else
        try {
          linkSync(temporary, path);
        } catch (error) {
          throw (error as NodeJS.ErrnoException).code === "EEXIST" ? new TargetExistsError(path) : error;
        }
      placed.push(path);
    }
  } catch (error) {
    if (!options.overwrite) for (const path of placed) rmSync(path, { force: true });
    throw error;
  }
}

/** Temporary files of a run that was killed, left in `folder`: removed once they are older than this. */
export const STALE_AFTER_MS = 10 * 60 * 1000;

/** Removes this program's temporary files that a killed run left in `folder` (a running run's are younger). */
export async function removeStaleTemporaries(folder: string, now = Date.now()): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(TEMPORARY_PREFIX) && n.endsWith(".tmp"))) {
    const path = join(folder, name);
    const info = await lstat(path).catch(() => undefined);
    if (info?.isFile() && now - info.mtimeMs > STALE_AFTER_MS) await removeIfPresent(path);
  }
}

/** Removes a file this program made, if it is still there. */
export const removeIfPresent = (path: string): Promise<void> => unlink(path).catch(() => undefined);

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target, which then takes
 * the target's name. Without `overwrite`, an existing file is never replaced.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, options: { overwrite?: boolean } = {}): Promise<void> {
  const temporary = await writeTemporary(path, bytes);
  try {
    placeFilesSync(new Map([[path, temporary]]), options);
  } finally {
    await removeIfPresent(temporary);
  }
}
