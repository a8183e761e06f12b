/**
 * Reports in memory, for rule cases that need no file: the same source shape the workbook reader produces, each
 * field located at its cell of the blank workbook, values taken the way a cell holds them.
 */
import { checkReport, type CheckResult } from "../../src/pipeline/check.js";
import { interpretReport } from "../../src/pipeline/load.js";
import type { ReportSource, SourceEntry } from "../../src/input/source.js";
import { cellAddress, EDITIONS, type EditionId, type FieldDef } from "../../src/schema/index.js";
import { readCell } from "../../src/workbook/cell-value.js";

/** A value as the reader takes it from a cell holding it: formulas with or without their cached result included. */
const rawOf = (value: unknown): RawValue => readCell({ isMerged: false, value } as never).raw;
import type { FillValue } from "../../src/workbook/fill-workbook.js";
import type { RawValue } from "../../src/values/raw-value.js";
import { TODAY, validReport } from "./fixtures.js";

/** `A3:B52` → column and row of its top-left and right column: where a section's paragraph rows are. */
function paragraphCells(field: FieldDef): { levelColumn: number; textColumn: number; top: number } {
  const [, left, top, right] = /^([A-Z]+)(\d+):([A-Z]+)\d+$/.exec(field.cell)!;
  const column = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { levelColumn: column(left), textColumn: column(right), top: Number(top) };
}

/** A value given as what the reader found, for what a cell value cannot say (a formula without its result). */
export type RawInput = { raw: RawValue };
const isRaw = (value: unknown): value is RawInput => typeof value === "object" && value !== null && "raw" in value;

function entryOf(field: FieldDef, value: FillValue | RawInput | undefined, editionId: EditionId): SourceEntry {
  const location = { sheet: field.sheet, cell: field.cell.split(":")[0], field: field.id };
  if (field.type === "paragraphs") {
    const { textColumn, top } = paragraphCells(field);
    const rows = Array.isArray(value) ? value : [];
    return {
      raw: { kind: "blank" },
      location: { ...location, cell: cellAddress(textColumn, top) },
      paragraphs: rows
        .map((p, i) => ({
          level: rawOf(p.level),
          text: rawOf(p.text),
          location: { sheet: field.sheet, cell: cellAddress(textColumn, top + i), field: field.id },
        }))
        .filter((p) => p.text.kind !== "blank"),
    };
  }
  if (isRaw(value)) return { raw: value.raw, location };
  if (field.type === "edition" && value === undefined) return { raw: { kind: "text", value: editionId }, location };
  if (field.derived && value === undefined) return { raw: { kind: "derived" }, location };
  return { raw: rawOf(value), location };
}

/** The valid baseline of an edition with a delta applied, as a source read from a workbook. */
export function memorySource(
  editionId: EditionId,
  delta: Record<string, FillValue | RawInput> = {},
  options: { baseline?: boolean } = {},
): ReportSource {
  const edition = EDITIONS[editionId];
  const values = { ...(options.baseline === false ? {} : validReport(editionId).inputs), ...delta };
  const entries = new Map(edition.fields.map((field) => [field.id, entryOf(field, values[field.id], editionId)]));
  return { file: `${editionId}.xlsx`, sha256: "", kind: "xlsx", edition, entries, findings: [] };
}

/** A report loaded in memory (interpreted, totals derived), as `--previous` gives last year's. */
export const loadInMemory = (editionId: EditionId, delta: Record<string, FillValue | RawInput> = {}, file?: string) => {
  const source = memorySource(editionId, delta);
  return interpretReport(file ? { ...source, file } : source);
};

/** load (interpret + derive) and check, in memory; with last year's report when `previous` is given. */
export function checkInMemory(
  editionId: EditionId,
  delta: Record<string, FillValue | RawInput> = {},
  options: { baseline?: boolean; previous?: ReturnType<typeof loadInMemory> } = {},
): CheckResult {
  const context = { today: TODAY, ...(options.previous ? { previous: options.previous } : {}) };
  return checkReport(interpretReport(memorySource(editionId, delta, options)), context);
}
