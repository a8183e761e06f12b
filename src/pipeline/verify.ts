import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { makeFinding, type Finding } from "../findings/finding.js";
import { notFound } from "../input/open-file.js";
import { sha256 } from "../io/hash.js";
import { MANIFEST_SUFFIX, recordedFiles } from "./manifest.js";
import { readManifest } from "./read-manifest.js";

export interface VerifyResult {
  dir: string;
  manifests: number;
  /** Files whose hash was recomputed. */
  files: number;
  valid: boolean;
  findings: Finding[];
}

/** Every file under `dir`, as paths relative to it, in name order. */
async function filesUnder(dir: string, sub = ""): Promise<string[]> {
  const entries = await readdir(join(dir, sub), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(sub, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(dir, path)));
    else files.push(path);
  }
  return files;
}

/**
 * `nianbao verify DIR`: every manifest under DIR is read and the hash of every file it records (the .docx, the PDF,
 * the copy of the input) recomputed. A recorded file that is gone, a file whose bytes changed, a file no manifest
 * records and a manifest that cannot be read are findings. The folder is only read.
 */
export async function verifyArchive(dir: string): Promise<VerifyResult> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw notFound(dir);
  const files = await filesUnder(dir);
  const vouched = new Set<string>();
  const findings: Finding[] = [];
  let checked = 0;
  const manifests = files.filter((file) => file.endsWith(MANIFEST_SUFFIX));
  for (const manifestFile of manifests) {
    const manifest = await readManifest(join(dir, manifestFile));
    if (!manifest) {
      findings.push(makeFinding("archive/manifest-unreadable", { file: manifestFile }, { file: manifestFile }));
      continue;
    }
    for (const { file, sha256: expected } of recordedFiles(manifest)) {
      const path = join(dirname(manifestFile), file);
      vouched.add(path);
      const bytes = await readFile(join(dir, path)).catch(() => undefined);
      const where = { file: path, manifest: basename(manifestFile) };
      if (!bytes) {
        findings.push(makeFinding("archive/missing", { file: path }, where));
        continue;
      }
      checked++;
      const actual = sha256(bytes);
      if (actual !== expected) findings.push(makeFinding("archive/changed", { file: path }, { ...where, expected, actual }));
    }
  }
  for (const file of files.filter((f) => !f.endsWith(MANIFEST_SUFFIX) && !vouched.has(f))) {
    findings.push(makeFinding("archive/unexpected", { file }, { file }));
  }
  return { dir, manifests: manifests.length, files: checked, valid: findings.length === 0, findings };
}
