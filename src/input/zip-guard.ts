/**
 * A workbook's zip, checked before any spreadsheet library parses it (issue 10): how many parts it has and how
 * large they are (a 1 MB zip may hold a 1 GB part), whether each part's checksum holds (a flipped bit must not be
 * read as data), all in bounded memory. The same guard runs in Node and in the page (issue 20): the zip's directory
 * is read here (zip-directory.ts); Node's zlib inflates and checks where there is one, fflate and crc-32 in the page.
 */
import CRC32 from "crc-32";
import { Inflate } from "fflate";
import { FRAGMENT } from "../i18n/ui-text.js";
import { inputError } from "./classify.js";
import { readZipDirectory, type ZipEntry } from "./zip-directory.js";

/**
 * Far above what the standardized workbook needs (about 25 parts, 40 KB zipped, 400 KB inflated), and below what
 * takes more than a second or a few hundred MB to parse.
 */
export const ZIP_LIMITS = {
  entries: 500,
  entryBytes: 16 * 1024 * 1024,
  totalBytes: 48 * 1024 * 1024,
} as const;

export type ZipProblem =
  | { kind: "too-many-parts"; count: number }
  | { kind: "part-too-large"; part: string; bytes: number }
  | { kind: "too-large"; bytes: number }
  | { kind: "checksum"; part: string }
  /** Two parts of one name: which one a reader takes is up to the reader, so none is taken. */
  | { kind: "duplicate"; part: string }
  | { kind: "broken" };

export interface ZipScan {
  /** Inflated parts the caller asked to keep, by name (a Buffer: the page has the same global, bundled). */
  kept: Map<string, Buffer>;
}

const STORED = 0;
const DEFLATED = 8;
/**
 * Compressed bytes given to the inflater at a time: deflate expands at most about 1032 times, so a part that
 * inflates beyond what it declared is stopped within 16 MB of output, whatever it would have become.
 */
const INFLATE_STEP = 16 * 1024;

const NOT_KEPT = new Uint8Array(0);

/** More output than the part declared: stopped at once, and said as a checksum problem (the part is not what it says). */
class Overflow extends Error {}

/** The part of node:zlib used here, named so that the page's modules import nothing of Node's, not even a type. */
export interface NodeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
  crc32(data: Uint8Array): number;
}

/**
 * How a part's data is inflated and checked: its bytes are kept only when asked for; `undefined` when the data does
 * not inflate, inflates to other than the declared size, or fails its checksum. Either way no more than the declared
 * size is ever produced: a part that inflates beyond it is stopped there.
 */
export type PartReader = (data: Uint8Array, entry: Pick<ZipEntry, "method" | "size" | "crc32">, keep: boolean) => Uint8Array | undefined;

/** The page's reader: fflate inflates in steps, crc-32 checks each piece as it comes; only kept parts are joined. */
export const readPartInScript: PartReader = (data, entry, keep) => {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let crc = 0;
  const take = (chunk: Uint8Array) => {
    length += chunk.length;
    if (length > entry.size) throw new Overflow();
    crc = CRC32.buf(chunk, crc);
    if (keep) chunks.push(chunk);
  };
  try {
    if (entry.method === STORED) take(data);
    else {
      const inflater = new Inflate((chunk) => take(chunk));
      for (let at = 0; at < data.length; at += INFLATE_STEP) inflater.push(data.subarray(at, at + INFLATE_STEP));
      inflater.push(new Uint8Array(0), true);
    }
  } catch {
    // Data that does not inflate, or inflates to more than the part declared.
    return undefined;
  }
  if (length !== entry.size || crc >>> 0 !== entry.crc32) return undefined;
  // A part only checked is not joined: a 16 MB part would cost 16 MB to say that it is sound.
  if (!keep) return NOT_KEPT;
  if (chunks.length === 1) return chunks[0];
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
};

/**
 * Node's reader: zlib inflates at once into at most the declared size (`maxOutputLength`: past it, zlib stops and
 * throws) and computes the checksum. Native code, where a cold start's first run of fflate is unoptimised script:
 * in CPU profiles of a cold generate of the 2025 example, fflate's inflating took about 35 ms (growing its buffers
 * included), and the whole guard takes about 6 ms with zlib.
 */
