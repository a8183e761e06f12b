import { MAX_PLAUSIBLE, numberRuleOf } from "../schema/kinds.js";
import type { FieldType } from "../schema/types.js";
import { describeRaw, type RawValue } from "./raw-value.js";

export type NumberReading =
  | { status: "ok"; value: number; /** the text it was read from, when it needed forgiving (V2) */ readFrom?: string }
  | { status: "blank" }
  | {
      status: "invalid";
      code: "value/not-a-number" | "value/not-integer" | "value/negative" | "value/is-date" | "value/formula-error";
      actual: string | number;
    }
  | { status: "invalid"; code: "value/formula-no-result"; actual: string }
  | { status: "invalid"; code: "value/too-many-decimals" | "value/out-of-range"; actual: string | number; expected: number };

/** What V2 forgives around the digits; the workbook's live checks read text with the same lists (workbook/formulas.ts). */
export const FORGIVEN = {
  /** Dashes typed for a minus sign. */
  minus: ["\u2212", "\u2013", "\u2014"],
  /** A unit of count after the number: 12件, 12条. */
  units: ["件", "条", "项", "个"],
  increase: "增",
  decrease: "减",
} as const;

const MINUS = new RegExp(`[${FORGIVEN.minus.join("")}]`, "g");
const TRAILING_UNIT = new RegExp(`[${FORGIVEN.units.join("")}]$`);

/**
 * Reads a number written as text the ways clerks write it (rules.md V2): full-width digits, spaces,
 * thousands separators, a plus sign, 增/减 in words, a trailing unit of count. Undefined when it is not a number.
 */
export function parseNumberText(text: string): number | undefined {
  let s = text.normalize("NFKC").replace(/\s+/g, "").replace(MINUS, "-");
  let sign = 1;
  if (s.startsWith(FORGIVEN.increase)) s = s.slice(1);
  else if (s.startsWith(FORGIVEN.decrease)) {
    sign = -1;
    s = s.slice(1);
  }
  s = s.replace(TRAILING_UNIT, "");
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replaceAll(",", "");
  if (!/^[+-]?\d+(\.\d+)?$/.test(s)) return undefined;
  const value = sign * Number(s);
  return Object.is(value, -0) ? 0 : value;
}

/** Decimal places of a number as written (shortest round-trip form: 160.5964 → 4, 12.500000001 → 9). */
export function decimalPlaces(value: number): number {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(value)));
  if (!match) return 0;
  return Math.max(0, (match[2]?.length ?? 0) - Number(match[3] ?? 0));
}

/**
 * A number as a message shows it: never in exponent form or as Infinity. Excel keeps 15 significant digits, so a
 * number cell of 23 digits is shown as Excel shows it in a number format (123456789012346000000000).
 */
export function describeNumber(value: number): string {
  if (!Number.isFinite(value)) return "超出可计算范围的数";
  if (Math.abs(value) < 1e21) return String(value);
  // 1.23456789012346e+23 → 123456789012346 followed by as many zeros as the exponent leaves (the exponent is 21 or
  // more, so there are always some).
  const [mantissa, exponent] = Math.abs(value).toPrecision(15).split("e");
  const digits = mantissa.replace(".", "");
  return `${value < 0 ? "-" : ""}${digits}${"0".repeat(Number(exponent) - digits.length + 1)}`;
}

function checkRange(value: number, type: FieldType, readFrom?: string): NumberReading {
  const actual = readFrom ?? (Math.abs(value) < 1e21 ? value : describeNumber(value));
  // Only numeric kinds are read as numbers (a year is read as a "count"); a kind without a rule is read as a count too.
  const rule = numberRuleOf(type) ?? numberRuleOf("count")!;
  // Too large first: 400 nines typed as text are a number, only far too large to be a count (and not "not whole").
  if (!Number.isFinite(value) || Math.abs(value) > MAX_PLAUSIBLE)
    return { status: "invalid", code: "value/out-of-range", actual, expected: MAX_PLAUSIBLE };
  if (rule.integer && !Number.isInteger(value)) return { status: "invalid", code: "value/not-integer", actual };
  if (!rule.signed && value < 0) return { status: "invalid", code: "value/negative", actual };
  if (!rule.integer && decimalPlaces(value) > rule.decimals)
    return { status: "invalid", code: "value/too-many-decimals", actual, expected: rule.decimals };
  return readFrom === undefined ? { status: "ok", value } : { status: "ok", value, readFrom };
}

/** Interprets a raw value as a number of the given type (rules.md V1, V2, V3, V6). */
export function readNumber(raw: RawValue, type: FieldType): NumberReading {
  switch (raw.kind) {
    case "blank":
    case "missing":
      return { status: "blank" };
    case "number":
      // A number cell holding NaN is no number; one of Infinity (a JSON 1e400) is one too large.
      return Number.isNaN(raw.value)
        ? { status: "invalid", code: "value/not-a-number", actual: String(raw.value) }
        : checkRange(Object.is(raw.value, -0) ? 0 : raw.value, type);
    case "text": {
      if (raw.value.trim() === "") return { status: "blank" };
      const value = parseNumberText(raw.value);
      return value === undefined
        ? { status: "invalid", code: "value/not-a-number", actual: raw.value }
        : checkRange(value, type, raw.value);
    }
    case "date":
      return { status: "invalid", code: "value/is-date", actual: describeRaw(raw) };
    case "error":
      return { status: "invalid", code: "value/formula-error", actual: raw.value };
    case "formula":
      return { status: "invalid", code: "value/formula-no-result", actual: raw.formula };
    default:
      return { status: "invalid", code: "value/not-a-number", actual: describeRaw(raw) };
  }
}
