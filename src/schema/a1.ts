/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export const cellAddress = (column: number, row: number): string => `${columnLetters(column)}${row}`;

export function rangeAddress(column: number, row: number, lastColumn: number, lastRow: number): string {
  const first = cellAddress(column, row);
  const last = cellAddress(lastColumn, lastRow);
  return first === last ? first : `${first}:${last}`;
}

/** The Excel defined name of a field id (data-contract.md: dots become underscores). */
export const definedNameOf = (fieldId: string): string => fieldId.replaceAll(".", "_");
