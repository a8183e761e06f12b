/**
 * The zip's directory and the guard over its parts, in this process on zips written here byte by byte (the other
 * tests of hostile zips run the command in a process of its own): each field the directory reads, zip64's wide
 * values, every way a directory is broken, and each problem the guard finds, with the first one returned.
 */
import * as zlib from "node:zlib";
import { crc32, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readZipDirectory, setZipTimes, type ZipEntry } from "../src/input/zip-directory.js";
import {
  MEDIA_PART,
  partReaderOf,
  readPartInScript,
  readPartWithZlib,
  scanZip as scanZipAsNodeDoes,
  ZIP_LIMITS,
  zipRefusal,
  type PartReader,
} from "../src/input/zip-guard.js";

interface Part {
  name: string;
  data: Buffer | string;
  /** 0 stored (the default), 8 deflated; another number is written as it is. */
  method?: number;
  flags?: number;
  /** What the entry declares, when it is not the truth. */
  size?: number;
  crc?: number;
  /** Extra fields of the directory entry, as bytes. */
  extra?: Buffer;
  comment?: string;
  /** The local header's extra field length. */
  localExtra?: number;
}

interface Written {
  bytes: Buffer;
  /** Where each part's local header and directory entry were written, and where the directory and its end are. */
  locals: number[];
  centrals: number[];
  directory: number;
  end: number;
}

/** A zip as Office programs write one (APPNOTE 4.3), with whatever a part wants to say about itself. */
function writeZip(parts: readonly Part[], options: { comment?: string } = {}): Written {
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  const locals: number[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const raw = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, "utf8");
    const method = part.method ?? 0;
    const data = method === 8 ? deflateRawSync(raw) : raw;
    const crc = part.crc ?? crc32(raw);
    const size = part.size ?? raw.length;
    const localExtra = Buffer.alloc(part.localExtra ?? 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    locals.push(offset);
    chunks.push(local, name, localExtra, data);
    const extra = part.extra ?? Buffer.alloc(0);
    const comment = Buffer.from(part.comment ?? "", "utf8");
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt16LE(comment.length, 32);
    central.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([central, name, extra, comment]));
    offset += 30 + name.length + localExtra.length + data.length;
  }
  const directoryBytes = Buffer.concat(centrals);
  const centralAt: number[] = [];
  let at = offset;
  for (const central of centrals) {
    centralAt.push(at);
    at += central.length;
  }
  const comment = Buffer.from(options.comment ?? "", "utf8");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return {
    bytes: Buffer.concat([...chunks, directoryBytes, end, comment]),
    locals,
    centrals: centralAt,
    directory: offset,
    end: offset + directoryBytes.length,
  };
}

const entriesOf = (bytes: Uint8Array, max = 100): ZipEntry[] => {
  const directory = readZipDirectory(bytes, max);
  if (directory.kind !== "entries") throw new Error(`expected entries, got ${directory.kind}`);
  return directory.entries;
};

/** The zip64 extra field (id 1) with the given 8-byte values. */
const zip64Extra = (...values: number[]): Buffer => {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i));
  return extra;
};

/** Some other extra field (Info-ZIP's Unix times, 0x5455), which comes before zip64's in some writers. */
const otherExtra = (length: number): Buffer => {
  const extra = Buffer.alloc(4 + length, 0xee);
  extra.writeUInt16LE(0x5455, 0);
  extra.writeUInt16LE(length, 2);
  return extra;
};

