import { FIELD_KINDS, MAX_DECIMALS } from "../schema/kinds.js";
import type { FieldType } from "../schema/types.js";
import { formatChineseDate } from "../values/date.js";
import { decimalPlaces } from "../values/number.js";

/**
 * 12.5 → "12.5", 7380.28959 → "7380.28959": as entered, never with binary noise or an exponent. A value with more
 * places than an amount may have (0.1 + 0.2) is rounded to the fen and loses the zeros rounding leaves.
 */
export function formatAmount(value: number): string {
  const places = Math.min(decimalPlaces(value), MAX_DECIMALS.amount);
  const text = value.toFixed(places);
  if (Number(text) === 0) return "0";
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** Counts as integers, signed changes with their sign (+505 / -7 / 0), amounts as entered (pitfalls.md: never String()). */
export function formatNumber(value: number | undefined, type: FieldType): string {
  const n = value ?? 0; // a blank prints as 0 (rules.md V3)
  switch (FIELD_KINDS[type].print) {
    case "signed": {
      const whole = Math.round(n);
      return whole > 0 ? `+${whole}` : whole < 0 ? `-${-whole}` : "0";
    }
    case "amount":
      return formatAmount(n);
    default: {
      const whole = Math.round(n);
      return whole === 0 ? "0" : String(whole);
    }
  }
}

export const formatDate = (iso: string): string => formatChineseDate(iso);

/**
 * A one-line value (agency, signer, address, …) as printed: a line break typed into its cell (Alt+Enter) becomes a
 * space. The official layout has these on one line, and the template renders without docxtemplater's line-break
 * handling, which costs a sixth of each report's rendering.
 */
export const formatLine = (text: string): string => text.replace(/[^\S\r\n]*[\r\n]+[^\S\r\n]*/g, " ");
