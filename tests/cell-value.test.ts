/**
 * What a workbook cell holds, as exceljs gives it, case by case (pitfalls.md): blanks, numbers that are none, text
 * with Excel's _xHHHH_ escapes, rich text, hyperlinks, errors, dates, formulas with and without a cached result,
 * and a merged cell read from its top-left.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { rawOf, readCell } from "../src/workbook/cell-value.js";

describe("a cell's value", () => {
  it.each([
    ["nothing", null, { kind: "blank" }],
    ["undefined", undefined, { kind: "blank" }],
    ["a number", 12.5, { kind: "number", value: 12.5 }],
    ["zero", 0, { kind: "number", value: 0 }],
    ["NaN", Number.NaN, { kind: "text", value: "无效的数字" }],
    ["Infinity", Infinity, { kind: "text", value: "无效的数字" }],
    ["spaces", "  \t", { kind: "blank" }],
    ["text", " 十二 ", { kind: "text", value: " 十二 " }],
    ["Excel's escape of a control character", "a_x0007_b_x00e9_", { kind: "text", value: "a\u0007bé" }],
    ["an escape that is none", "_x12_ _xZZZZ_", { kind: "text", value: "_x12_ _xZZZZ_" }],
    ["true", true, { kind: "boolean", value: true }],
    ["rich text", { richText: [{ text: "12" }, { font: {} }, { text: "3" }] }, { kind: "text", value: "123" }],
    ["rich text of spaces", { richText: [{ text: " " }] }, { kind: "blank" }],
    ["a hyperlink", { text: "示范局", hyperlink: "https://example.gov.cn" }, { kind: "text", value: "示范局" }],
    ["a hyperlink without text", { hyperlink: "https://example.gov.cn" }, { kind: "blank" }],
    ["an error", { error: "#REF!" }, { kind: "error", value: "#REF!" }],
    ["an object of another kind", { other: 1 }, { kind: "text", value: "[object Object]" }],
  ])("%s", (_, value, raw) => {
    expect(rawOf(value)).toEqual(raw);
  });

  it("a date", () => {
    const date = new Date(Date.UTC(2026, 0, 20));
    expect(rawOf(date)).toEqual({ kind: "date", value: date });
  });
});

describe("a cell as read", () => {
  const sheet = () => new ExcelJS.Workbook().addWorksheet("表");

  it("gives a formula's cached result, and the formula", () => {
    const s = sheet();
    s.getCell("A1").value = { formula: "SUM(B1:B2)", result: 7 } as ExcelJS.CellFormulaValue;
    expect(readCell(s.getCell("A1"))).toEqual({ raw: { kind: "number", value: 7 }, formula: "SUM(B1:B2)" });
    s.getCell("A2").value = { formula: "B1", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue;
    expect(readCell(s.getCell("A2"))).toEqual({ raw: { kind: "error", value: "#DIV/0!" }, formula: "B1" });
  });

  it("says a formula never calculated has no result", () => {
    const s = sheet();
    s.getCell("A1").value = { formula: "SUM(B1:B2)" } as ExcelJS.CellFormulaValue;
    expect(readCell(s.getCell("A1"))).toEqual({ raw: { kind: "formula", formula: "SUM(B1:B2)" }, formula: "SUM(B1:B2)" });
    s.getCell("A2").value = { formula: "B2", result: null } as unknown as ExcelJS.CellFormulaValue;
    expect(readCell(s.getCell("A2")).raw).toEqual({ kind: "formula", formula: "B2" });
  });

  it("reads a shared formula's cell by the formula it shares", () => {
    const s = sheet();
    s.getCell("A2").value = { sharedFormula: "A1", result: 3 } as unknown as ExcelJS.CellSharedFormulaValue;
    expect(readCell(s.getCell("A2"))).toEqual({ raw: { kind: "number", value: 3 }, formula: "A1" });
  });

  it("reads a merged cell from its top-left", () => {
    const s = sheet();
    s.getCell("B2").value = 42;
    s.mergeCells("B2:D3");
    expect(readCell(s.getCell("C3"))).toEqual({ raw: { kind: "number", value: 42 } });
    expect(readCell(s.getCell("E3"))).toEqual({ raw: { kind: "blank" } });
  });
});
