import { columnLetters } from "../schema/a1.js";

export interface CellRange {
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const columnNumber = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

const REFERENCE = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** Parses `D5`, `A3:B202` or a defined name's target `'三、…'!$D$5`. Undefined for #REF! and the like. */
export function parseReference(reference: string): CellRange | undefined {
  const match = REFERENCE.exec(reference.trim());
  if (!match) return undefined;
  const [, quoted, bare, c1, r1, c2, r2] = match;
  const sheet = quoted !== undefined ? quoted.replaceAll("''", "'") : bare;
  const left = columnNumber(c1);
  const top = Number(r1);
  const right = c2 ? columnNumber(c2) : left;
  const bottom = r2 ? Number(r2) : top;
  return {
    ...(sheet ? { sheet } : {}),
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

export function parseRange(reference: string): CellRange {
  const range = parseReference(reference);
  if (!range) throw new Error(`not a cell range: ${reference}`);
  return range;
}

export const quoteSheet = (sheet: string): string => `'${sheet.replaceAll("'", "''")}'`;

/** `$D$5` or `$A$3:$B$202`, the way Excel writes a defined name's target. */
export function absoluteReference(range: CellRange): string {
  const corner = (column: number, row: number) => `$${columnLetters(column)}$${row}`;
  const first = corner(range.left, range.top);
  return range.top === range.bottom && range.left === range.right ? first : `${first}:${corner(range.right, range.bottom)}`;
}
