import { randomBytes } from "node:crypto";
import { link, mkdir, rename, unlink, writeFile } from "node:fs/promises";
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
  await mkdir(dirname(path), { recursive: true });
  // Short and recognisable: the target's own name may already be near the file system's limit of 255 bytes.
  const temporary = join(dirname(path), `${TEMPORARY_PREFIX}${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(temporary, bytes, { flag: "wx" });
  return temporary;
}

/**
 * Gives a complete temporary file its final name. Without `overwrite`, an existing file is never replaced: link()
 * fails atomically where a check followed by a rename could lose a race. The temporary name stays (with `overwrite`
 * it is moved): the caller removes it.
 */
export async function placeFile(temporary: string, path: string, options: { overwrite?: boolean } = {}): Promise<void> {
  if (options.overwrite) return rename(temporary, path);
  await link(temporary, path).catch((error: NodeJS.ErrnoException) => {
    throw error.code === "EEXIST" ? new TargetExistsError(path) : error;
  });
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
    await placeFile(temporary, path, options);
  } finally {
    await removeIfPresent(temporary);
  }
}
