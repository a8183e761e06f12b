/**
 * Sheet contents no program writes, found in the raw XML before exceljs reads it, case by case on sheets written by
 * hand: rows at and past 20,000, and number cells whose value is no decimal number. hostile-input.test.ts refuses
 * whole files.
 *
 * Covers: src/workbook/value-guard.ts.
 */
import { describe, expect, it } from "vitest";
import { MAX_SHEET_ROWS, sheetProblem } from "../src/workbook/value-guard.js";

const sheetOf = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
const parts = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([name, xml]) => [name, Buffer.from(xml, "utf8")]));
const cell = (ref: string, value: string, type = "") => `<c r="${ref}"${type ? ` t="${type}"` : ""}><v>${value}</v></c>`;
const oneCell = (xml: string) => parts({ "xl/worksheets/sheet1.xml": sheetOf(`<row r="1">${xml}</row>`) });

describe("rows", () => {
  it("passes 20,000 rows and refuses one more, naming the sheet's part", () => {
    expect(MAX_SHEET_ROWS).toBe(20_000);
    const rows = (n: number) => sheetOf('<row r="1"/>'.repeat(n));
    expect(sheetProblem(parts({ "xl/worksheets/sheet1.xml": rows(MAX_SHEET_ROWS) }))).toBeUndefined();
    expect(sheetProblem(parts({ "xl/worksheets/sheet3.xml": rows(MAX_SHEET_ROWS + 1) }))).toEqual({
      kind: "rows",
      part: "xl/worksheets/sheet3.xml",
    });
  });

  it("looks in worksheets only", () => {
    expect(sheetProblem(parts({ "xl/sharedStrings.xml": "<row/>".repeat(MAX_SHEET_ROWS + 1) }))).toBeUndefined();
  });
});

describe("a number cell's value", () => {
  it.each(["0", "12", "-3", "+4", "2.5", "7.", ".5", "1e3", "1.5E-7", "-2e+10", " 12 ", ""])(
    "%j is a number as a program writes it",
    (value) => {
      expect(sheetProblem(oneCell(cell("B2", value)))).toBeUndefined();
    },
  );

  it.each(["0x10", "1,000", "12件", "NaN", "Infinity", "1e", "--1", "1.2.3", "e5"])("%j is refused, with its cell", (value) => {
    expect(sheetProblem(oneCell(cell("C7", value)))).toEqual({ kind: "number", part: "xl/worksheets/sheet1.xml", cell: "C7", value });
  });

  it.each(["s", "str", "inlineStr", "b", "e"])("a cell of type %s holds no number, whatever its value", (type) => {
    expect(sheetProblem(oneCell(cell("A1", "#N/A", type)))).toBeUndefined();
  });

  it("leaves an entity to the XML parser, and finds a bad value after good ones, in a later sheet", () => {
    expect(sheetProblem(oneCell(cell("A1", "&#48;x10")))).toBeUndefined();
    const later = parts({
      "xl/worksheets/sheet1.xml": sheetOf(`<row r="1">${cell("A1", "1")}</row>`),
      "xl/worksheets/sheet2.xml": sheetOf(`<row r="1">${cell("A1", "2", "n")}${cell("B1", "x", "s")}${cell("AB12", "0x1F", "n")}</row>`),
    });
    expect(sheetProblem(later)).toEqual({ kind: "number", part: "xl/worksheets/sheet2.xml", cell: "AB12", value: "0x1F" });
  });

  it("stops at a value left unclosed, and names no cell when the cell gives no address", () => {
    expect(sheetProblem(oneCell("<c><v>12"))).toBeUndefined();
    expect(sheetProblem(oneCell('<c s="1"><v>0x10</v></c>'))).toEqual({
      kind: "number",
      part: "xl/worksheets/sheet1.xml",
      cell: "",
      value: "0x10",
    });
  });
});