describe("readZipDirectory", () => {
  it("reads each entry's name, method, flags, checksum, sizes and places", () => {
    const zip = writeZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/workbook.xml", data: "<workbook>" + "x".repeat(500) + "</workbook>", method: 8, localExtra: 5 },
      { name: "xl/秘密.bin", data: "abc", flags: 1, comment: "a comment" },
    ]);
    const [types, workbook, secret] = entriesOf(zip.bytes);
    expect(types).toEqual({
      name: "[Content_Types].xml",
      method: 0,
      encrypted: false,
      crc32: crc32(Buffer.from("<Types/>")),
      compressedSize: 8,
      size: 8,
      dataStart: 30 + "[Content_Types].xml".length,
      localHeader: 0,
      directoryEntry: zip.directory,
    });
    const deflated = deflateRawSync(Buffer.from("<workbook>" + "x".repeat(500) + "</workbook>"));
    expect(workbook).toMatchObject({
      name: "xl/workbook.xml",
      method: 8,
      encrypted: false,
      compressedSize: deflated.length,
      size: 521,
      localHeader: zip.locals[1],
      // Past the local header, its name and its own extra field (5 bytes), which may differ from the directory's.
      dataStart: zip.locals[1] + 30 + "xl/workbook.xml".length + 5,
      directoryEntry: zip.centrals[1],
    });
    expect(Buffer.from(zip.bytes.subarray(workbook.dataStart, workbook.dataStart + workbook.compressedSize))).toEqual(deflated);
    // The name is UTF-8 (3 bytes a character); the comment after the entry moves nothing.
    expect(secret).toMatchObject({ name: "xl/秘密.bin", encrypted: true, directoryEntry: zip.centrals[2], localHeader: zip.locals[2] });
  });

  it("finds the end record behind the zip's comment", () => {
    const zip = writeZip([{ name: "a.xml", data: "<a/>" }], { comment: "PK written by a tool, with PK in its comment" });
    expect(entriesOf(zip.bytes).map((entry) => entry.name)).toEqual(["a.xml"]);
  });

  it("finds the end record at the very start of a zip with no parts", () => {
    expect(readZipDirectory(writeZip([]).bytes, 10)).toEqual({ kind: "entries", entries: [] });
  });

  it("refuses more entries than allowed before reading any, and takes exactly as many", () => {
    const parts = ["a", "b", "c"].map((name) => ({ name, data: name }));
    expect(readZipDirectory(writeZip(parts).bytes, 2)).toEqual({ kind: "too-many-parts", count: 3 });
    expect(entriesOf(writeZip(parts).bytes, 3)).toHaveLength(3);
  });

  it("says broken when there is no end record, or it lies farther than a comment can reach", () => {
    expect(readZipDirectory(Buffer.from("not a zip at all, just text that is long enough"), 10)).toEqual({ kind: "broken" });
    expect(readZipDirectory(Buffer.alloc(10), 10)).toEqual({ kind: "broken" });
    const zip = writeZip([{ name: "a.xml", data: "<a/>" }]).bytes;
    // 65,535 bytes of comment are as far as the end record can be from the end; one more and it is not looked for.
    const farthest = Buffer.concat([zip, Buffer.alloc(0xffff)]);
    expect(readZipDirectory(farthest, 10).kind).toBe("entries");
    expect(readZipDirectory(Buffer.concat([zip, Buffer.alloc(0x10000)]), 10)).toEqual({ kind: "broken" });
  });

  it("says broken when a directory entry, a local header or a part's data is not where the directory says", () => {
    const zip = writeZip([
      { name: "a.xml", data: "<a/>" },
      { name: "b.xml", data: "<b/>" },
    ]);
    const wrongEntry = Buffer.from(zip.bytes);
    wrongEntry.writeUInt32LE(0x02014b51, zip.centrals[1]);
    expect(readZipDirectory(wrongEntry, 10)).toEqual({ kind: "broken" });
    const wrongLocal = Buffer.from(zip.bytes);
    wrongLocal.writeUInt32LE(0x04034b51, zip.locals[1]);
    expect(readZipDirectory(wrongLocal, 10)).toEqual({ kind: "broken" });
    const dataPastEnd = Buffer.from(zip.bytes);
    dataPastEnd.writeUInt32LE(zip.bytes.length, zip.centrals[1] + 20);
    expect(readZipDirectory(dataPastEnd, 10)).toEqual({ kind: "broken" });
    const directoryPastEnd = Buffer.from(zip.bytes);
    directoryPastEnd.writeUInt32LE(zip.bytes.length - 2, zip.end + 16);
    expect(readZipDirectory(directoryPastEnd, 10)).toEqual({ kind: "broken" });
    const namePastEnd = Buffer.from(zip.bytes);
    namePastEnd.writeUInt16LE(0xffff, zip.centrals[1] + 28);
    expect(readZipDirectory(namePastEnd, 10)).toEqual({ kind: "broken" });
    const moreEntriesThanWritten = Buffer.from(zip.bytes);
    moreEntriesThanWritten.writeUInt16LE(3, zip.end + 10);
    expect(readZipDirectory(moreEntriesThanWritten, 10)).toEqual({ kind: "broken" });
    // Data that ends exactly at the directory is whole.
    expect(entriesOf(zip.bytes)).toHaveLength(2);
  });

  it("takes sizes and the local header's place from the zip64 extra field when the entry says 0xFFFFFFFF", () => {
    const plain = writeZip([
      { name: "pad.xml", data: "<pad/>" },
      { name: "a.xml", data: "<a>zip64</a>" },
    ]);
    const [, real] = entriesOf(plain.bytes);
    const zip = writeZip([
      { name: "pad.xml", data: "<pad/>" },
      {
        name: "a.xml",
        data: "<a>zip64</a>",
        extra: Buffer.concat([otherExtra(5), zip64Extra(real.size, real.compressedSize, real.localHeader)]),
      },
    ]);
    const wide = Buffer.from(zip.bytes);
    for (const field of [20, 24, 42]) wide.writeUInt32LE(0xffffffff, zip.centrals[1] + field);
    expect(entriesOf(wide)[1]).toMatchObject({
      name: "a.xml",
      size: real.size,
      compressedSize: real.compressedSize,
      localHeader: real.localHeader,
      dataStart: real.dataStart,
    });
  });

  it("reads from the zip64 field only the values the entry left at 0xFFFFFFFF, in the order APPNOTE gives", () => {
    // Only the size is wide: the field holds that one value, and the others stay as the entry says.
    const zip = writeZip([{ name: "a.xml", data: "<a>only the size</a>", extra: zip64Extra(99) }]);
    const bytes = Buffer.from(zip.bytes);
    bytes.writeUInt32LE(0xffffffff, zip.centrals[0] + 24);
    expect(entriesOf(bytes)[0]).toMatchObject({ size: 99, compressedSize: 20, localHeader: 0 });
    // Without a zip64 field, 0xFFFFFFFF is taken as it stands (and then the data is past the end).
    const without = Buffer.from(writeZip([{ name: "a.xml", data: "<a/>" }]).bytes);
    without.writeUInt32LE(0xffffffff, writeZip([{ name: "a.xml", data: "<a/>" }]).centrals[0] + 24);
    expect(entriesOf(without)[0].size).toBe(0xffffffff);
  });

  it("says broken when a zip64 value is past the field or larger than a safe integer", () => {
    const short = writeZip([{ name: "a.xml", data: "<a/>", extra: zip64Extra() }]);
    const truncated = Buffer.from(short.bytes);
    truncated.writeUInt32LE(0xffffffff, short.centrals[0] + 24);
    // The field holds no value: the size is not read from the bytes after it (here, the end record).
    expect(readZipDirectory(truncated, 10)).toEqual({ kind: "broken" });
    // Two values wanted, one held.
    const one = writeZip([{ name: "a.xml", data: "<a/>", extra: zip64Extra(4) }]);
    const both = Buffer.from(one.bytes);
    both.writeUInt32LE(0xffffffff, one.centrals[0] + 20);
    both.writeUInt32LE(0xffffffff, one.centrals[0] + 24);
    expect(readZipDirectory(both, 10)).toEqual({ kind: "broken" });
    both.writeUInt32LE(4, one.centrals[0] + 20);
    expect(entriesOf(both)[0]).toMatchObject({ size: 4, compressedSize: 4 });
    const huge = writeZip([{ name: "a.xml", data: "<a/>", extra: zip64Extra(0) }]);
    const unsafe = Buffer.from(huge.bytes);
    unsafe.writeUInt32LE(0xffffffff, huge.centrals[0] + 24);
    const extraAt = huge.centrals[0] + 46 + "a.xml".length;
    unsafe.writeUInt32LE(0xffffffff, extraAt + 4);
    unsafe.writeUInt32LE(0x00200000, extraAt + 8); // 2^53: one past the largest safe integer
    expect(readZipDirectory(unsafe, 10)).toEqual({ kind: "broken" });
    unsafe.writeUInt32LE(0x001fffff, extraAt + 8); // 2^53 - 1: safe, so read (and then too large for the bytes)
    expect(readZipDirectory(unsafe, 10)).toEqual({ kind: "entries", entries: [expect.objectContaining({ size: 2 ** 53 - 1 })] });
  });

  /** The zip with a zip64 end record and locator before its end record, which says 0xFFFF entries. */
  function zip64Directory(zip: Written, count: number, options: { signature?: number; offset?: number } = {}): Buffer {
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(options.signature ?? 0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeBigUInt64LE(BigInt(count), 24);
    end64.writeBigUInt64LE(BigInt(count), 32);
    end64.writeBigUInt64LE(BigInt(zip.end - zip.directory), 40);
    end64.writeBigUInt64LE(BigInt(options.offset ?? zip.directory), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(zip.end), 8);
    locator.writeUInt32LE(1, 16);
    const end = Buffer.from(zip.bytes.subarray(zip.end));
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 16);
    return Buffer.concat([zip.bytes.subarray(0, zip.end), end64, locator, end]);
  }

  it("reads the count and the directory's place from the zip64 end record", () => {
    const zip = writeZip([
      { name: "a.xml", data: "<a/>" },
      { name: "b.xml", data: "<b/>" },
    ]);
    expect(entriesOf(zip64Directory(zip, 2)).map((entry) => entry.name)).toEqual(["a.xml", "b.xml"]);
    expect(readZipDirectory(zip64Directory(zip, 2), 1)).toEqual({ kind: "too-many-parts", count: 2 });
    expect(readZipDirectory(zip64Directory(zip, 2, { signature: 0x06064b51 }), 10)).toEqual({ kind: "broken" });
    expect(readZipDirectory(zip64Directory(zip, 2, { offset: zip.directory + 1 }), 10)).toEqual({ kind: "broken" });
  });

  it("keeps the end record's count and place when only one of them is full and there is no locator", () => {
    const zip = writeZip([{ name: "a.xml", data: "<a/>" }]);
    // 0xFFFF entries said, no zip64 locator before the end record: the count is taken as said, and the directory
    // has one entry where it expects 65,535.
    const bytes = Buffer.from(zip.bytes);
    bytes.writeUInt16LE(0xffff, zip.end + 10);
    expect(readZipDirectory(bytes, 100)).toEqual({ kind: "too-many-parts", count: 0xffff });
    expect(readZipDirectory(bytes, 0x10000)).toEqual({ kind: "broken" });
  });
});

