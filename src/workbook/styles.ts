import type ExcelJS from "exceljs";

const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const allBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const FONT = "宋体";

/** Cell looks of the standardized workbook; the guide sheet explains the colours to the clerk. */
export const STYLE = {
  title: { font: { name: FONT, size: 14, bold: true }, alignment: { horizontal: "center", vertical: "middle" } },
  header: {
    font: { name: FONT, size: 10, bold: true },
    fill: solid("FFF2F2F2"),
    border: allBorders,
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  },
  rowLabel: { font: { name: FONT, size: 10 }, border: allBorders, alignment: { horizontal: "left", vertical: "middle", wrapText: true } },
  note: { font: { name: FONT, size: 9, italic: true, color: { argb: "FF666666" } }, alignment: { vertical: "middle", wrapText: true } },
  unit: { font: { name: FONT, size: 9, color: { argb: "FF666666" } } },
  input: {
    font: { name: FONT, size: 11 },
    fill: solid("FFFFF2CC"),
    border: allBorders,
    alignment: { horizontal: "center", vertical: "middle" },
  },
  textInput: {
    font: { name: FONT, size: 11 },
    fill: solid("FFFFF2CC"),
    border: allBorders,
    alignment: { vertical: "top", wrapText: true },
  },
  derived: {
    font: { name: FONT, size: 11, bold: true },
    fill: solid("FFDDEBF7"),
    border: allBorders,
    alignment: { horizontal: "center", vertical: "middle" },
  },
  fixed: { font: { name: FONT, size: 11 }, border: allBorders, alignment: { horizontal: "left", vertical: "middle" } },
  passFill: solid("FFC6EFCE"),
  failFill: solid("FFFFC7CE"),
} satisfies Record<string, Partial<ExcelJS.Style> | ExcelJS.Fill>;

/** Gives the cell its own copy: exceljs shares style objects, and a later change to one cell would leak to others. */
export function applyStyle(cell: ExcelJS.Cell, style: Partial<ExcelJS.Style>, locked = true): void {
  cell.style = { ...structuredClone(style), protection: { locked } };
}
