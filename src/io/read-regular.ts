import { constants } from "node:fs";
import { open } from "node:fs/promises";

/** Why a path inside a folder this program keeps (an archive) was not read. */
export type NotRegular = "missing" | "link" | "not-a-file";

// O_NOFOLLOW: a link is refused by the open itself, so nothing can swap a file for a link between a check and the
// read. O_NONBLOCK: a pipe opens at once instead of waiting for a writer. Both are 0 where the system has none
// (Windows), where the fstat below still refuses what is not a regular file.
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a regular file, never following a symbolic link and never opening a pipe or device for reading (it
 * may never end): those are said as what they are. Anything else that fails to open is "missing".
 */
export async function readRegularFile(path: string): Promise<{ bytes: Buffer } | { problem: NotRegular }> {
  let handle;
  try {
    handle = await open(path, FLAGS);
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code === "ELOOP" ? "link" : "missing" };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { problem: "not-a-file" };
    return { bytes: await handle.readFile() };
  } catch {
    return { problem: "missing" };
  } finally {
    await handle.close();
  }
}
