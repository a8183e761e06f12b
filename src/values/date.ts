import type { RawValue } from "./raw-value.js";

const DAY_MS = 86_400_000;
// Excel's serial day 0 is 1899-12-30 (the 1900 leap-year bug only shifts serials before March 1900).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_EXCEL_SERIAL = 2_958_465; // 9999-12-31

const isoOf = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

function validIso(year: number, month: number, day: number): string | undefined {
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? isoOf(year, month, day) : undefined;
}

/**
 * Reads a date as `YYYY-MM-DD`. exceljs returns a Date for Western date formats, but a bare serial
 * number for the Chinese built-in formats (yyyy年m月d日, pitfalls.md); clerks also type dates as text.
 */
export function readDate(raw: RawValue): string | undefined {
  switch (raw.kind) {
    case "date": {
      const d = raw.value;
      return Number.isNaN(d.getTime()) ? undefined : isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
    case "number": {
      if (!Number.isFinite(raw.value) || raw.value < 1 || raw.value > MAX_EXCEL_SERIAL) return undefined;
      const d = new Date(EXCEL_EPOCH_MS + Math.floor(raw.value) * DAY_MS);
      return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
    case "text": {
      const text = raw.value.normalize("NFKC").replace(/\s+/g, "");
      const match = /^(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?$/.exec(text);
      return match ? validIso(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
    }
    default:
      return undefined;
  }
}

/** 2027-01-20 → 2027年1月20日, the way a report prints its date. */
export function formatChineseDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}
