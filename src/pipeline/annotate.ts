import { basename, dirname, join } from "node:path";
import type { Finding } from "../findings/finding.js";
import { ANNOTATE_TEXT } from "../i18n/ui-text.js";
import { writeUnderFreeName } from "../io/atomic-write.js";
import { annotatedWorkbook } from "../workbook/annotate.js";
import type { LoadedReport } from "./load.js";

/**
 * `check --annotate`: the annotated copy of a workbook (`input`, the path it was read from), written beside it as <name>.批注.xlsx. The original is only
 * read; an earlier copy is never written over (the next one is <name>.批注-2.xlsx).
 */
export async function writeAnnotatedCopy(input: string, loaded: LoadedReport, findings: readonly Finding[]): Promise<string> {
  const bytes = await annotatedWorkbook(loaded.bytes!, findings, basename(input));
  const stem = basename(input).replace(/\.xlsx$/i, "");
  return writeUnderFreeName((n) => join(dirname(input), ANNOTATE_TEXT.fileName(stem, n)), bytes);
}
