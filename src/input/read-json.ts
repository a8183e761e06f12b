import { baseName } from "../values/base-name.js";
import { z } from "zod";
import { makeFinding, type Finding, type Location } from "../findings/finding.js";
import { getPath } from "../report/report.js";
import { EDITION_IDS, EDITIONS, editionForYear, isEditionId } from "../schema/editions.js";
import { PARAGRAPH_LEVELS } from "../schema/narrative.js";
import { FIELD_KINDS, isNumericType } from "../schema/kinds.js";
import type { EditionDef, FieldDef, FieldId } from "../schema/types.js";
import type { RawValue } from "../values/raw-value.js";
import { inputError } from "./classify.js";
import { FRAGMENT } from "../i18n/ui-text.js";
import type { ReportSource, SourceEntry } from "./source.js";

const paragraphSchema = z.strictObject({
  level: z.union(PARAGRAPH_LEVELS.map((l) => z.literal(l.level))),
  text: z.string(),
});

/**
 * `null` is a blank cell (data-contract.md, rules.md V3): read like an empty workbook cell. An absent key is
 * a forgotten value, except for derived totals, which the JSON form may leave for the tool to sum.
 */
function leafSchema(field: FieldDef): z.ZodType {
  const json = FIELD_KINDS[field.type].json;
  // A value to count must be there (null for a blank); a total may be left to the tool, metadata may be left out.
  if (json === "number") return isNumericType(field.type) && !field.derived ? z.number().nullable() : z.number().nullable().optional();
  if (json === "paragraphs") return z.array(paragraphSchema).nullable().optional();
  return z.string().nullable().optional();
}

/** A value the JSON form may leave out: a derived total, metadata, a narrative section. */
const mayBeLeftOut = (field: FieldDef): boolean => leafSchema(field).safeParse(undefined).success;

type Tree = { [key: string]: Tree | z.ZodType };

/** The JSON form's schema, derived from the edition's fields: nested by the dots of the ids. */
export function jsonSchemaOf(edition: EditionDef): z.ZodType {
  const tree: Tree = {};
  for (const field of edition.fields) {
    const path = field.id.split(".");
    let node = tree;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Tree;
    node[path[path.length - 1]] = leafSchema(field);
  }
  // An object whose members are all optional (requests.resultTotal: derived totals only) may itself be left out.
  const build = (node: Tree): z.ZodType => {
    const shape = Object.fromEntries(Object.entries(node).map(([key, child]) => [key, child instanceof z.ZodType ? child : build(child)]));
    const object = z.strictObject(shape);
    return Object.values(shape).every((member) => member.safeParse(undefined).success) ? object.optional() : object;
  };
  return build(tree);
}

function issueFindings(issues: readonly z.core.$ZodIssue[], fields: ReadonlyMap<string, FieldDef>, absent: Set<string>): Finding[] {
  const findings: Finding[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        findings.push(
          makeFinding("input/unknown-field", { field: [...issue.path, key].join(".") }, { field: [...issue.path, key].join(".") }),
        );
      continue;
    }
    // A paragraph's inner path (text.overview.0.level) belongs to its narrative field.
    const numericTail = issue.path.findIndex((key) => typeof key === "number");
    const id = (numericTail >= 0 ? issue.path.slice(0, numericTail) : issue.path).join(".");
    const label = fields.get(id)?.label ?? id;
    const actual = issue.input === undefined ? undefined : JSON.stringify(issue.input);
    if (issue.code === "invalid_type" && issue.input === undefined) {
      // A left-out key: a value, or a whole object of them (a table): each value it should hold is missing.
      const missing = [...fields.values()].filter((f) => (f.id === id || f.id.startsWith(`${id}.`)) && !mayBeLeftOut(f));
      for (const f of missing) {
        absent.add(f.id);
        findings.push(makeFinding("value/missing", placeOf(f, f.id), { label: f.label }));
      }
      continue;
    }
    absent.add(id);
    const expected = FRAGMENT.jsonType[(issue as { expected?: string }).expected ?? ""] ?? issue.message;
    const paragraph = numericTail >= 0 ? Number(issue.path[numericTail]) : undefined;
    findings.push(makeFinding("value/wrong-type", placeOf(fields.get(id), issue.path.join("."), paragraph), { label, expected, actual }));
  }
  return findings;
}

