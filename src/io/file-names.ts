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

/**
 * An agency's name as the key of its reports: what makes a file or folder name, compared in its compatibility form
 * (full- and half-width alike, NFKC). Two inputs with one key are one agency: a batch refuses them as duplicates,
 * and the archive files them in one folder. Empty, "." or ".." when the name leaves no folder name.
 */
export const agencyKey = (agency: string): string => safeFileName(agency.normalize("NFKC"));

/** Whether a name can be a folder of its own: not empty, and not "." or ".." (which name the folders above). */
export const isFolderName = (name: string): boolean => name !== "" && !/^\.+$/.test(name);
