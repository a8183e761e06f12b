/**
 * Reading an input file in Node, within bounds; what it is, is told from its bytes (classify.ts).
 */
import { readFile, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "../findings/finding.js";
import { FRAGMENT } from "../i18n/ui-text.js";
import { inputError, MAX_INPUT_BYTES, refuseLockFile } from "./classify.js";

export { inputError, isZip, MAX_INPUT_BYTES, type FileKind } from "./classify.js";

/** An input file's bytes: a lock file is refused before it is read (Excel holds it open, reading it may fail). */
export async function readInput(file: string): Promise<Buffer> {
  refuseLockFile(file);
  return readInputBytes(file);
}

/**
 * A path that names nothing, said with the folder that was searched; when the clerk typed a bare name in the tool's
 * folder and the file is in inputs/ (where init writes), the path to type.
 */
export function notFound(file: string): InputError {
  const folder = dirname(resolve(file));
  const inInputs = join(folder, "inputs", basename(file));
  const suggestion = existsSync(inInputs) ? FRAGMENT.foundInInputs(`inputs/${basename(file)}`) : FRAGMENT.checkName;
  return inputError("input/not-found", file, { folder, suggestion });
}

/**
 * The bytes of an input file, guarded: what is not a regular file (a folder, a device such as /dev/zero, a pipe) is
 * never read, since it may not end, and a file over MAX_INPUT_BYTES is refused before it is read (`tooLarge`: the
 * code that says so for this kind of file). Every input, a workbook, a published report or a template, is read so.
 */
export async function readInputBytes(
  file: string,
  tooLarge: "input/too-large" | "document/too-large" = "input/too-large",
): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw inputError("input/not-a-file", file);
    if (info.size > MAX_INPUT_BYTES) throw inputError(tooLarge, file, { detail: FRAGMENT.fileSize((info.size / 1024 / 1024).toFixed(1)) });
    return await readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw notFound(file);
    throw inputError("input/corrupt", file, { detail: FRAGMENT.ioError(code) });
  }
}
