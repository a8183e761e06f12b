/**
 * Sheet contents no program writes, found in the raw XML before exceljs reads it: more rows than a report could
 * have (a million empty rows took exceljs two and a half minutes), and a number cell whose value is not a decimal
 * number (<v>0x10</v>, which exceljs reads as 0 and a check would have taken for data).
 */

/** The standardized workbook's longest sheet has about 250 rows. */
export const MAX_SHEET_ROWS = 20_000;

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** Cells whose <v> is not a number: shared and inline strings, formula strings, booleans, errors. */
const NOT_NUMERIC = / t="(s|str|inlineStr|b|e)"/;

export type SheetProblem = { kind: "rows"; part: string } | { kind: "number"; part: string; cell: string; value: string };

function tooManyRows(xml: Buffer): boolean {
  let rows = 0;
  for (let at = xml.indexOf("<row"); at >= 0; at = xml.indexOf("<row", at + 4)) if (++rows > MAX_SHEET_ROWS) return true;
  return false;
}

/** The first number cell whose value is not a decimal number, with its address. */
function badNumber(xml: string): { cell: string; value: string } | undefined {
  for (let at = xml.indexOf("<v>"); at >= 0; at = xml.indexOf("<v>", at + 3)) {
    const end = xml.indexOf("</v>", at);
    if (end < 0) return undefined;
    const value = xml.slice(at + 3, end).trim();
    // An entity (&#48;) is left to the XML parser: such a value is never a program's. An empty value is no value:
    // openpyxl and pandas write a formula cell they did not calculate as <f>…</f><v></v>.
    if (value === "" || DECIMAL.test(value) || value.includes("&")) continue;
    const cellStart = xml.lastIndexOf("<c ", at);
    const startTag = xml.slice(cellStart, xml.indexOf(">", cellStart) + 1);
    if (NOT_NUMERIC.test(startTag)) continue;
    return { cell: / r="([A-Z]+\d+)"/.exec(startTag)?.[1] ?? "", value };
  }
  return undefined;
}

export function sheetProblem(parts: ReadonlyMap<string, Buffer>): SheetProblem | undefined {
  for (const [part, bytes] of parts) {
    if (!part.startsWith("xl/worksheets/")) continue;
    if (tooManyRows(bytes)) return { kind: "rows", part };
    const number = badNumber(bytes.toString("utf8"));
    if (number) return { kind: "number", part, ...number };
  }
  return undefined;
}
