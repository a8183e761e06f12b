import { inputError, isZip, readInputBytes } from "../input/open-file.js";
import { carriedFile } from "../io/carried-files.js";
import { scanZip, zipRefusal } from "../input/zip-guard.js";
import type { EditionId } from "../schema/types.js";
import { lint, prepareTemplateBytes, verdictOf, type PreparedTemplate, type TemplateVerdict } from "./prepared-template.js";

export {
  brokenOutputVerdict,
  prepareTemplateBytes,
  type PreparedTemplate,
  type RenderResult,
  type TemplateVerdict,
} from "./prepared-template.js";

/**
 * The standard template the tool carries for an edition (templates/2021.docx, beside the code or inside the
 * executable): the tool's own file, read without the guards a user's template passes.
 */
export function prepareStandardTemplate(edition: EditionId): Promise<PreparedTemplate> {
  const name = `templates/${edition}.docx` as const;
  return prepareTemplateBytes(carriedFile(name), name, edition);
}

/**
 * A template's bytes, read as any input is (issue 24): a regular file (never a pipe, which would not end), within the
 * size limit, a zip whose parts pass the zip guard. Only then does PizZip inflate it.
 */
async function readTemplate(path: string): Promise<Buffer> {
  const bytes = await readInputBytes(path, "document/too-large");
  if (!isZip(bytes)) throw inputError("input/not-docx", path);
  const scan = await scanZip(bytes, () => false);
  if (!("kept" in scan)) throw zipRefusal(scan, path, "document");
  return bytes;
}

/** `nianbao template check` as a library call: every problem of a Word template, for an edition or the one its tags use. */
export async function checkTemplate(path: string, edition?: EditionId): Promise<TemplateVerdict> {
  const linted = await lint(await readTemplate(path), path, edition);
  return verdictOf(path, linted.edition, linted.findings);
}

/**
 * Stage 3: prepare the template. It is read and checked against the edition's contract once, and its tables are
 * cut out to be filled by splicing (templates/spliced-tables.ts); each report then renders on a fresh compile of the
 * rest, because docxtemplater's render consumes its zip (its issue #323).
 * A template that fails the check is returned with its verdict and renders nothing.
 */
export async function prepareTemplate(path: string, edition: EditionId): Promise<PreparedTemplate> {
  return prepareTemplateBytes(await readTemplate(path), path, edition);
}