describe("setZipTimes", () => {
  const dosFields = (bytes: Uint8Array, at: number) => {
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { time: view.readUInt16LE(at), date: view.readUInt16LE(at + 2) };
  };

  it("stamps every local header and directory entry with the time, in two-second steps, in UTC", () => {
    const zip = writeZip([
      { name: "a.xml", data: "<a/>" },
      { name: "b.xml", data: "<b/>" },
    ]);
    const stamped = setZipTimes(Buffer.from(zip.bytes), new Date("2026-01-15T13:45:31Z"));
    // 13:45:31 → 13 << 11 | 45 << 5 | 15; 2026-01-15 → 46 << 9 | 1 << 5 | 15.
    const expected = { time: (13 << 11) | (45 << 5) | 15, date: (46 << 9) | (1 << 5) | 15 };
    for (const at of zip.locals) expect(dosFields(stamped, at + 10)).toEqual(expected);
    for (const at of zip.centrals) expect(dosFields(stamped, at + 12)).toEqual(expected);
    // Nothing else changes.
    const restamped = Buffer.from(stamped);
    for (const at of zip.locals) restamped.writeUInt32LE(0, at + 10);
    for (const at of zip.centrals) restamped.writeUInt32LE(0, at + 12);
    expect(restamped).toEqual(zip.bytes);
  });

  it("holds the year within what a zip can say (1980 to 2107)", () => {
    const zip = writeZip([{ name: "a.xml", data: "<a/>" }]);
    expect(dosFields(setZipTimes(Buffer.from(zip.bytes), new Date("1970-06-01T00:00:00Z")), zip.locals[0] + 10).date).toBe(
      (0 << 9) | (6 << 5) | 1,
    );
    expect(dosFields(setZipTimes(Buffer.from(zip.bytes), new Date("2200-12-31T23:59:59Z")), zip.locals[0] + 10)).toEqual({
      time: (23 << 11) | (59 << 5) | 29,
      date: (127 << 9) | (12 << 5) | 31,
    });
  });

  it("returns a zip it cannot read as it is", () => {
    const bytes = Buffer.from("not a zip, and long enough to be searched for an end");
    expect(setZipTimes(bytes, new Date())).toBe(bytes);
    expect(bytes.toString()).toBe("not a zip, and long enough to be searched for an end");
  });
});

