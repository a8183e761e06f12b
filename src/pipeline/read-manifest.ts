import { z } from "zod";
import { isFolderName } from "../io/file-names.js";
import { readRegularFile } from "../io/read-regular.js";
import { OUTPUT_FORMATS, OUTPUT_KINDS } from "../outputs/formats.js";
import { recordedFiles, type Manifest } from "./manifest.js";

const record = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
/** The Word document's record is required; every other format's may be null, or absent in an older manifest. */
const formatRecords = Object.fromEntries(
  OUTPUT_KINDS.map((kind) => [OUTPUT_FORMATS[kind].manifestKey, kind === "docx" ? record : record.nullable().optional()]),
);
const manifestShape = z.object({
  tool: z.object({ name: z.literal("nianbao") }),
  ...formatRecords,
  source: record.optional(),
});

/**
 * A record names a file beside its manifest, as nianbao writes it: never a path (`../x`, `/etc/passwd`, `C:x`),
 * nor `.` or `..`, which would lead out of the version folder.
 */
const isNameBesideManifest = (name: string): boolean => isFolderName(name) && !/[/\\\0]|^[A-Za-z]:/.test(name);

/** Far above any manifest nianbao writes (a few KB with its warnings). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export type ManifestReading =
  | { manifest: Manifest }
  /** Missing, not a regular file, too large, not JSON, or not of the shape nianbao writes. */
  | { problem: "unreadable" }
  /** Records naming files outside the manifest's folder: none of them is to be read. */
  | { problem: "outside"; names: string[] };

/** A manifest nianbao wrote, as far as `verify` and the archive rely on it: its file records. */
export async function readManifestFile(path: string): Promise<ManifestReading> {
  const read = await readRegularFile(path);
  if (!("bytes" in read) || read.bytes.length > MAX_MANIFEST_BYTES) return { problem: "unreadable" };
  let json: unknown;
  try {
    json = JSON.parse(read.bytes.toString("utf8"));
  } catch {
    return { problem: "unreadable" };
  }
  if (!manifestShape.safeParse(json).success) return { problem: "unreadable" };
  // The whole manifest as written (its warnings, when it was made), once its records are of the shape relied on.
  const manifest = json as Manifest;
  const outside = recordedFiles(manifest).filter((entry) => !isNameBesideManifest(entry.file));
  return outside.length > 0 ? { problem: "outside", names: outside.map((entry) => entry.file) } : { manifest };
}

/** The manifest at `path`, or undefined for anything `readManifestFile` does not accept. */
export async function readManifest(path: string): Promise<Manifest | undefined> {
  const reading = await readManifestFile(path);
  return "manifest" in reading ? reading.manifest : undefined;
}
