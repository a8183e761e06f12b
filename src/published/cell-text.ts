/**
 * A printed table cell's text as a value. Real published tables hold more than digits: blank cells, 0 written as
 * —— or /, a note after the figure (22（其中修订16件）), a unit (251000元). Each becomes a number the rules can check
 * and, where the reading is not the plain figure, a note that says how it was read.
 */
import { compact } from "./labels.js";
import type { RawValue } from "../values/raw-value.js";

export type CellReading =
  | { raw: RawValue; note?: undefined }
  /** Read as `value`, but not as printed: the figure before a note, a dash for nothing. */
  | { raw: RawValue; note: "dash" | "note" | "yuan"; value: number };

const DASHES = /^(?:[-—–－―─_/／\\、]+|无|空|nil)$/u;
/** A figure, with thousands separators if any: 3,985,758. */
const FIGURE = String.raw`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** A figure followed by a note in brackets or after a comma: 22（其中修订16件）, 3，均已办结 (not 1,234). */
const FIGURE_THEN_NOTE = new RegExp(`^(${FIGURE})(?:件|条|项|个)?(?:[(（［[，;；:：]|,(?!\\d)).+$`, "u");
const PLAIN_FIGURE = new RegExp(`^${FIGURE}$`, "u");
const AMOUNT_IN_YUAN = new RegExp(`^(${FIGURE})元$`, "u");
const AMOUNT_IN_WAN = new RegExp(`^(${FIGURE})万元$`, "u");

const number = (text: string): number => Number(text.replaceAll(",", ""));

/** `inWan`: the field is an amount in 万元, so a figure in 元 is converted and one in 万元 loses its unit. */
export function readCellText(text: string, inWan = false): CellReading {
  const plain = compact(text);
  if (plain === "") return { raw: { kind: "blank" } };
  if (DASHES.test(plain)) return { raw: { kind: "number", value: 0 }, note: "dash", value: 0 };
  // A plain figure, signed as 本年增/减 prints it (+505, -7).
  if (PLAIN_FIGURE.test(plain)) return { raw: { kind: "number", value: number(plain) } };
  if (inWan) {
    const wan = AMOUNT_IN_WAN.exec(plain);
    if (wan) return { raw: { kind: "number", value: number(wan[1]) } };
    const yuan = AMOUNT_IN_YUAN.exec(plain);
    if (yuan) {
      // Rounded to the fen, the precision an amount in 万元 keeps (6 places).
      const value = Math.round(number(yuan[1]) * 100) / 1_000_000;
      return { raw: { kind: "number", value }, note: "yuan", value };
    }
  }
  const noted = FIGURE_THEN_NOTE.exec(plain);
  if (noted) {
    const value = number(noted[1]);
    return { raw: { kind: "number", value }, note: "note", value };
  }
  // Anything else goes to the value rules as typed: 12件 is forgiven there (V2), 十二 is not a number.
  return { raw: { kind: "text", value: text.trim() } };
}