describe("the part reader", () => {
  it("is zlib's where the process has Node's modules, and the script's in the page, which has no process", () => {
    const asked: string[] = [];
    const fakeZlib = { inflateRawSync: () => Buffer.from("<a/>"), crc32: () => 7 };
    const inNode = partReaderOf({ process: { getBuiltinModule: (id) => (asked.push(id), fakeZlib) } });
    expect(asked).toEqual(["node:zlib"]);
    expect(inNode(Buffer.from("x"), { method: 8, size: 4, crc32: 7 }, true)?.toString()).toBe("<a/>");
    expect(partReaderOf({})).toBe(readPartInScript);
    expect(partReaderOf({ process: {} })).toBe(readPartInScript);
  });

  it("asks zlib for no more than the part declared (at least one byte, zlib's least)", () => {
    const limits: (number | undefined)[] = [];
    const read = readPartWithZlib({
      inflateRawSync: (_: unknown, options?: { maxOutputLength?: number }) => (limits.push(options?.maxOutputLength), Buffer.alloc(0)),
      crc32: () => 0,
    } as unknown as typeof zlib);
    expect(read(Buffer.from("x"), { method: 8, size: 4, crc32: 0 }, true)).toBeUndefined();
    expect(read(Buffer.from("x"), { method: 8, size: 0, crc32: 0 }, true)).toHaveLength(0);
    expect(read(Buffer.from("stored"), { method: 0, size: 6, crc32: 0 }, true)?.toString()).toBe("stored");
    expect(limits).toEqual([4, 1]);
  });

  it("gives back a part only checked as no bytes, from either reader", () => {
    const data = deflateRawSync("<a>text</a>");
    const entry = { method: 8, size: 11, crc32: crc32("<a>text</a>") };
    for (const read of [readPartInScript, readPartWithZlib(zlib)]) {
      expect(Buffer.from(read(data, entry, true)!).toString()).toBe("<a>text</a>");
      expect(read(data, entry, false)).toHaveLength(0);
    }
  });
});

