import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./temp.js";

/**
 * A stand-in for LibreOffice's soffice: writes beside each .docx it is given a PDF of `pdf`'s text, or, with no
 * text, writes nothing, says why on stderr and exits 1, as a conversion that failed does. Tests of what happens
 * around a conversion need no LibreOffice.
 */
export function standInConverter(pdf: string | undefined): string {
  const script = join(tempDir(), "soffice");
  const body = pdf
    ? `for a; do case "$a" in *.docx) printf '%s' '${pdf}' > "\${a%.docx}.pdf";; esac; done`
    : `echo "Error: source file could not be loaded" >&2; exit 1`;
  writeFileSync(script, ["#!/bin/sh", body, ""].join("\n"));
  chmodSync(script, 0o755);
  return script;
}

/** Runs `work` with NIANBAO_SOFFICE naming `soffice`, and puts the variable back as it was, even on failure. */
export async function withSoffice<T>(soffice: string, work: () => Promise<T>): Promise<T> {
  const saved = process.env.NIANBAO_SOFFICE;
  process.env.NIANBAO_SOFFICE = soffice;
  try {
    return await work();
  } finally {
    if (saved === undefined) delete process.env.NIANBAO_SOFFICE;
    else process.env.NIANBAO_SOFFICE = saved;
  }
}