export const readPartWithZlib =
  (zlib: NodeZlib): PartReader =>
  (data, entry, keep) => {
    let part: Uint8Array;
    try {
      // zlib refuses a limit of 0; an empty part that inflates to a byte is caught by the length below.
      part = entry.method === STORED ? data : zlib.inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
    } catch {
      return undefined;
    }
    if (part.length !== entry.size || zlib.crc32(part) !== entry.crc32) return undefined;
    return keep ? part : NOT_KEPT;
  };

/** Node's reader in Node, the script's in the page: `process.getBuiltinModule` (Node 20.16 and later) is Node's alone. */
export function partReaderOf(global: { process?: { getBuiltinModule?: (id: string) => unknown } }): PartReader {
  const zlib = global.process?.getBuiltinModule?.("node:zlib") as NodeZlib | undefined;
  return zlib ? readPartWithZlib(zlib) : readPartInScript;
}

const readPart = partReaderOf(globalThis);

/** Pictures and embedded files of a document: a published report's seal or chart (a 17 MB image is fine). */
export const MEDIA_PART = /^(word|xl)\/(media|embeddings)\//;

/**
 * Scans every part of the zip; returns the parts `keep` selects, or the first problem found. A zip whose directory
 * cannot be read, or whose parts are encrypted or compressed in a way no Office program writes, is `broken`: the caller's parser will say no more about it. With `skipMedia`, pictures and embedded
 * files are neither inflated nor counted: only for a caller that never reads them (the published-report reader
 * takes word/document.xml alone). exceljs and PizZip load every part of a workbook or template, so there they
 * are guarded like any other part.
 */
export async function scanZip(
  bytes: Uint8Array,
  keep: (name: string) => boolean,
  options: { skipMedia?: boolean; readPart?: PartReader } = {},
): Promise<ZipScan | ZipProblem> {
  const read = options.readPart ?? readPart;
  const directory = readZipDirectory(bytes, ZIP_LIMITS.entries);
  if (directory.kind !== "entries") return directory;
  const kept = new Map<string, Buffer>();
  const names = new Set<string>();
  let total = 0;
  for (const entry of directory.entries) {
    if (entry.name.endsWith("/")) continue;
    const name = entry.name.toLowerCase();
    if (names.has(name)) return { kind: "duplicate", part: entry.name };
    names.add(name);
    if (options.skipMedia && MEDIA_PART.test(entry.name) && !keep(entry.name)) continue;
    if (entry.encrypted || (entry.method !== STORED && entry.method !== DEFLATED)) return { kind: "broken" };
    // Declared sizes first: a part that claims too much is refused before anything is inflated. One that claims
    // little and inflates to more is stopped as soon as it passes what it declared.
    if (entry.size > ZIP_LIMITS.entryBytes) return { kind: "part-too-large", part: entry.name, bytes: entry.size };
    total += entry.size;
    if (total > ZIP_LIMITS.totalBytes) return { kind: "too-large", bytes: total };
    const wanted = keep(entry.name);
    const data = read(bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize), entry, wanted);
    if (!data) return { kind: "checksum", part: entry.name };
    if (wanted) kept.set(entry.name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }
  return { kept };
}

const MIB = 1024 * 1024;
const mib = (bytes: number) => (bytes / MIB).toFixed(1);

/**
 * The zip's problem as the input error the clerk reads: for a workbook, Excel's advice; for a Word document (a
 * published report, a template), Word's.
 */
export function zipRefusal(problem: ZipProblem, file: string, of: "workbook" | "document" = "workbook") {
  const corrupt = (detail: string) =>
    of === "workbook" ? inputError("input/corrupt", file, { detail }) : inputError("document/corrupt", file, { detail });
  const tooLarge = (detail: string) =>
    of === "workbook" ? inputError("input/too-large", file, { detail }) : inputError("document/too-large", file, { detail });
  switch (problem.kind) {
    case "broken":
      return corrupt(FRAGMENT.zipBroken);
    case "checksum":
      return corrupt(FRAGMENT.checksum(problem.part));
    case "duplicate":
      return corrupt(FRAGMENT.duplicatePart(problem.part));
    case "too-many-parts":
      return tooLarge(FRAGMENT.tooManyParts(problem.count));
    case "part-too-large":
      return tooLarge(FRAGMENT.partTooLarge(problem.part, mib(problem.bytes)));
    case "too-large":
      return tooLarge(FRAGMENT.unpackedTooLarge(mib(ZIP_LIMITS.totalBytes)));
  }
}
