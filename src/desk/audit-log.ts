/**
 * The desk's audit log beside the archive: one JSON line per event (time, agency, action, file hash, result), only
 * ever appended. Tokens are never written to it. A line cut short by a kill is skipped when the log is read back.
 */
import { appendFile, readFile } from "node:fs/promises";

export type AuditAction = "submit" | "pdf" | "start";

export interface AuditEntry {
  time: string;
  /** The agency the event is of; the office's events name none. */
  agency?: string;
  action: AuditAction;
  /** SHA-256 of the uploaded file. */
  sha256?: string;
  /** archived, unchanged, refused (with errors), unreadable; for a PDF: ready, failed, unavailable. */
  result: string;
  version?: number;
  errors?: number;
  warnings?: number;
  /** The uploaded file's name, as the clerk's browser sent it (cleaned). */
  file?: string;
}

/** One line, written in one call (O_APPEND): lines of concurrent events never interleave. */
export async function appendAudit(file: string, entry: AuditEntry): Promise<void> {
  await appendFile(file, `${JSON.stringify(entry)}\n`, { encoding: "utf8", flag: "a" });
}

/** Every whole entry of the log, oldest first; none when there is no log yet. */
export async function readAudit(file: string): Promise<AuditEntry[]> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "";
    throw error;
  });
  const entries: AuditEntry[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const entry = JSON.parse(line) as AuditEntry;
      if (typeof entry?.time === "string" && typeof entry.action === "string") entries.push(entry);
    } catch {
      // A line a kill cut short: the event it began was never acknowledged.
    }
  }
  return entries;
}
