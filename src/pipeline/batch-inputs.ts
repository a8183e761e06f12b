/**
 * What a batch is given: files named on the command line, and folders standing for every entry in them. No entry
 * of a folder is passed over in silence (issue 19): each is a report to read, a row that says why it was not read
 * (a subfolder, a link, a pipe), or one of the files that are never reports, told once (the copies check --annotate
 * writes, Excel's lock files, the system's hidden files).
 */
import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Finding } from "../findings/finding.js";
import { inputError } from "../input/classify.js";

export type SkipReason = "annotated" | "lock" | "system";

export interface BatchEntry {
  path: string;
  /** Why the entry is not read: it is not a regular file of the folder. */
  refused?: Finding;
}

export interface BatchInputs {
  /** In order: each folder's entries by name, after the files named before it. */
  entries: BatchEntry[];
  skipped: { path: string; reason: SkipReason }[];
}

/** check --annotate's copies: 报告.批注.xlsx, 报告.批注-2.xlsx. */
const ANNOTATED = /\.批注(-\d+)?\.xlsx$/i;
/** Files a system keeps in folders: never reports, never worth a row. */
const SYSTEM_FILES = new Set(["thumbs.db", "desktop.ini", ".ds_store"]);

function skipReason(name: string): SkipReason | undefined {
  if (name.startsWith("~$")) return "lock";
  if (name.startsWith(".") || SYSTEM_FILES.has(name.toLowerCase())) return "system";
  if (ANNOTATED.test(name)) return "annotated";
  return undefined;
}

/** An entry of a folder that is not a regular file: a link is never followed (it may lead out of the folder). */
async function refusalOf(path: string): Promise<Finding | undefined> {
  const info = await lstat(path);
  if (info.isSymbolicLink()) return inputError("input/link", path).finding;
  if (!info.isFile()) return inputError("input/not-a-file", path).finding;
  return undefined;
}

export async function collectInputs(paths: readonly string[]): Promise<BatchInputs> {
  const entries: BatchEntry[] = [];
  const skipped: BatchInputs["skipped"] = [];
  const seen = new Set<string>();
  const add = (entry: BatchEntry) => {
    if (seen.has(entry.path)) return;
    seen.add(entry.path);
    entries.push(entry);
  };
  for (const path of paths) {
    const info = await lstat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      // A file named on the command line is read as named (a missing one gets its own finding when read).
      add({ path });
      continue;
    }
    const names = (await readdir(path)).sort();
    for (const name of names) {
      const entryPath = join(path, name);
      const reason = skipReason(name);
      if (reason) {
        skipped.push({ path: entryPath, reason });
        continue;
      }
      const refused = await refusalOf(entryPath).catch(() => undefined);
      add(refused ? { path: entryPath, refused } : { path: entryPath });
    }
  }
  return { entries, skipped };
}