describe.each<[string, PartReader]>([
  ["Node's zlib", readPartWithZlib(zlib)],
  ["the page's script", readPartInScript],
])("scanZip, inflating with %s", (_, readPart) => {
  const keepAll = () => true;
  const keepNone = () => false;
  const scanZip = (bytes: Uint8Array, keep: (name: string) => boolean, options: { skipMedia?: boolean } = {}) =>
    scanZipAsNodeDoes(bytes, keep, { ...options, readPart });

  it("keeps the parts asked for, inflated, and only checks the others", async () => {
    const long = "<row>" + "数据".repeat(30_000) + "</row>"; // inflates in several chunks
    const zip = writeZip([
      { name: "xl/", data: "" },
      { name: "xl/workbook.xml", data: "<workbook/>", method: 8 },
      { name: "xl/worksheets/sheet1.xml", data: long, method: 8 },
      { name: "docProps/app.xml", data: "<app/>" },
    ]);
    const scan = await scanZip(zip.bytes, (name) => name.startsWith("xl/"));
    if (!("kept" in scan)) throw new Error(scan.kind);
    // The folder entry is neither kept nor checked; the part not asked for is checked and not kept.
    expect([...scan.kept.keys()]).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(scan.kept.get("xl/workbook.xml")!.toString("utf8")).toBe("<workbook/>");
    expect(scan.kept.get("xl/worksheets/sheet1.xml")!.toString("utf8")).toBe(long);
    expect(Buffer.isBuffer(scan.kept.get("xl/workbook.xml"))).toBe(true);
  });

  it("keeps a stored part as its bytes", async () => {
    const scan = await scanZip(writeZip([{ name: "a.xml", data: "<a>stored</a>" }]).bytes, keepAll);
    expect("kept" in scan && scan.kept.get("a.xml")!.toString("utf8")).toBe("<a>stored</a>");
  });

  it("refuses two parts of one name, whatever their case", async () => {
    const zip = writeZip([
      { name: "xl/workbook.xml", data: "<a/>" },
      { name: "XL/Workbook.xml", data: "<b/>" },
    ]);
    expect(await scanZip(zip.bytes, keepNone)).toEqual({ kind: "duplicate", part: "XL/Workbook.xml" });
  });

  it("says broken for an encrypted part and for a method Office does not write", async () => {
    expect(await scanZip(writeZip([{ name: "a.xml", data: "<a/>", flags: 1 }]).bytes, keepNone)).toEqual({ kind: "broken" });
    expect(await scanZip(writeZip([{ name: "a.xml", data: "<a/>", method: 12 }]).bytes, keepNone)).toEqual({ kind: "broken" });
    expect(await scanZip(Buffer.from("no zip here, only words that go on for a while"), keepNone)).toEqual({ kind: "broken" });
  });

  it("refuses a part that declares more than a part may hold, before inflating anything", async () => {
    const at = ZIP_LIMITS.entryBytes;
    const exactly = writeZip([{ name: "a.xml", data: "<a/>", size: at }]);
    // Exactly the limit is allowed (and then the part is not what it says: a checksum problem).
    expect(await scanZip(exactly.bytes, keepNone)).toEqual({ kind: "checksum", part: "a.xml" });
    const over = writeZip([{ name: "big.xml", data: "<a/>", size: at + 1 }]);
    expect(await scanZip(over.bytes, keepNone)).toEqual({ kind: "part-too-large", part: "big.xml", bytes: at + 1 });
  });

  it("refuses parts that together declare more than the whole may hold", async () => {
    // Three sound parts as large as a part may be fill the whole exactly; one byte more is refused before it is read.
    const full = Array.from({ length: ZIP_LIMITS.totalBytes / ZIP_LIMITS.entryBytes }, (_, i) => ({
      name: `sheet${i}.xml`,
      data: Buffer.alloc(ZIP_LIMITS.entryBytes),
      method: 8,
    }));
    expect(await scanZip(writeZip([...full, { name: "last.xml", data: "x", crc: 1 }]).bytes, keepNone)).toEqual({
      kind: "too-large",
      bytes: ZIP_LIMITS.totalBytes + 1,
    });
    const scan = await scanZip(writeZip([...full, { name: "empty.xml", data: "" }]).bytes, (name) => name === "empty.xml");
    expect("kept" in scan && scan.kept.get("empty.xml")!.length).toBe(0);
  });

  it("finds a part whose checksum, length or data is not what the directory says", async () => {
    const wrongCrc = writeZip([{ name: "a.xml", data: "<a/>", crc: 12345 }]);
    expect(await scanZip(wrongCrc.bytes, keepAll)).toEqual({ kind: "checksum", part: "a.xml" });
    const shorter = writeZip([{ name: "a.xml", data: "<a>some text</a>", method: 8, size: 5 }]);
    expect(await scanZip(shorter.bytes, keepNone)).toEqual({ kind: "checksum", part: "a.xml" });
    const longer = writeZip([{ name: "a.xml", data: "<a/>", method: 8, size: 40 }]);
    expect(await scanZip(longer.bytes, keepNone)).toEqual({ kind: "checksum", part: "a.xml" });
    const storedShorter = writeZip([{ name: "a.xml", data: "<a>text</a>", size: 3 }]);
    expect(await scanZip(storedShorter.bytes, keepNone)).toEqual({ kind: "checksum", part: "a.xml" });
    const notDeflate = writeZip([{ name: "a.xml", data: "\xff\xff\xff\xff plainly not deflate data" }]);
    const bytes = Buffer.from(notDeflate.bytes);
    bytes.writeUInt16LE(8, notDeflate.centrals[0] + 10);
    expect(await scanZip(bytes, keepNone)).toEqual({ kind: "checksum", part: "a.xml" });
  });

  it("stops a part that inflates far beyond what it declared", async () => {
    const bomb = writeZip([{ name: "xl/sharedStrings.xml", data: Buffer.alloc(4 * 1024 * 1024), method: 8, size: 1024 }]);
    expect(await scanZip(bomb.bytes, keepAll)).toEqual({ kind: "checksum", part: "xl/sharedStrings.xml" });
  });

  it("with skipMedia, leaves pictures and embedded files unread unless asked for", async () => {
    const zip = writeZip([
      { name: "word/document.xml", data: "<w:document/>" },
      { name: "word/media/image1.png", data: "not a png", crc: 1 },
      { name: "word/embeddings/sheet.xlsx", data: "x", size: ZIP_LIMITS.entryBytes + 1 },
    ]);
    const skipping = await scanZip(zip.bytes, (name) => name === "word/document.xml", { skipMedia: true });
    expect("kept" in skipping && [...skipping.kept.keys()]).toEqual(["word/document.xml"]);
    // Not skipped: the picture's checksum is checked.
    expect(await scanZip(zip.bytes, keepNone)).toEqual({ kind: "checksum", part: "word/media/image1.png" });
    // Skipped, but asked for: read and checked.
    expect(await scanZip(zip.bytes, (name) => name.includes("media"), { skipMedia: true })).toEqual({
      kind: "checksum",
      part: "word/media/image1.png",
    });
    expect(MEDIA_PART.test("xl/media/image1.png")).toBe(true);
    expect(MEDIA_PART.test("ppt/media/image1.png")).toBe(false);
    expect(MEDIA_PART.test("word/document.xml")).toBe(false);
    expect(MEDIA_PART.test("customXml/word/media/x")).toBe(false);
  });

  it("counts the entries against the limit before reading them", async () => {
    const parts = Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, i) => ({ name: `p${i}`, data: "" }));
    expect(await scanZip(writeZip(parts).bytes, keepNone)).toEqual({ kind: "too-many-parts", count: ZIP_LIMITS.entries + 1 });
    expect("kept" in (await scanZip(writeZip(parts.slice(1)).bytes, keepNone))).toBe(true);
  });
});