/**
 * Where a field of the JSON form is, for a person: its section and, in a table, its row and column labels, as a
 * published report's findings name them (「三、…」「（一）予以公开」行「总计」列); the id stays in `field` for --json.
 */
function placeOf(field: FieldDef | undefined, id: string, paragraph?: number): Location {
  if (!field) return { field: id };
  const section = { field: id, section: field.sheet };
  if (paragraph !== undefined) return { ...section, paragraphNumber: paragraph + 1 };
  if (field.position) return { ...section, row: field.position.row, column: field.position.column };
  return field.type === "paragraphs" ? section : { ...section, row: field.label };
}

function rawOfJson(value: unknown): RawValue {
  if (value === undefined) return { kind: "missing" };
  if (value === null) return { kind: "blank" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string") return value.trim() === "" ? { kind: "blank" } : { kind: "text", value };
  return { kind: "text", value: JSON.stringify(value) };
}

function editionOfJson(data: unknown, file: string): EditionDef {
  const declared = getPath(data, "meta.edition");
  if (isEditionId(declared)) return EDITIONS[declared];
  const year = getPath(data, "meta.year");
  const fromYear = declared === undefined && typeof year === "number" ? editionForYear(year) : undefined;
  if (fromYear) return EDITIONS[fromYear];
  throw inputError("input/unknown-edition", file, { actual: String(declared ?? ""), expected: EDITION_IDS.join("、") });
}

/** Reads the report's JSON form (data-contract.md) into the same source shape as a workbook. */
/**
 * The report's JSON form nests a few levels (requests.withheld.stateSecret.natural, text.overview[0].level). Far
 * deeper input is refused before it is parsed: validating it would recurse as deep, until the stack runs out.
 */
export const MAX_JSON_DEPTH = 32;

/** How deep the brackets of a JSON text nest, counted outside strings; stops counting past `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length && deepest <= limit; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") deepest = Math.max(deepest, ++depth);
    else if (c === "}" || c === "]") depth--;
  }
  return deepest;
}

/** Where JSON.parse stopped, in words a clerk reads (V8 says it in English, by character position). */
function jsonErrorDetail(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return FRAGMENT.jsonIncomplete;
  const before = text.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  return FRAGMENT.jsonAt(line, before.length - before.lastIndexOf("\n"));
}

export function readJsonSource(bytes: Buffer, file: string): Omit<ReportSource, "sha256"> {
  let data: unknown;
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw inputError("input/json-too-deep", file, { limit: MAX_JSON_DEPTH });
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw inputError("input/json-syntax", file, { detail: jsonErrorDetail(text, (error as Error).message) });
  }
  const edition = editionOfJson(data, file);
  const fields = new Map(edition.fields.map((field) => [field.id, field]));
  const absent = new Set<string>();
  const parsed = jsonSchemaOf(edition).safeParse(data, { reportInput: true });
  const findings = parsed.success ? [] : issueFindings(parsed.error.issues, fields, absent);
  const entries = new Map<FieldId, SourceEntry>();
  for (const field of edition.fields) {
    const value = getPath(data, field.id);
    const location = placeOf(field, field.id);
    if (FIELD_KINDS[field.type].read === "paragraphs") {
      const paragraphs = absent.has(field.id) || !Array.isArray(value) ? [] : (value as { level: number; text: string }[]);
      entries.set(field.id, {
        raw: { kind: "blank" },
        location,
        paragraphs: paragraphs.map((p, i) => ({
          level: rawOfJson(p.level),
          text: rawOfJson(p.text),
          location: placeOf(field, `${field.id}.${i}`, i),
        })),
      });
      continue;
    }
    entries.set(field.id, { raw: rawOfJson(value), location, ...(absent.has(field.id) ? { absent: true } : {}) });
  }
  return { file: baseName(file), kind: "json", edition, entries, findings };
}
