import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { makeFinding, type Finding } from "../findings/finding.js";
import { notFound } from "../input/open-file.js";
import { isWorkInProgressName } from "../io/atomic-write.js";
import { sha256 } from "../io/hash.js";
import { readRegularFile } from "../io/read-regular.js";
import { VERSION_FOLDER } from "./archive.js";
import { MANIFEST_SUFFIX, recordedFiles } from "./manifest.js";
import { readManifestFile } from "./read-manifest.js";

export interface VerifyResult {
  dir: string;
  manifests: number;
  /** Files whose hash was recomputed. */
  files: number;
  valid: boolean;
  findings: Finding[];
}

/**
 * What lies in an archive, as paths relative to it, in name order: regular files; links and other special files
 * (never followed or opened); what a run that was killed left while it worked (never read); folders named like a
 * version that no run of nianbao made.
 */
interface ArchiveContents {
  files: string[];
  links: string[];
  special: string[];
  leftovers: string[];
  foreignVersions: string[];
}

/** A recorded file that could not be read as one, by why. */
const RECORD_PROBLEM = { missing: "archive/missing", link: "archive/link", "not-a-file": "archive/not-a-file" } as const;

const LOOKS_LIKE_VERSION = /^v\d+$/;

async function contentsOf(dir: string, sub = "", into: ArchiveContents = emptyContents()): Promise<ArchiveContents> {
  const entries = await readdir(join(dir, sub), { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(sub, entry.name);
    if (isWorkInProgressName(entry.name) && !entry.isSymbolicLink()) into.leftovers.push(path);
    else if (entry.isDirectory()) {
      if (LOOKS_LIKE_VERSION.test(entry.name) && !VERSION_FOLDER.test(entry.name)) into.foreignVersions.push(path);
      await contentsOf(dir, path, into);
    } else if (entry.isFile()) into.files.push(path);
    else if (entry.isSymbolicLink()) into.links.push(path);
    else into.special.push(path);
  }
  return into;
}

const emptyContents = (): ArchiveContents => ({ files: [], links: [], special: [], leftovers: [], foreignVersions: [] });

/**
 * `nianbao verify DIR`: every manifest under DIR is read and the hash of every file it records (the .docx, the PDF,
 * the copy of the input) recomputed. A recorded file that is gone, a file whose bytes changed, a file no manifest
 * records and a manifest that cannot be read are findings; so are links and special files, which are never followed
 * or opened (a link to /etc/passwd with its hash would otherwise be vouched for), records naming files outside their
 * version folder (never read), versions a killed run left half-staged, and folders named like versions nianbao
 * never numbers. The folder is only read.
 */
export async function verifyArchive(dir: string): Promise<VerifyResult> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw notFound(dir);
  const contents = await contentsOf(dir);
  const vouched = new Set<string>();
  const findings: Finding[] = [];
  let checked = 0;
  const manifests = contents.files.filter((file) => file.endsWith(MANIFEST_SUFFIX));
  for (const manifestFile of manifests) {
    const reading = await readManifestFile(join(dir, manifestFile));
    if ("problem" in reading) {
      const at = { file: manifestFile };
      findings.push(
        reading.problem === "outside"
          ? makeFinding("archive/record-outside", at, { ...at, names: reading.names.join("、") })
          : makeFinding("archive/manifest-unreadable", at, at),
      );
      continue;
    }
    for (const { file, sha256: expected } of recordedFiles(reading.manifest)) {
      const path = join(dirname(manifestFile), file);
      vouched.add(path);
      const read = await readRegularFile(join(dir, path));
      const where = { file: path, manifest: basename(manifestFile) };
      if ("problem" in read) {
        findings.push(makeFinding(RECORD_PROBLEM[read.problem], where, where));
        continue;
      }
      checked++;
      const actual = sha256(read.bytes);
      if (actual !== expected) findings.push(makeFinding("archive/changed", where, { ...where, expected, actual }));
    }
  }
  const unrecorded: [string[], "archive/unexpected" | "archive/link" | "archive/not-a-file"][] = [
    [contents.files.filter((file) => !file.endsWith(MANIFEST_SUFFIX)), "archive/unexpected"],
    [contents.links, "archive/link"],
    [contents.special, "archive/not-a-file"],
  ];
  for (const [paths, code] of unrecorded)
    for (const file of paths.filter((path) => !vouched.has(path))) findings.push(makeFinding(code, { file }, { file }));
  for (const file of contents.leftovers) findings.push(makeFinding("archive/leftover", { file }, { file }));
  for (const file of contents.foreignVersions) findings.push(makeFinding("archive/foreign-version", { file }, { file }));
  return {
    dir,
    manifests: manifests.length,
    files: checked,
    // What a killed run left is a warning: the versions themselves are whole.
    valid: !findings.some((finding) => finding.severity === "error"),
    findings,
  };
}
