import type { ParagraphLevel } from "../schema/narrative.js";
import type { EditionDef, EditionId, FieldId } from "../schema/types.js";

export interface Paragraph {
  level: ParagraphLevel;
  text: string;
}

/** Numbers are counts or amounts; dates are `YYYY-MM-DD`; narrative fields are paragraph lists. */
export type FieldValue = number | string | Paragraph[];

/** A report as values by field id (data-contract.md). A value that could not be read is absent. */
export interface Report {
  edition: EditionId;
  values: Partial<Record<FieldId, FieldValue>>;
}

/** The report's JSON form: nested by the dots of the field ids. */
export function toNestedJson(report: Report, edition: EditionDef): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const field of edition.fields) {
    const value = report.values[field.id];
    if (value === undefined) continue;
    const path = field.id.split(".");
    let node = root;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = value;
  }
  return root;
}

export function getPath(root: unknown, id: FieldId): unknown {
  let node: unknown = root;
  for (const key of id.split(".")) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
