import type { Finding } from "../findings/finding.js";
import type { EditionDef } from "../schema/types.js";
import type { FontSubstitution } from "../pdf/font-plan.js";

export interface FileRecord {
  file: string;
  sha256: string;
}

/** The archive record beside each document: what made it, from what, and what the validator said. */
export interface Manifest {
  tool: { name: "nianbao"; version: string };
  edition: EditionDef["id"];
  circular: string;
  input: FileRecord;
  template: FileRecord;
  output: FileRecord;
  /** The PDF, with the open fonts that stood in for the official faces on the machine that made it. */
  pdf: (FileRecord & { fonts: FontSubstitution[]; pdfA?: boolean }) | null;
  /** The web page for the portal (`generate --html`); absent in manifests written before it existed. */
  html?: FileRecord | null;
  /** In an archive (`generate --archive`): the copy of the input kept beside the document. */
  source?: FileRecord;
  warnings: Finding[];
  generatedAt: string;
}

/** The files a manifest vouches for, in its own folder: what `nianbao verify` recomputes. */
export const recordedFiles = (manifest: Manifest): FileRecord[] =>
  [manifest.output, manifest.pdf, manifest.html, manifest.source].filter((record): record is FileRecord => !!record);

export const MANIFEST_SUFFIX = ".manifest.json";
