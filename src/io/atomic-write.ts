import { randomBytes } from "node:crypto";
import { linkSync, renameSync, rmSync } from "node:fs";
import { lstat, readdir, rm, unlink, writeFile } from "node:fs/promises";
import { makeFolder } from "./folders.js";
import { asOutputError } from "./output-error.js";
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
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
  } catch (error) {
    // A full disk fails the write after the file was made: what was written of it must not stay behind. (With "wx"
    // the file is ours whenever it exists: an EEXIST failure made nothing, and then this removes nothing it may not.)
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") await removeIfPresent(temporary);
    throw error;
  }
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

/** Temporary files and folders of a run that was killed: removed by a later run once they are older than this. */
export const STALE_AFTER_MS = 10 * 60 * 1000;

/**
 * What a run writes while it works and removes when it ends, by name: a document's temporary file, the scratch
 * folder of a PDF conversion (mkdtemp's six characters) and an archive version being staged. A run that was killed
 * leaves them behind; nothing else is ever taken for one.
 */
const LEFTOVER_FILE = /^\.nianbao-[0-9a-f]{12}\.tmp$/;
const LEFTOVER_FOLDER = /^(\.nianbao-pdf-[A-Za-z0-9]{6}|\.staging-[0-9a-f]{12})$/;

/** A name this program gives only to what it writes while it works (see LEFTOVER_FILE and LEFTOVER_FOLDER). */
export const isWorkInProgressName = (name: string): boolean => LEFTOVER_FILE.test(name) || LEFTOVER_FOLDER.test(name);

/** When a folder or any file directly in it last changed: a running conversion keeps writing into its folder. */
async function lastChangeMs(path: string, folderMtimeMs: number): Promise<number> {
  const names = await readdir(path).catch(() => [] as string[]);
  const times = await Promise.all(
    names.map((name) =>
      lstat(join(path, name)).then(
        (info) => info.mtimeMs,
        () => 0,
      ),
    ),
  );
  return Math.max(folderMtimeMs, ...times);
}

/**
 * Removes the temporary files and folders that killed runs left in `folder` (a running run's are younger). Links are
 * never followed: a link with such a name is not one this program made, and is left alone.
 */
export async function removeStaleTemporaries(folder: string, now = Date.now()): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter(isWorkInProgressName)) {
    const path = join(folder, name);
    const info = await lstat(path).catch(() => undefined);
    if (info?.isFile() && LEFTOVER_FILE.test(name) && now - info.mtimeMs > STALE_AFTER_MS) await removeIfPresent(path);
    if (info?.isDirectory() && LEFTOVER_FOLDER.test(name) && now - (await lastChangeMs(path, info.mtimeMs)) > STALE_AFTER_MS)
      await rm(path, { recursive: true, force: true }).catch(() => undefined);
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

/**
 * Writes a new file under the first name `pathOf(1)`, `pathOf(2)`, … that is free: an earlier file (an annotated
 * copy, a summary) is never written over. Returns the path written.
 */
export async function writeUnderFreeName(pathOf: (n: number) => string, bytes: Uint8Array): Promise<string> {
  for (let n = 1; ; n++) {
    const path = pathOf(n);
    try {
      await writeFileAtomic(path, bytes);
      return path;
    } catch (error) {
      if (!(error instanceof TargetExistsError)) throw asOutputError(error, path);
    }
  }
}
