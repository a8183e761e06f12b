/**
 * The files the tool carries with it: the Word templates, its package.json (for its version) and the clerk's page.
 * In the package they sit beside the code, found from this module's own place and never from the current folder;
 * in a single executable (npm run release) they are inside it, as assets under the same names.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getAsset, isSea } from "node:sea";

/** The executable also carries its thread modules (pipeline/executable-threads.ts), which are built, not copied. */
export type CarriedFile = `templates/${string}.docx` | "package.json" | "dist/web/nianbao.html" | `threads/${string}.mjs`;

/** Every file scripts/release.mjs puts into the executable. */
export const CARRIED_FILES: readonly CarriedFile[] = [
  "templates/2019.docx",
  "templates/2021.docx",
  "package.json",
  "dist/web/nianbao.html",
];

/** Whether this is the single executable: its files are assets, and there is no folder of code beside it. */
export const insideExecutable = (): boolean => isSea();

/** Its path in the package: two folders up from dist/io/, dist/chunks/ (the bundle) and src/io/ alike. */
export const carriedPath = (name: CarriedFile): string => fileURLToPath(new URL(`../../${name}`, import.meta.url));

/** Whether the file is there (the page is absent until npm run build has made it). */
export const hasCarriedFile = (name: CarriedFile): boolean =>
  insideExecutable() ? CARRIED_FILES.includes(name) : existsSync(carriedPath(name));

export function carriedFile(name: CarriedFile): Buffer {
  return insideExecutable() ? Buffer.from(getAsset(name)) : readFileSync(carriedPath(name));
}

/** The tool's version, from its package.json. */
export const toolVersion = (): string => (JSON.parse(carriedFile("package.json").toString("utf8")) as { version: string }).version;
