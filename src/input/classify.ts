/**
 * What an input is, told from its bytes and its name alone: the pure part of opening a file, the same in Node
 * (open-file.ts reads the file) and in the page (which is given the bytes).
 */
import { baseName } from "../values/base-name.js";
import { InputError, makeFinding, type Finding, type Location } from "../findings/finding.js";
import type { FindingCode, MessageParams } from "../i18n/finding-messages.js";
import { FRAGMENT } from "../i18n/ui-text.js";
import { contentStart } from "../values/text.js";

export type FileKind = "xlsx" | "json" | "docx" | "html" | "pdf";

/** A published report (checked as printed, never generated again) rather than a workbook or its JSON form. */
export const isPublishedKind = (kind: FileKind): boolean => kind === "docx" || kind === "html" || kind === "pdf";

/** A zip holding a Word document's body: its name is in the zip's directory, uncompressed. */
const isWordZip = (bytes: Buffer): boolean => bytes.includes("word/document.xml", 0, "latin1");
/** A web page: markup from its first character, or a doctype, html or table tag near the start. */
const isHtml = (head: string): boolean => head.startsWith("<") || /<(!doctype\s+html|html[\s>]|table[\s>]|body[\s>])/i.test(head);

/** PDF's header, which readers find within the first kilobyte (ISO 32000-1, 7.5.2 and Annex H). */
const isPdf = (bytes: Buffer): boolean => bytes.subarray(0, 1024).includes("%PDF-", 0, "latin1");

const HEAD_CHARS = 4096;
/**
 * The start of a text file, whatever its encoding and however much white space comes first: UTF-16 with its
 * byte-order mark (Windows' "Unicode" text), UTF-8 with or without one, and the GB encodings (ASCII where markup is).
 */
function textHead(bytes: Buffer): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  if (utf16) return new TextDecoder(utf16).decode(bytes.subarray(2, 2 + 2 * HEAD_CHARS)).trimStart();
  const start = contentStart(bytes);
  return bytes.subarray(start, start + HEAD_CHARS).toString("latin1");
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// OLE compound files: .xls, WPS .et, and any password-encrypted Office file.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Buffer, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/**
 * An OpenDocument file is a zip whose first entry, stored uncompressed, is `mimetype` (ODF 1.2 part 3, 3.3):
 * its content starts right after the 30-byte local header and the 8-byte name.
 */
const ODF_MIMETYPE_AT = 38;
const odfType = (bytes: Buffer): string | undefined =>
  bytes.subarray(30, ODF_MIMETYPE_AT).toString("latin1") === "mimetype"
    ? bytes.subarray(ODF_MIMETYPE_AT, ODF_MIMETYPE_AT + 80).toString("latin1")
    : undefined;

/** The codes whose message names the input file. */
type FileCode = { [C in FindingCode]: MessageParams<C> extends { file: string } ? C : never }[FindingCode];
type OtherParams<C extends FileCode> = Omit<MessageParams<C>, "file">;

/** An unusable input: the finding names the file by its base name, the location keeps the full path. */
export function inputError<C extends FileCode>(
  code: C,
  file: string,
  ...[params]: keyof OtherParams<C> extends never ? [] : [OtherParams<C>]
): InputError {
  const make = makeFinding as (code: FindingCode, location: Location, params: unknown) => Finding;
  return new InputError(make(code, { file }, { file: baseName(file), ...params }));
}

/** Far above a filled standardized workbook (about 40 KB) or its JSON form; read whole, a larger file costs memory. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** Whether bytes begin as every zip does (PK\x03\x04): .xlsx, .docx and .ods alike. Safe on a file of any length. */
export const isZip = (bytes: Buffer): boolean => startsWith(bytes, ZIP_MAGIC);

/** Excel and WPS keep ~$name.xlsx beside a workbook while it is open: never the workbook, whatever it holds. */
export function refuseLockFile(file: string): void {
  if (baseName(file).startsWith("~$")) throw inputError("input/lock-file", file, { original: baseName(file).slice(2) });
}

/** What an input's bytes are, whatever its name says; unusable ones become an InputError. */
export function classifyInput(bytes: Buffer, file: string): FileKind {
  refuseLockFile(file);
  if (startsWith(bytes, OLE_MAGIC)) throw inputError("input/legacy-or-encrypted", file);
  if (isZip(bytes)) {
    // LibreOffice saves as .ods by default; WPS can too. Say what the file is and how to save it as .xlsx.
    if (odfType(bytes)?.startsWith("application/vnd.oasis.opendocument.spreadsheet")) throw inputError("input/ods", file);
    return isWordZip(bytes) ? "docx" : "xlsx";
  }
  if (isPdf(bytes)) return "pdf";
  const head = textHead(bytes);
  if (head.startsWith("{")) return "json";
  if (isHtml(head)) return "html";
  if (/\.xlsx$/i.test(file)) throw inputError("input/corrupt", file, { detail: FRAGMENT.notXlsx });
  throw inputError("input/unsupported-type", file);
}
