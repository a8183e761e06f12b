import type { Finding, Location } from "../findings/finding.js";
import type { EditionDef, FieldId } from "../schema/types.js";
import type { RawValue } from "../values/raw-value.js";
import type { FileKind } from "./classify.js";

export interface ParagraphSource {
  level: RawValue;
  text: RawValue;
  location: Location;
}

/** One field's value as found in the input, with where it was found. */
export interface SourceEntry {
  raw: RawValue;
  location: Location;
  /** Already reported as a structural finding (a deleted cell, a JSON value of the wrong type): read as 0, no more findings. */
  absent?: boolean;
  /** For narrative fields: one entry per paragraph row. */
  paragraphs?: ParagraphSource[];
}

/** An input read but not yet interpreted: the same shape whether it came from a workbook or from JSON. */
export interface ReportSource {
  file: string;
  /** SHA-256 of the bytes that were read: what the manifest records is what was validated. */
  sha256: string;
  /** The bytes themselves, when read from a file: the archive keeps a copy of exactly what was validated. */
  bytes?: Uint8Array;
  kind: FileKind;
  edition: EditionDef;
  entries: Map<FieldId, SourceEntry>;
  /** Problems of structure found while reading (a deleted cell, an unknown JSON key). */
  findings: Finding[];
  /** A published document: its values are what it prints, with no defaults for what it leaves out (署名, 附注). */
  published?: boolean;
}
