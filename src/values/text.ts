// Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates), plus DEL and the C1 controls,
// which are legal XML but invisible and never intended in a report.
const NOT_PRINTABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that must never reach the document (rules.md V7); reports how many were removed. */
export function stripControlCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(NOT_PRINTABLE, () => {
    removed += 1;
    return "";
  });
  return { text: cleaned, removed };
}

/** Where a text file's content starts: after a UTF-8 byte-order mark and any ASCII white space. */
export function contentStart(bytes: Uint8Array): number {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && (bytes[start] === 0x20 || (bytes[start] >= 0x09 && bytes[start] <= 0x0d))) start += 1;
  return start;
}
