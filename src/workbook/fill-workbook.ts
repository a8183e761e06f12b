import type ExcelJS from "exceljs";
import { definedNameOf } from "../schema/a1.js";
import { parseReference, type CellRange } from "./ranges.js";

export type FillValue = ExcelJS.CellValue | { level?: string; text: string }[];

/** A field's cells, found the way the reader finds them: through the field's defined name. */
export function fieldRange(workbook: ExcelJS.Workbook, id: string): CellRange & { worksheet: ExcelJS.Worksheet } {
  const [reference] = workbook.definedNames.getRanges(definedNameOf(id)).ranges;
  const range = reference ? parseReference(reference) : undefined;
  const worksheet = range?.sheet ? workbook.getWorksheet(range.sheet) : undefined;
  if (!range || !worksheet) throw new Error(`the workbook has no cell named ${definedNameOf(id)}`);
  return { ...range, worksheet };
}

/** Writes values into a standardized workbook by field id (a string: examples and tests build ids); a narrative field takes one row per paragraph. */
export function fillWorkbook(workbook: ExcelJS.Workbook, values: Readonly<Record<string, FillValue>>): void {
  for (const [id, value] of Object.entries(values)) {
    const range = fieldRange(workbook, id);
    if (Array.isArray(value)) {
      value.forEach((paragraph, i) => {
        range.worksheet.getCell(range.top + i, range.left).value = paragraph.level ?? null;
        range.worksheet.getCell(range.top + i, range.right).value = paragraph.text;
      });
    } else {
      range.worksheet.getCell(range.top, range.left).value = value;
    }
  }
}
