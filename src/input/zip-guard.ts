/**
 * A workbook's zip, checked before any spreadsheet library parses it (issue 10): how many parts it has and how
 * large they are (a 1 MB zip may hold a 1 GB part), whether each part's checksum holds (a flipped bit must not be
 * read as data), all in bounded memory. yauzl reads the zip and stops a part that inflates beyond its declared
 * size; Node's zlib computes the checksums.
 */
import { crc32, inflateRawSync } from "node:zlib";
import yauzl from "yauzl";
import { FRAGMENT } from "../i18n/ui-text.js";
import { inputError } from "./open-file.js";

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
  /** Inflated parts the caller asked to keep, by name. */
  kept: Map<string, Buffer>;
}

// yauzl 3's readLocalFileHeader, which the published typings (for yauzl 2) do not have yet.
declare module "yauzl" {
  interface ZipFile {
    readLocalFileHeader(
      entry: Entry,
      options: { minimal: true },
      callback: (error: Error | null, header: { fileDataStart: number }) => void,
    ): void;
  }
}

class Refused extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}

const open = (bytes: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => (error ? reject(error) : resolve(zip!))),
  );

const STORED = 0;
const DEFLATED = 8;

/**
 * Inflates one part (never to more than it declared: zlib stops there) and checks its checksum. yauzl finds where
 * its data starts; the inflating is synchronous, several times quicker than yauzl's streams for parts this small.
 */
function readEntry(zip: yauzl.ZipFile, bytes: Buffer, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.readLocalFileHeader(entry, { minimal: true }, (error, header) => {
      if (error) return reject(error);
      const data = bytes.subarray(header.fileDataStart, header.fileDataStart + entry.compressedSize);
      const damaged = () => reject(new Refused({ kind: "checksum", part: entry.fileName }));
      let inflated: Buffer;
      try {
        if (entry.compressionMethod === STORED) inflated = data;
        else if (entry.compressionMethod === DEFLATED)
          inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
        else return reject(new Error("unsupported compression"));
      } catch {
        // Data that does not inflate, or inflates to more than the part declared.
        return damaged();
      }
      if (inflated.length !== entry.uncompressedSize || crc32(inflated) >>> 0 !== entry.crc32 >>> 0) return damaged();
      resolve(inflated);
    });
  });
}

/** Pictures and embedded files of a document: a published report's seal or chart (a 17 MB image is fine). */
export const MEDIA_PART = /^(word|xl)\/(media|embeddings)\//;

/**
 * Scans every part of the zip; returns the parts `keep` selects, or the first problem found. A zip yauzl cannot
 * read at all is `broken`: the caller's parser will say no more about it. With `skipMedia`, pictures and embedded
 * files are neither inflated nor counted: only for a caller that never reads them (the published-report reader
 * takes word/document.xml alone). exceljs and PizZip load every part of a workbook or template, so there they
 * are guarded like any other part.
 */
export async function scanZip(
  bytes: Buffer,
  keep: (name: string) => boolean,
  options: { skipMedia?: boolean } = {},
): Promise<ZipScan | ZipProblem> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
  } catch {
    return { kind: "broken" };
  }
  if (zip.entryCount > ZIP_LIMITS.entries) {
    zip.close();
    return { kind: "too-many-parts", count: zip.entryCount };
  }
  const kept = new Map<string, Buffer>();
  const names = new Set<string>();
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on("error", reject);
      zip.on("end", resolve);
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        const name = entry.fileName.toLowerCase();
        if (names.has(name)) return reject(new Refused({ kind: "duplicate", part: entry.fileName }));
        names.add(name);
        if (options.skipMedia && MEDIA_PART.test(entry.fileName) && !keep(entry.fileName)) return zip.readEntry();
        // Declared sizes first: a part that claims too much is refused before anything is inflated. One that
        // claims little and inflates to more is stopped by yauzl as soon as it passes what it declared.
        if (entry.uncompressedSize > ZIP_LIMITS.entryBytes)
          return reject(new Refused({ kind: "part-too-large", part: entry.fileName, bytes: entry.uncompressedSize }));
        total += entry.uncompressedSize;
        if (total > ZIP_LIMITS.totalBytes) return reject(new Refused({ kind: "too-large", bytes: total }));
        readEntry(zip, bytes, entry).then((data) => {
          if (keep(entry.fileName)) kept.set(entry.fileName, data);
          zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
  } catch (error) {
    return error instanceof Refused ? error.problem : { kind: "broken" };
  } finally {
    zip.close();
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