describe("zipRefusal", () => {
  const refusal = (problem: Parameters<typeof zipRefusal>[0], of?: "workbook" | "document") => {
    const error = zipRefusal(problem, "报表.xlsx", of);
    return { code: error.finding.code, message: error.message };
  };

  it("says each problem of a workbook in Excel's words and of a document in Word's", () => {
    expect(refusal({ kind: "broken" })).toMatchObject({ code: "input/corrupt", message: expect.stringContaining("压缩结构已损坏") });
    expect(refusal({ kind: "broken" }, "document")).toMatchObject({ code: "document/corrupt" });
    expect(refusal({ kind: "checksum", part: "xl/styles.xml" })).toMatchObject({
      code: "input/corrupt",
      message: expect.stringContaining("其中 xl/styles.xml 的校验和不符"),
    });
    expect(refusal({ kind: "duplicate", part: "word/document.xml" }, "document")).toMatchObject({
      code: "document/corrupt",
      message: expect.stringContaining("两个同名的部分 word/document.xml"),
    });
    expect(refusal({ kind: "too-many-parts", count: 501 })).toMatchObject({
      code: "input/too-large",
      message: expect.stringContaining("含 501 个部件"),
    });
    expect(refusal({ kind: "part-too-large", part: "xl/sharedStrings.xml", bytes: 17 * 1024 * 1024 }, "document")).toMatchObject({
      code: "document/too-large",
      message: expect.stringContaining("其中 xl/sharedStrings.xml 解压后有 17.0 MB"),
    });
    expect(refusal({ kind: "too-large", bytes: 60 * 1024 * 1024 })).toMatchObject({
      code: "input/too-large",
      message: expect.stringContaining("48.0"),
    });
    expect(refusal({ kind: "broken" }).message).toContain("报表.xlsx");
  });
});
