import type { Finding } from "../findings/finding.js";
import type { EditionDef } from "../schema/types.js";
import type { FontSubstitution } from "../pdf/font-plan.js";
import { OUTPUT_FORMATS, OUTPUT_KINDS, type OutputKind } from "../outputs/formats.js";

export interface FileRecord {
  file: string;
  sha256: string;
}

/** The record of each output format, by its manifest key (OUTPUT_FORMATS): null when the format was not written. */
type FormatRecords = { [K in OutputKind as (typeof OUTPUT_FORMATS)[K]["manifestKey"]]?: FileRecord | null };

/** The archive record beside each document: what made it, from what, and what the validator said. */
export interface Manifest extends FormatRecords {
  tool: { name: "nianbao"; version: string };
  edition: EditionDef["id"];
  circular: string;
  input: FileRecord;
  template: FileRecord;
  output: FileRecord;
  /** The PDF, with the open fonts that stood in for the official faces on the machine that made it. */
  pdf: (FileRecord & { fonts: FontSubstitution[]; pdfA?: boolean }) | null;
  /** In an archive (`generate --archive`): the copy of the input kept beside the document. */
  source?: FileRecord;
  warnings: Finding[];
  generatedAt: string;
}

/** A format's record in a manifest; a manifest written before the format existed has none. */
export const formatRecord = (manifest: FormatRecords, kind: OutputKind): FileRecord | undefined =>
  manifest[OUTPUT_FORMATS[kind].manifestKey] ?? undefined;

/** The files a manifest vouches for, in its own folder: what `nianbao verify` recomputes. */
export const recordedFiles = (manifest: FormatRecords & { source?: FileRecord }): FileRecord[] =>
  [...OUTPUT_KINDS.map((kind) => formatRecord(manifest, kind)), manifest.source].filter((record): record is FileRecord => !!record);

export const MANIFEST_SUFFIX = ".manifest.json";
