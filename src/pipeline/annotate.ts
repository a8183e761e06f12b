import { basename, dirname, join } from "node:path";
import type { Finding } from "../findings/finding.js";
import { ANNOTATE_TEXT } from "../i18n/ui-text.js";
import { TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { asOutputError } from "../io/output-error.js";
import { annotatedWorkbook } from "../workbook/annotate.js";
import type { LoadedReport } from "./load.js";

/**
 * `check --annotate`: the annotated copy of a workbook (`input`, the path it was read from), written beside it as <name>.批注.xlsx. The original is only
 * read; an earlier copy is never written over (the next one is <name>.批注-2.xlsx).
 */
export async function writeAnnotatedCopy(input: string, loaded: LoadedReport, findings: readonly Finding[]): Promise<string> {
  const bytes = await annotatedWorkbook(loaded.bytes!, findings, basename(input));
  const stem = basename(input).replace(/\.xlsx$/i, "");
  for (let n = 1; ; n++) {
    const path = join(dirname(input), ANNOTATE_TEXT.fileName(stem, n));
    try {
      await writeFileAtomic(path, bytes);
      return path;
    } catch (error) {
      if (!(error instanceof TargetExistsError)) throw asOutputError(error, path);
    }
  }
}
