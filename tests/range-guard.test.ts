/**
 * Ranges no standardized workbook has, found in a workbook's XML before exceljs parses it, case by case on parts
 * written by hand: defined names and merges at and past 100,000 cells, read as tokens or (when a character
 * reference, a comment or CDATA could hide one) parsed. hostile-input.test.ts refuses whole files.
 *
 * Covers: src/workbook/range-guard.ts.
 */
import { describe, expect, it } from "vitest";
import { MAX_RANGE_CELLS, oversizedRange } from "../src/workbook/range-guard.js";

const workbook = (names: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/>${names}</workbook>`;
const sheet = (merges: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>${merges}</worksheet>`;
const parts = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([name, xml]) => [name, Buffer.from(xml, "utf8")]));

describe("a defined name's range", () => {
  it("passes at 100,000 cells and is refused one row past, naming the name", () => {
    expect(MAX_RANGE_CELLS).toBe(100_000);
    const at = workbook(`<definedNames><definedName name="ok">'表'!$A$1:$B$50000</definedName></definedNames>`);
    expect(oversizedRange(parts({ "xl/workbook.xml": at }))).toBeUndefined();
    const past = workbook(
      `<definedNames><definedName name="ok">'表'!$A$1:$B$2</definedName><definedName name="大">'表'!$A$1:$B$50001</definedName></definedNames>`,
    );
    expect(oversizedRange(parts({ "xl/workbook.xml": past }))).toEqual({ kind: "name", name: "大", reference: "'表'!$A$1:$B$50001" });
  });

  it("finds a whole sheet hidden behind a character reference or inside CDATA, by parsing", () => {
    const encoded = workbook(`<definedNames><definedName name="x">&#39;表&#39;!$A$1:$XFD$1048576</definedName></definedNames>`);
    expect(oversizedRange(parts({ "xl/workbook.xml": encoded }))).toEqual({ kind: "name", name: "x", reference: "'表'!$A$1:$XFD$1048576" });
    const cdata = workbook(`<definedNames><definedName name="y"><![CDATA[表!A1:B2,表!$A$1:$XFD$1048576]]></definedName></definedNames>`);
    expect(oversizedRange(parts({ "xl/workbook.xml": cdata }))).toMatchObject({ kind: "name", name: "y" });
  });

  it("finds one range of several in one name", () => {
    const several = workbook(`<definedNames><definedName name="print">表!$A$1:$B$2,表!$C:$C,表!$A$1:$Z$5000</definedName></definedNames>`);
    expect(oversizedRange(parts({ "xl/workbook.xml": several }))).toMatchObject({ kind: "name", name: "print" });
  });

  it("passes a workbook without names, and a part that cannot be parsed (exceljs refuses it then)", () => {
    expect(oversizedRange(parts({ "xl/workbook.xml": workbook("") }))).toBeUndefined();
    expect(oversizedRange(parts({ "xl/workbook.xml": workbook("<definedNames><definedName>&#39;<oops</definedNames>") }))).toBeUndefined();
    expect(oversizedRange(parts({}))).toBeUndefined();
  });
});

describe("a sheet's merges", () => {
  it("are counted together: refused at the merge that takes them past 100,000 cells", () => {
    const merges = sheet(
      '<mergeCells count="3"><mergeCell ref="A1:B30000"/><mergeCell ref="C1:D19999"/><mergeCell ref="E1:E2"/></mergeCells>',
    );
    expect(oversizedRange(parts({ "xl/worksheets/sheet1.xml": merges }))).toBeUndefined();
    const more = sheet(
      '<mergeCells count="3"><mergeCell ref="A1:B30000"/><mergeCell ref="C1:D19999"/><mergeCell ref="E1:E3"/></mergeCells>',
    );
    expect(oversizedRange(parts({ "xl/worksheets/sheet1.xml": more }))).toEqual({ kind: "merge", reference: "E1:E3" });
  });

  it("are parsed when a comment could hide one, and looked for in worksheets only", () => {
    const hidden = sheet('<mergeCells><!-- a note --><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    expect(oversizedRange(parts({ "xl/worksheets/sheet2.xml": hidden }))).toEqual({ kind: "merge", reference: "A1:XFD1048576" });
    expect(oversizedRange(parts({ "xl/chartsheets/sheet1.xml": hidden }))).toBeUndefined();
  });

  it("are looked at after the names, sheet by sheet", () => {
    const names = workbook(`<definedNames><definedName name="z">表!$A$1:$XFD$1048576</definedName></definedNames>`);
    const merges = sheet('<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    expect(oversizedRange(parts({ "xl/worksheets/sheet1.xml": merges, "xl/workbook.xml": names }))).toMatchObject({ kind: "name" });
    const fine = sheet('<mergeCells><mergeCell ref="A1:B2"/></mergeCells>');
    expect(oversizedRange(parts({ "xl/worksheets/sheet1.xml": fine, "xl/worksheets/sheet2.xml": merges }))).toEqual({
      kind: "merge",
      reference: "A1:XFD1048576",
    });
  });
});
