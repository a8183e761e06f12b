import { readInput } from "../input/open-file.js";
import type { ReportSource } from "../input/source.js";
import { interpretReport, sourceFromBytes, type LoadedReport } from "./load-bytes.js";

export { interpretReport, loadBytes, type LoadedReport } from "./load-bytes.js";

/** Reads a standardized workbook or the JSON form. Unusable files throw an InputError that carries its finding. */
export async function readSource(file: string): Promise<ReportSource> {
  return sourceFromBytes(await readInput(file), file);
}

/** Stage 1: load. Only an unusable input throws (InputError); everything else is a finding. */
export async function loadReport(file: string): Promise<LoadedReport> {
  return interpretReport(await readSource(file));
}
