import { sha256 } from "./io/hash.js";
import { openInput } from "./input/open-file.js";
import { readJsonSource } from "./input/read-json.js";
import type { ReportSource } from "./input/source.js";
import { readWorkbookSource } from "./workbook/read-workbook.js";
import { validateSource } from "./validate/validate.js";

/** Reads a standardized workbook or the JSON form. Unusable files throw an InputError that carries its finding. */
export async function readSource(file: string): Promise<ReportSource> {
  const { bytes, kind } = await openInput(file);
  const source = kind === "xlsx" ? await readWorkbookSource(bytes, file) : readJsonSource(bytes, file);
  return { ...source, sha256: sha256(bytes) };
}

/** `nianbao check` as a library call. */
export async function checkFile(file: string, options: { today?: Date } = {}) {
  return validateSource(await readSource(file), options.today);
}
