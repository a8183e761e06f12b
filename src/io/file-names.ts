/**
 * An agency name as part of a file name. Out go the characters Windows forbids and white space (a typo), control
 * characters, and the invisible format characters (U+202E right-to-left override would make
 * "局\u202Excod.exe" display as "局exe.docx"). What is left is cut to MAX_NAME_BYTES of UTF-8, whole characters
 * only: file systems allow 255 bytes per name, and the report's name adds its year, title and suffix to it.
 */
export const MAX_NAME_BYTES = 150;

const encoder = new TextEncoder();

export function safeFileName(name: string): string {
  const clean = name.replace(/[\\/:*?"<>|\s\p{Cc}\p{Cf}]+/gu, "");
  if (encoder.encode(clean).length <= MAX_NAME_BYTES) return clean;
  let kept = "";
  for (const character of clean) {
    if (encoder.encode(kept + character).length > MAX_NAME_BYTES) break;
    kept += character;
  }
  return kept;
}
