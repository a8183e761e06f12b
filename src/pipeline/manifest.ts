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
  pdf: (FileRecord & { fonts: FontSubstitution[] }) | null;
  warnings: Finding[];
  generatedAt: string;
}
