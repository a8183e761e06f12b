/**
 * What exceljs is given to parse (src/workbook/stored-workbook.ts): the guard's inflated parts stored in a zip of
 * their own, with the sheets no reading needs emptied, found through workbook.xml and its relationships as Excel,
 * WPS, LibreOffice and openpyxl write them (prefixes, absolute targets, escaped names).
 */
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readZipDirectory } from "../src/input/zip-directory.js";
import { loadWorkbook } from "../src/workbook/read-workbook.js";
import { sheetParts, storedWorkbook } from "../src/workbook/stored-workbook.js";
import { EXAMPLE_WORKBOOKS } from "./helpers/examples.js";

const WORKBOOK_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets>
<sheet name="基本信息" sheetId="1" r:id="rId1"/>
<sheet name="校验" sheetId="2" r:id="rId2"/>
<sheet name="A&amp;B" sheetId="3" x:id="rId3"/>
<sheet name="数值" sheetId="4" state="veryHidden" r:id="rId4"/>
<sheet name="无关系" sheetId="5" r:id="rId9"/>
</sheets>
<definedNames><definedName name="meta_agency">'基本信息'!$B$3</definedName></definedNames>
</workbook>`;

const RELATIONS_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet3.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/missing.xml"/>
</Relationships>`;

const sheet = (text: string) =>
  Buffer.from(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`);

const parts = () =>
  new Map<string, Buffer>([
    ["[Content_Types].xml", Buffer.from("<Types/>")],
    ["xl/workbook.xml", Buffer.from(WORKBOOK_XML)],
    ["xl/_rels/workbook.xml.rels", Buffer.from(RELATIONS_XML)],
    ["xl/worksheets/sheet1.xml", sheet("一")],
    ["xl/worksheets/sheet2.xml", sheet("二")],
    ["xl/worksheets/sheet3.xml", sheet("三")],
  ]);

describe("sheetParts", () => {
  it("finds a sheet's part through its relationship, whatever the prefix, relative to xl/ or from the root", () => {
    expect(sheetParts(parts(), ["校验", "A&B", "基本信息"])).toEqual([
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/sheet3.xml",
    ]);
  });

  it("reads a workbook.xml written with a prefix for SpreadsheetML itself", () => {
    const prefixed = parts();
    prefixed.set(
      "xl/workbook.xml",
      Buffer.from(
        '<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets>' +
          '<x:sheet name="基本信息" sheetId="1" r:id="rId1"/><x:sheet name="校验" sheetId="2" r:id="rId2"/></x:sheets>' +
          "<x:definedNames/></x:workbook>",
      ),
    );
    expect(sheetParts(prefixed, ["校验"])).toEqual(["xl/worksheets/sheet2.xml"]);
  });

  it("finds nothing for a sheet not there, one without a relationship, or one whose part is missing", () => {
    expect(sheetParts(parts(), ["数值", "无关系", "不存在"])).toEqual([]);
    const withoutRelations = parts();
    withoutRelations.delete("xl/_rels/workbook.xml.rels");
    expect(sheetParts(withoutRelations, ["校验"])).toEqual([]);
    const withoutWorkbook = parts();
    withoutWorkbook.delete("xl/workbook.xml");
    expect(sheetParts(withoutWorkbook, ["校验"])).toEqual([]);
  });

  it("finds nothing in a workbook.xml that is not well-formed or has no sheets", () => {
    const broken = parts();
    broken.set("xl/workbook.xml", Buffer.from('<workbook><sheets><sheet name="校验" r:id="rId2"></workbook>'));
    expect(sheetParts(broken, ["校验"])).toEqual([]);
    broken.set("xl/workbook.xml", Buffer.from("<workbook/>"));
    expect(sheetParts(broken, ["校验"])).toEqual([]);
  });

  it("reads the relationship id only from a prefixed id attribute", () => {
    const plain = parts();
    plain.set("xl/workbook.xml", Buffer.from('<workbook><sheets><sheet name="校验" sheetId="2" id="rId2"/></sheets></workbook>'));
    expect(sheetParts(plain, ["校验"])).toEqual([]);
  });
});

describe("storedWorkbook", () => {
  it("stores every part as it is, in order, and the named sheets' parts as empty sheets", () => {
    const zip = storedWorkbook(parts(), ["校验"]);
    const directory = readZipDirectory(zip, 100);
    if (directory.kind !== "entries") throw new Error(directory.kind);
    expect(directory.entries.map((entry) => [entry.name, entry.method])).toEqual([...parts().keys()].map((name) => [name, 0]));
    const files = unzipSync(zip);
    for (const [name, bytes] of parts())
      if (name !== "xl/worksheets/sheet2.xml") expect(Buffer.from(files[name]).equals(bytes), name).toBe(true);
    expect(Buffer.from(files["xl/worksheets/sheet2.xml"]).toString()).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    );
  });
});

describe("loadWorkbook", () => {
  it("gives exceljs the unread sheets with their names and no cells, and the others whole", async () => {
    const example = EXAMPLE_WORKBOOKS[1];
    const bytes = readFileSync(example);
    const whole = await loadWorkbook(bytes, example);
    const lean = await loadWorkbook(bytes, example, ["数值", "校验"]);
    expect(lean.worksheets.map((ws) => ws.name)).toEqual(whole.worksheets.map((ws) => ws.name));
    expect(whole.getWorksheet("数值")!.rowCount).toBeGreaterThan(100);
    expect(whole.getWorksheet("校验")!.rowCount).toBeGreaterThan(10);
    expect([lean.getWorksheet("数值")!.rowCount, lean.getWorksheet("校验")!.rowCount]).toEqual([0, 0]);
    expect(lean.getWorksheet("基本信息")!.getCell("B3").value).toBe(whole.getWorksheet("基本信息")!.getCell("B3").value);
    expect(lean.getWorksheet("基本信息")!.getCell("B3").value).toBe("示范市自然资源局");
  });
});
