/**
 * A zip's central directory (APPNOTE.TXT 4.3.12–4.3.16, 4.5.3), read with every offset checked against the bytes:
 * the parts of a workbook or document, where each one's data starts, and what it declares (size, checksum). Only
 * reading: inflating and checking are the guard's (zip-guard.ts).
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  encrypted: boolean;
  crc32: number;
  compressedSize: number;
  /** The size it declares once inflated. */
  size: number;
  /** Where its compressed data starts, past its local header. */
  dataStart: number;
  /** Where its local header and its central directory entry are. */
  localHeader: number;
  directoryEntry: number;
}

export type ZipDirectory = { kind: "entries"; entries: ZipEntry[] } | { kind: "too-many-parts"; count: number } | { kind: "broken" };

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
/** The end record (22 bytes) and the longest comment it may carry. */
const MAX_END_SEARCH = 22 + 0xffff;
const FULL32 = 0xffffffff;

class Broken extends Error {}

const utf8 = new TextDecoder("utf-8");

/** The zip's fields, little-endian, each read only within the bytes (a field past the end makes the zip broken). */
function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const inside = (at: number, length: number) => {
    if (!Number.isSafeInteger(at) || at < 0 || at + length > bytes.length) throw new Broken();
  };
  return {
    u16: (at: number) => (inside(at, 2), view.getUint16(at, true)),
    u32: (at: number) => (inside(at, 4), view.getUint32(at, true)),
    u64: (at: number) => {
      inside(at, 8);
      const value = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
      if (!Number.isSafeInteger(value)) throw new Broken();
      return value;
    },
    slice: (at: number, length: number) => (inside(at, length), bytes.subarray(at, at + length)),
  };
}

function findEnd(bytes: Uint8Array, field: ReturnType<typeof reader>): number {
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - MAX_END_SEARCH; at--)
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && field.u32(at) === END_OF_DIRECTORY) return at;
  throw new Broken();
}

/** The sizes and offset a zip64 extra field gives for those of the entry that are 0xFFFFFFFF (APPNOTE 4.5.3). */
function zip64Values(field: ReturnType<typeof reader>, start: number, length: number, wanted: number[]): number[] {
  for (let at = start; at + 4 <= start + length; at += 4 + field.u16(at + 2)) {
    if (field.u16(at) !== ZIP64_EXTRA) continue;
    const fieldEnd = at + 4 + field.u16(at + 2);
    let next = at + 4;
    return wanted.map((value) => {
      if (value !== FULL32) return value;
      // A value the field does not hold would be read from whatever follows it.
      if (next + 8 > fieldEnd) throw new Broken();
      const wide = field.u64(next);
      next += 8;
      return wide;
    });
  }
  return wanted;
}

/** The entries of the zip's central directory; more than `maxEntries` are refused before any is read. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  try {
    const field = reader(bytes);
    const end = findEnd(bytes, field);
    let count = field.u16(end + 10);
    let offset = field.u32(end + 16);
    if ((count === 0xffff || offset === FULL32) && end >= 20 && field.u32(end - 20) === ZIP64_LOCATOR) {
      const end64 = field.u64(end - 12);
      if (field.u32(end64) !== ZIP64_END_OF_DIRECTORY) throw new Broken();
      count = field.u64(end64 + 32);
      offset = field.u64(end64 + 48);
    }
    if (count > maxEntries) return { kind: "too-many-parts", count };
    const entries: ZipEntry[] = [];
    for (let i = 0, at = offset; i < count; i++) {
      if (field.u32(at) !== DIRECTORY_ENTRY) throw new Broken();
      const flags = field.u16(at + 8);
      const nameLength = field.u16(at + 28);
      const extraLength = field.u16(at + 30);
      const commentLength = field.u16(at + 32);
      // UTF-8 whether flagged so or not (bit 11): the parts an Office file has are ASCII, and a name's other
      // characters only appear in a message.
      const name = utf8.decode(field.slice(at + 46, nameLength));
      const [size, compressedSize, localHeader] = zip64Values(field, at + 46 + nameLength, extraLength, [
        field.u32(at + 24),
        field.u32(at + 20),
        field.u32(at + 42),
      ]);
      if (field.u32(localHeader) !== LOCAL_HEADER) throw new Broken();
      const dataStart = localHeader + 30 + field.u16(localHeader + 26) + field.u16(localHeader + 28);
      field.slice(dataStart, compressedSize);
      entries.push({
        name,
        method: field.u16(at + 10),
        encrypted: (flags & 1) === 1,
        crc32: field.u32(at + 16),
        compressedSize,
        size,
        dataStart,
        localHeader,
        directoryEntry: at,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return { kind: "entries", entries };
  } catch (error) {
    if (error instanceof Broken) return { kind: "broken" };
    throw error;
  }
}

/** A time as a zip records it (MS-DOS date and time, two-second steps), in UTC as exceljs's zip writes it. */
function dosTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * The zip with every part stamped with one time, in its local header and its directory entry: what makes a
 * workbook written twice from the same inputs the same bytes. A zip it cannot read is returned as it is.
 */
export function setZipTimes(bytes: Uint8Array, date: Date): Uint8Array {
  const directory = readZipDirectory(bytes, Number.MAX_SAFE_INTEGER);
  if (directory.kind !== "entries") return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stamp = dosTime(date);
  for (const entry of directory.entries) {
    view.setUint16(entry.directoryEntry + 12, stamp.time, true);
    view.setUint16(entry.directoryEntry + 14, stamp.date, true);
    view.setUint16(entry.localHeader + 10, stamp.time, true);
    view.setUint16(entry.localHeader + 12, stamp.date, true);
  }
  return bytes;
}
