/**
 * One report: the batch's coordinator (generateBatch) on one input. The same stages, statuses and outcome as a
 * batch's; only an unusable input throws here (InputError), as a batch would report it on its row.
 */
import { InputError } from "../findings/finding.js";
import type { EditionId } from "../schema/types.js";
import { generateBatch, type BatchOptions, type ReportOutcome } from "./batch.js";
import type { LoadedReport } from "./load.js";
import { prepareStandardTemplate, prepareTemplate, type PreparedTemplate } from "./template.js";

export interface GenerateOptions extends Omit<BatchOptions, "jobs"> {
  input: string;
}

/** Which report an outcome is about, as far as it could be read. */
export interface ReportIdentity {
  agency?: string;
  year?: number;
  edition: EditionId;
}

export function templateFor(
  options: { template?: string; templates?: Map<string, Promise<PreparedTemplate>> },
  edition: EditionId,
): Promise<PreparedTemplate> {
  const { template } = options;
  const prepare = () => (template ? prepareTemplate(template, edition) : prepareStandardTemplate(edition));
  const cache = options.templates;
  if (!cache) return prepare();
  const key = `${edition}:${template ?? ""}`;
  if (!cache.has(key)) cache.set(key, prepare());
  return cache.get(key)!;
}

/** The agency, year and edition a loaded report declares, as far as they could be read. */
export function identityOf(loaded: LoadedReport): ReportIdentity {
  const { values } = loaded.report;
  return {
    agency: typeof values["meta.agency"] === "string" ? values["meta.agency"] : undefined,
    year: typeof values["meta.year"] === "number" ? values["meta.year"] : undefined,
    edition: loaded.edition.id,
  };
}

/** load → check → (no errors) → render → write, for one input. Only an unusable input or template throws. */
export async function generateReport(options: GenerateOptions): Promise<ReportOutcome> {
  const { input, ...rest } = options;
  const [outcome] = await generateBatch([input], rest);
  if (outcome.status === "unreadable") throw new InputError(outcome.findings[0]);
  // One report whose files could not be written: the command's failure (exit code 3), as it always was.
  if (outcome.status === "write-failed") throw outcome.error;
  return outcome;
}
