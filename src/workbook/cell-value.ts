import type ExcelJS from "exceljs";
import { FRAGMENT } from "../i18n/ui-text.js";
import type { RawValue } from "../values/raw-value.js";

/** What a cell holds, as exceljs gives it (pitfalls.md: formula results, rich text, hyperlinks, errors). */
export interface CellReading {
  raw: RawValue;
  /** The formula text when the cell holds one (with or without a cached result). */
  formula?: string;
}

/**
 * Excel stores characters that XML cannot hold as `_xHHHH_` (ST_Xstring); exceljs leaves them encoded.
 * Decoding them lets the validator see, report and remove a control character (rules.md V7).
 */
const decodeXstring = (text: string): string =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export function rawOf(value: unknown): RawValue {
  if (value === null || value === undefined) return { kind: "blank" };
  // <v>NaN</v> or <v>INF</v> is read by exceljs as a number that is none: say so in words, never "NaN".
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "text", value: FRAGMENT.invalidNumber };
  if (typeof value === "string") return value.trim() === "" ? { kind: "blank" } : { kind: "text", value: decodeXstring(value) };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return { kind: "date", value };
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return rawOf(v.richText.map((part: { text?: string }) => part.text ?? "").join(""));
    if ("hyperlink" in v) return rawOf(v.text);
    if (typeof v.error === "string") return { kind: "error", value: v.error };
  }
  return { kind: "text", value: String(value) };
}

export function readCell(cell: ExcelJS.Cell): CellReading {
  // A merged cell's value lives in its top-left ("master") cell; cell.text would throw when that is empty.
  const value = (cell.isMerged ? cell.master.value : cell.value) as unknown;
  if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    const v = value as { formula?: string; sharedFormula?: string; result?: unknown };
    const formula = v.formula ?? v.sharedFormula ?? "";
    // A file written by a program and never opened in Excel has no cached result.
    if (v.result === undefined || v.result === null) return { raw: { kind: "formula", formula }, formula };
    return { raw: rawOf(v.result), formula };
  }
  return { raw: rawOf(value) };
}
