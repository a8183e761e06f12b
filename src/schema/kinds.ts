/**
 * What each kind of field means, everywhere it matters: how its value is read, checked, typed into the workbook and
 * printed. One complete table: a new kind fails to compile until every column is given.
 */
import type { FieldType } from "./types.js";

/** Numbers: whole or decimal, whether negatives are allowed, and the most decimal places (rules.md V1). */
export interface NumberRule {
  integer: boolean;
  signed: boolean;
  decimals: number;
}

/** Excel's input rule on a cell of the kind: whole numbers in a range, or a decimal bound in places. */
export type ExcelRule = { type: "whole"; min: number; max: number } | { type: "decimal-places"; places: number } | null;

export interface FieldKind {
  /** How a value of the kind is interpreted (validate/interpret.ts). */
  read: "number" | "year" | "date" | "text" | "edition" | "paragraphs";
  number: NumberRule | null;
  /** How it is printed in the report (render/format-value.ts). */
  print: "whole" | "signed" | "amount" | "date" | "text" | "paragraphs";
  /** The JSON type of its value in the report's JSON form. */
  json: "number" | "string" | "paragraphs";
  /** How its cell looks in the blank workbook: a number to type, text to type, fixed by the tool, paragraph rows. */
  cell: "number" | "text" | "fixed" | "paragraphs";
  excel: ExcelRule;
  /** The cell's number format in the workbook, when it has its own. */
  numFmt?: string;
}

/** Above this a count is almost always a typing slip (rules.md V6); Excel's input rule uses the same bound. */
export const MAX_PLAUSIBLE = 10_000_000;

/**
 * How many decimal places a decimal field may have (rules.md V1): amounts in 万元 to the fen, as real reports print
 * them (7380.28959), and 元 to the fen.
 */
export const MAX_DECIMALS = { amount: 6, yuan: 2 } as const;

const whole = (signed: boolean): NumberRule => ({ integer: true, signed, decimals: 0 });
const decimal = (decimals: number): NumberRule => ({ integer: false, signed: false, decimals });

export const FIELD_KINDS: { readonly [T in FieldType]: FieldKind } = {
  count: {
    read: "number",
    number: whole(false),
    print: "whole",
    json: "number",
    cell: "number",
    excel: { type: "whole", min: 0, max: MAX_PLAUSIBLE },
  },
  signed: {
    read: "number",
    number: whole(true),
    print: "signed",
    json: "number",
    cell: "number",
    excel: { type: "whole", min: -MAX_PLAUSIBLE, max: MAX_PLAUSIBLE },
  },
  amount: {
    read: "number",
    number: decimal(MAX_DECIMALS.amount),
    print: "amount",
    json: "number",
    cell: "number",
    excel: { type: "decimal-places", places: MAX_DECIMALS.amount },
  },
  yuan: {
    read: "number",
    number: decimal(MAX_DECIMALS.yuan),
    print: "amount",
    json: "number",
    cell: "number",
    excel: { type: "decimal-places", places: MAX_DECIMALS.yuan },
  },
  year: { read: "year", number: null, print: "text", json: "number", cell: "number", excel: { type: "whole", min: 2008, max: 2100 } },
  date: { read: "date", number: null, print: "date", json: "string", cell: "text", excel: null, numFmt: 'yyyy"年"m"月"d"日"' },
  text: { read: "text", number: null, print: "text", json: "string", cell: "text", excel: null },
  edition: { read: "edition", number: null, print: "text", json: "string", cell: "fixed", excel: null },
  paragraphs: { read: "paragraphs", number: null, print: "paragraphs", json: "paragraphs", cell: "paragraphs", excel: null },
};

/** The number rule of a numeric kind; undefined for the others. */
export const numberRuleOf = (type: FieldType): NumberRule | undefined => FIELD_KINDS[type].number ?? undefined;

export const isNumericType = (type: FieldType): boolean => FIELD_KINDS[type].number !== null;
