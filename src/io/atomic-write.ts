import { randomBytes } from "node:crypto";
import { link, mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";

export class TargetExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} exists`);
    this.name = "TargetExistsError";
  }
}

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target, which then takes
 * the target's name. Without `overwrite`, an existing file is never replaced (link() fails atomically).
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, options: { overwrite?: boolean } = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(temporary, bytes, { flag: "wx" });
  try {
    if (options.overwrite) {
      await rename(temporary, path);
      return;
    }
    await link(temporary, path).catch((error: NodeJS.ErrnoException) => {
      throw error.code === "EEXIST" ? new TargetExistsError(path) : error;
    });
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
