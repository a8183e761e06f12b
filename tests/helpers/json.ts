import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { EditionId } from "../../src/schema/index.js";
import { tempDir, validReport } from "./fixtures.js";

/** A report's JSON form, loosely typed so that a test can set any member to anything, null included. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonReport = Record<string, any>;

/** The JSON form of the valid baseline (data-contract.md): nested by the dots, levels as numbers, ISO dates. */
export function validJson(edition: EditionId): JsonReport {
  const { inputs } = validReport(edition);
  const root: JsonReport = { meta: { edition } };
  const levels: Record<string, number> = { "标题（一）": 1, "标题 1.": 2, 正文: 0 };
  for (const [id, value] of Object.entries(inputs)) {
    let json: unknown = value;
    if (value instanceof Date) json = value.toISOString().slice(0, 10);
    if (Array.isArray(value)) json = value.map((p) => ({ level: levels[p.level ?? "正文"], text: p.text }));
    setPath(root, id, json);
  }
  return root;
}

export function writeJson(data: unknown, name = "report.json"): string {
  const file = join(tempDir(), name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

/** Sets a member by field id (`requests.withheld.stateSecret.natural`), as the JSON form nests it. */
export function setPath(root: JsonReport, id: string, value: unknown): void {
  const path = id.split(".");
  let node = root;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as JsonReport;
  node[path[path.length - 1]] = value;
}
