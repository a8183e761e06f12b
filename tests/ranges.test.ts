/**
 * Cell references as defined names and formulas write them (src/workbook/ranges.ts), and the workbook filled through
 * its defined names (src/workbook/fill-workbook.ts): what the reader and the examples find cells by.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { fieldRange, fillWorkbook } from "../src/workbook/fill-workbook.js";
import { absoluteReference, parseRange, parseReference, quoteSheet } from "../src/workbook/ranges.js";

describe("parseReference", () => {
  it.each([
    ["D5", { top: 5, left: 4, bottom: 5, right: 4 }],
    ["$D$5", { top: 5, left: 4, bottom: 5, right: 4 }],
    ["d5", { top: 5, left: 4, bottom: 5, right: 4 }],
    ["A3:B202", { top: 3, left: 1, bottom: 202, right: 2 }],
    ["$A$3:$B$202", { top: 3, left: 1, bottom: 202, right: 2 }],
    ["B202:A3", { top: 3, left: 1, bottom: 202, right: 2 }],
    ["AA1", { top: 1, left: 27, bottom: 1, right: 27 }],
    ["XFD1048576", { top: 1048576, left: 16384, bottom: 1048576, right: 16384 }],
    ["  Z9 ", { top: 9, left: 26, bottom: 9, right: 26 }],
    ["基本信息!$B$3", { sheet: "基本信息", top: 3, left: 2, bottom: 3, right: 2 }],
    ["'三、收到和处理政府信息公开申请情况'!$D$5", { sheet: "三、收到和处理政府信息公开申请情况", top: 5, left: 4, bottom: 5, right: 4 }],
    ["'Tom''s sheet'!A1:C2", { sheet: "Tom's sheet", top: 1, left: 1, bottom: 2, right: 3 }],
  ])("reads %s", (reference, range) => {
    expect(parseReference(reference)).toEqual(range);
  });

  it.each(["#REF!", "基本信息!#REF!", "'未闭合!A1", "A", "5", "AAAA1", "A1:B", "A1:", "A1B2", "'a'b'!A1", "A1 B2", ""])(
    "reads %s as no range",
    (reference) => {
      expect(parseReference(reference)).toBeUndefined();
    },
  );

  it("throws on a reference that is none when a range is required", () => {
    expect(parseRange("C7")).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
    expect(() => parseRange("#REF!")).toThrow("not a cell range: #REF!");
  });
});

describe("references written", () => {
  it("writes a single cell or a range absolutely, and quotes a sheet's name doubling its quotes", () => {
    expect(absoluteReference({ top: 5, left: 4, bottom: 5, right: 4 })).toBe("$D$5");
    expect(absoluteReference({ top: 3, left: 1, bottom: 202, right: 2 })).toBe("$A$3:$B$202");
    expect(absoluteReference({ top: 3, left: 1, bottom: 3, right: 2 })).toBe("$A$3:$B$3");
    expect(absoluteReference({ top: 3, left: 2, bottom: 4, right: 2 })).toBe("$B$3:$B$4");
    expect(quoteSheet("基本信息")).toBe("'基本信息'");
    expect(quoteSheet("Tom's")).toBe("'Tom''s'");
  });
});

describe("fillWorkbook", () => {
  function workbookWithNames(): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("基本信息");
    workbook.addWorksheet("一、总体情况");
    workbook.definedNames.add("'基本信息'!$B$3", "meta_agency");
    workbook.definedNames.add("'一、总体情况'!$A$3:$B$6", "text_overview");
    workbook.definedNames.add("'不存在'!$B$4", "meta_year");
    return workbook;
  }

  it("writes a value into the field's named cell, and a section's paragraphs one row each, level and text", () => {
    const workbook = workbookWithNames();
    fillWorkbook(workbook, {
      "meta.agency": "某局",
      "text.overview": [{ level: "标题（一）", text: "（一）主动公开" }, { text: "正文一段。" }],
    });
    expect(workbook.getWorksheet("基本信息")!.getCell("B3").value).toBe("某局");
    const sheet = workbook.getWorksheet("一、总体情况")!;
    expect([sheet.getCell("A3").value, sheet.getCell("B3").value, sheet.getCell("A4").value, sheet.getCell("B4").value]).toEqual([
      "标题（一）",
      "（一）主动公开",
      null,
      "正文一段。",
    ]);
    expect(sheet.getCell("B5").value).toBe(null);
    const range = fieldRange(workbook, "text.overview");
    expect([range.top, range.left, range.bottom, range.right, range.worksheet.name]).toEqual([3, 1, 6, 2, "一、总体情况"]);
  });

  it("says which name it could not find, or whose sheet is gone", () => {
    const workbook = workbookWithNames();
    expect(() => fillWorkbook(workbook, { "meta.signer": "某局" })).toThrow("the workbook has no cell named meta_signer");
    expect(() => fieldRange(workbook, "meta.year")).toThrow("the workbook has no cell named meta_year");
  });
});
