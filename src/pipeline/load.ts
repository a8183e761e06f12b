import { sha256 } from "../io/hash.js";
import { openInput, type FileKind } from "../input/open-file.js";
import type { ReportSource } from "../input/source.js";
import type { Finding, Location } from "../findings/finding.js";
import type { Report } from "../report/report.js";
import type { EditionDef, FieldId } from "../schema/types.js";
import { fillDerivedTotals } from "../validate/derive.js";
import { interpretSource } from "../validate/interpret.js";
import { readWorkbookSource } from "../workbook/read-workbook.js";

/** A report read, interpreted and with its totals derived: what every later stage works on. */
export interface LoadedReport {
  file: string;
  kind: FileKind;
  /** SHA-256 of the bytes that were read: what the manifest records is what was validated. */
  sha256: string;
  /** The bytes that were read, when read from a file. */
  bytes?: Uint8Array;
  edition: EditionDef;
  report: Report;
  /** Where each field was found (its actual cell), for the findings of later stages. */
  locations: ReadonlyMap<FieldId, Location>;
  /** Where each paragraph of a narrative section came from. */
  paragraphLocations: ReadonlyMap<FieldId, readonly Location[]>;
  /** Findings of reading and interpreting: structure, values (rules.md V1–V3, V6, V7). */
  findings: Finding[];
}

/** The reader of each kind of input; all but the workbook's are loaded only when such an input comes. */
async function readByKind(bytes: Buffer, file: string, kind: FileKind): Promise<Omit<ReportSource, "sha256" | "bytes">> {
  switch (kind) {
    case "xlsx":
      return readWorkbookSource(bytes, file);
    case "json":
      return (await import("../input/read-json.js")).readJsonSource(bytes, file);
    case "docx":
      return (await import("../published/read-published.js")).readDocxSource(bytes, file);
    case "html":
      return (await import("../published/read-published.js")).readHtmlSource(bytes, file);
  }
}

/** Reads a standardized workbook or the JSON form. Unusable files throw an InputError that carries its finding. */
export async function readSource(file: string): Promise<ReportSource> {
  const { bytes, kind } = await openInput(file);
  // The JSON reader's zod schema is loaded only for JSON input: a workbook's check never pays for it.
  const source = await readByKind(bytes, file, kind);
  return { ...source, sha256: sha256(bytes), bytes };
}

/** The pure part of loading: a source as found → typed values and derived totals. */
export function interpretReport(source: ReportSource): LoadedReport {
  const { report, locations, paragraphLocations, findings } = interpretSource(source);
  fillDerivedTotals(source.edition, report.values);
  const { file, kind, sha256, bytes, edition } = source;
  return { file, kind, sha256, ...(bytes ? { bytes } : {}), edition, report, locations, paragraphLocations, findings };
}

/** Stage 1: load. Only an unusable input throws (InputError); everything else is a finding. */
export async function loadReport(file: string): Promise<LoadedReport> {
  return interpretReport(await readSource(file));
}
