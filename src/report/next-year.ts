/**
 * What a new year's workbook takes from last year's report (`init --from`): who the agency is and how to reach
 * it, the applications last year carried forward (this year's 上年结转), the baselines the cross-year rules
 * compare with (现行有效件数; edition 2019's 上一年项目数量), and last year's narrative as a marked draft. Works
 * across the edition change: a field the new edition lacks is simply not carried.
 */
import { DRAFT_MARKER, PARAGRAPH_LEVELS } from "../schema/narrative.js";
import { tableCells, tableField } from "../schema/cells.js";
import type { EditionDef, FieldId } from "../schema/types.js";
import type { Paragraph, Report } from "./report.js";

export type CarriedValue = number | string | { level: string; text: string }[];

export interface NextYear {
  values: Partial<Record<FieldId, CarriedValue>>;
  /** What was carried, by the new edition's labels, for the clerk to read. */
  carried: { id: FieldId; label: string; value: CarriedValue }[];
}

const CONTACT: readonly FieldId[] = ["meta.address", "meta.phone", "meta.email", "meta.website", "meta.signer"];
const LEVEL_LABEL = new Map<number, string>(PARAGRAPH_LEVELS.map((l) => [l.level, l.label]));

export function nextYearValues(last: Report, next: EditionDef): NextYear {
  const fields = new Map(next.fields.map((field) => [field.id, field]));
  const values: NextYear["values"] = {};
  const set = (id: FieldId, value: CarriedValue | undefined) => {
    if (value === undefined || !fields.has(id) || fields.get(id)!.derived) return;
    values[id] = value;
  };
  const number = (id: string) => {
    const value = last.values[id as FieldId];
    return typeof value === "number" ? value : undefined;
  };
  for (const id of CONTACT) set(id, typeof last.values[id] === "string" ? (last.values[id] as string) : undefined);
  // A signer that only repeats the agency is the default, not something the clerk chose.
  if (values["meta.signer"] === last.values["meta.agency"]) delete values["meta.signer"];
  // 上年结转 is last year's 结转下年度继续办理, column by column (the two editions share table 三's cells).
  for (const cell of tableCells(next, "requests").filter((c) => c.row === "carriedOver"))
    set(cell.id, number(tableField(next, "requests", "carriedForward", cell.column)));
  // The rows of the new edition that have these columns: 现行有效件数 (2021), 上一年项目数量 (2019).
  const active = tableCells(next, "active");
  for (const cell of active.filter((c) => c.column === "inForce")) set(cell.id, number(cell.id));
  for (const cell of active.filter((c) => c.column === "lastYear")) {
    const lastYear = number(cell.id);
    const change = number(tableField(next, "active", cell.row, "change"));
    if (lastYear !== undefined && change !== undefined) set(cell.id, lastYear + change);
  }
  for (const field of next.fields.filter((f) => f.type === "paragraphs")) {
    const paragraphs = last.values[field.id];
    if (!Array.isArray(paragraphs) || paragraphs.length === 0) continue;
    set(
      field.id,
      (paragraphs as Paragraph[]).map((p) => ({ level: LEVEL_LABEL.get(p.level)!, text: `${DRAFT_MARKER}${p.text}` })),
    );
  }
  const carried = Object.entries(values).map(([id, value]) => ({
    id: id as FieldId,
    label: fields.get(id as FieldId)!.label,
    value: value!,
  }));
  return { values, carried };
}
