/**
 * Loading a report from its bytes and its file name: the pure stage 1, shared by the command line (load.ts reads the
 * file) and the page.
 */
import { sha256 } from "../io/hash.js";
import { classifyInput, type FileKind } from "../input/classify.js";
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
    case "pdf":
      return (await import("../published/read-published.js")).readPdfSource(bytes, file);
  }
}

/** An input's bytes, as a file of this name (its kind told from the bytes): read, not yet interpreted. */
export async function sourceFromBytes(bytes: Buffer, file: string): Promise<ReportSource> {
  const kind = classifyInput(bytes, file);
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

/** Stage 1 on bytes already read: the page's load, and the Node one's after reading the file. */
export async function loadBytes(bytes: Buffer, file: string): Promise<LoadedReport> {
  return interpretReport(await sourceFromBytes(bytes, file));
}
