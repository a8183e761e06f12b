/**
 * The blank workbook `init` writes, as a clerk opens it, held to expectations written by hand from the 2021 edition:
 * which cells are to be typed (light yellow, unlocked, with Excel's input rule and prompt), which are totals (light
 * blue, locked, a formula over the hidden number cells), the guide, the live 校验 sheet, the hidden 数值 sheet, the
 * defined names, and what protection and printing leave the clerk. layout.test.ts holds where each field sits.
 * Read back with exceljs and, for what exceljs does not read back, from the sheets' XML.
 *
 * Covers: src/workbook/write-blank.ts, src/workbook/live-checks.ts, src/workbook/styles.ts, src/workbook/formulas.ts.
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { blankWorkbook } from "../src/pipeline/init.js";

let workbook: ExcelJS.Workbook;
let parts: Record<string, Uint8Array>;
const xml = (part: string) => strFromU8(parts[part]);
const sheet = (name: string) => workbook.getWorksheet(name)!;

beforeAll(async () => {
  const bytes = Buffer.from(await blankWorkbook("2021", { agency: "某局", year: 2025 }));
  parts = unzipSync(bytes);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
});

const GREY = { argb: "FF808080" };
const BORDERS = {
  left: { style: "thin", color: GREY },
  right: { style: "thin", color: GREY },
  top: { style: "thin", color: GREY },
  bottom: { style: "thin", color: GREY },
};
const YELLOW = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const BLUE = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const UNLOCKED = { locked: false, hidden: false };

const NUMBER_INPUT = {
  font: { size: 11, name: "宋体" },
  border: BORDERS,
  fill: YELLOW,
  alignment: { horizontal: "center", vertical: "middle" },
  protection: UNLOCKED,
};
const TEXT_INPUT = { ...NUMBER_INPUT, alignment: { vertical: "top", wrapText: true } };

describe("the sheets of a blank 2021 workbook", () => {
  it("come in the clerk's order, the guide first and the number cells very hidden last; the workbook recalculates on opening", () => {
    expect(xml("xl/workbook.xml")).toContain(
      [
        '<sheets><sheet sheetId="1" name="填写说明" state="visible" r:id="rId4"/>',
        '<sheet sheetId="2" name="基本信息" state="visible" r:id="rId5"/>',
        '<sheet sheetId="3" name="一、总体情况" state="visible" r:id="rId6"/>',
        '<sheet sheetId="4" name="二、主动公开政府信息情况" state="visible" r:id="rId7"/>',
        '<sheet sheetId="5" name="三、收到和处理政府信息公开申请情况" state="visible" r:id="rId8"/>',
        '<sheet sheetId="6" name="四、政府信息公开行政复议、行政诉讼情况" state="visible" r:id="rId9"/>',
        '<sheet sheetId="7" name="五、存在的主要问题及改进情况" state="visible" r:id="rId10"/>',
        '<sheet sheetId="8" name="六、其他需要报告的事项" state="visible" r:id="rId11"/>',
        '<sheet sheetId="9" name="校验" state="visible" r:id="rId12"/>',
        '<sheet sheetId="10" name="数值" state="veryHidden" r:id="rId13"/></sheets>',
      ].join(""),
    );
    expect(xml("xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    expect(workbook.creator).toBe("nianbao");
  });

  it("are each protected without a password, leaving rows and columns to resize and rows to insert, and print A4 landscape one page wide", () => {
    for (let n = 1; n <= 10; n++) {
      const part = xml(`xl/worksheets/sheet${n}.xml`);
      expect(part, `sheet${n}`).toContain('<sheetProtection sheet="1" formatColumns="0" formatRows="0" insertRows="0"/>');
      expect(part, `sheet${n}`).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      expect(part, `sheet${n}`).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    }
  });

  it("have the official table's column widths and row heights", () => {
    const widths = (name: string) => sheet(name).columns.map((column) => column.width);
    expect(widths("填写说明")).toEqual([110]);
    expect(widths("基本信息")).toEqual([20, 40, 50]);
    expect(widths("一、总体情况")).toEqual([14, 100]);
    expect(widths("二、主动公开政府信息情况")).toEqual([26, 22, 22, 22]);
    expect(widths("三、收到和处理政府信息公开申请情况")).toEqual([8, 10, 46, 10, 10, 10, 12, 12, 10, 10]);
    expect(widths("校验")).toEqual([10, 70, 12]);
    expect(widths("数值")).toEqual([60, 12]);
    const requests = sheet("三、收到和处理政府信息公开申请情况");
    expect([2, 3, 4, 25].map((row) => requests.getRow(row).height)).toEqual([30, 30, 30, 28]);
  });
});

describe("the labels of the official table", () => {
  it("title, head, name rows and explain in their own looks, merged where the official table merges them", () => {
    const meta = sheet("基本信息");
    expect(meta.getCell("A1").value).toBe("基本信息");
    expect(meta.getCell("A1").font).toEqual({ size: 14, bold: true, name: "宋体" });
    expect(meta.getCell("A1").alignment).toEqual({ horizontal: "center", vertical: "middle" });
    expect(meta.getCell("A2").value).toBe("项目");
    expect(meta.getCell("A2").style).toEqual({
      font: { size: 10, bold: true, name: "宋体" },
      border: BORDERS,
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } },
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    });
    expect(meta.getCell("A3").style).toEqual({
      font: { size: 10, name: "宋体" },
      border: BORDERS,
      fill: { type: "pattern", pattern: "none" },
      alignment: { horizontal: "left", vertical: "middle", wrapText: true },
    });
    expect(meta.getCell("C3").font).toEqual({ size: 9, italic: true, color: { argb: "FF666666" }, name: "宋体" });
    expect(meta.getCell("C3").alignment).toEqual({ vertical: "middle", wrapText: true });
    expect(meta.getCell("C3").border).toEqual({});
    // A note that names the report's year says this workbook's.
    expect(meta.getCell("C4").value).toBe("统计年度，如：2025");
    expect(xml("xl/worksheets/sheet2.xml")).toContain('<mergeCell ref="A1:C1"/>');
    const active = xml("xl/worksheets/sheet4.xml");
    for (const range of ["A1:D1", "A2:D2", "B8:D8", "B11:D11"]) expect(active, range).toContain(`<mergeCell ref="${range}"/>`);
    expect(xml("xl/worksheets/sheet5.xml")).toContain('<mergeCell ref="A2:C4"/>');
    expect(sheet("三、收到和处理政府信息公开申请情况").getCell("A5").value).toBe("一、本年新收政府信息公开申请数量");
  });
});

describe("the guide sheet", () => {
  it("titles the agency's year, says the edition and its circular, and explains the colours, one line a row", () => {
    const guide = sheet("填写说明");
    expect(guide.getCell("A1").value).toBe("某局2025年政府信息公开工作年度报告 · 填写说明");
    expect(guide.getCell("A1").font).toEqual({ size: 14, bold: true, name: "宋体" });
    expect(guide.getRow(1).height).toBe(28);
    expect(guide.getCell("A2").value).toBe(
      "格式版本：2021 版（国办公开办函〔2021〕30号）。本工作簿由 nianbao init 生成，请勿删除或重命名工作表。",
    );
    expect(guide.getCell("A2").font).toEqual({ size: 10, name: "宋体" });
    expect(guide.getCell("A2").alignment).toEqual({ horizontal: "left", vertical: "middle", wrapText: true });
    expect(guide.getRow(2).height).toBe(36);
    expect(guide.getCell("A4").value).toBe(
      "2. 颜色：浅黄色单元格需要填写；浅蓝色单元格是自动合计（公式），不用填写；白色单元格是表头和说明，已锁定。",
    );
    expect(guide.rowCount).toBe(8);
  });
});

describe("the cells a clerk types", () => {
  it("prefills the agency and the year as inputs, and the edition as a locked cell the tool writes", () => {
    const meta = sheet("基本信息");
    expect(meta.getCell("B3").value).toBe("某局");
    expect(meta.getCell("B3").style).toEqual(TEXT_INPUT);
    expect(meta.getCell("B3").dataValidation).toBeUndefined();
    expect(meta.getCell("B4").value).toBe(2025);
    expect(meta.getCell("B5").value).toBe("2021");
    expect(meta.getCell("B5").style).toEqual({
      font: { size: 11, name: "宋体" },
      border: BORDERS,
      fill: { type: "pattern", pattern: "none" },
      alignment: { horizontal: "left", vertical: "middle" },
    });
    expect(meta.getCell("B6").value).toBeNull();
    expect(meta.getCell("A3").value).toBe("机关名称");
    expect(meta.getCell("C3").value).toBe("机关全称，如：贺兰县交通运输局");
  });

  it("bounds the year to four digits, with the field's hint before the kind's prompt", () => {
    expect(sheet("基本信息").getCell("B4").dataValidation).toEqual({
      type: "whole",
      operator: "between",
      formulae: [2008, 2100],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "填写提示",
      prompt: "统计年度，如：2025。四位年份，如 2026。",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "输入有误",
      error: "请填写四位年份。",
    });
    expect(sheet("基本信息").getCell("B4").style).toEqual(NUMBER_INPUT);
  });

  it("gives a date its Chinese number format and no input rule", () => {
    const date = sheet("基本信息").getCell("B11");
    expect(date.numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(date.dataValidation).toBeUndefined();
    expect(date.fill).toEqual(YELLOW);
    expect(date.protection).toEqual(UNLOCKED);
  });

  it("takes counts as whole numbers from 0 to ten million, and amounts by a rule that bounds their decimal places", () => {
    const active = sheet("二、主动公开政府信息情况");
    expect(active.getCell("B4").style).toEqual(NUMBER_INPUT);
    expect(active.getCell("B4").dataValidation).toEqual({
      type: "whole",
      operator: "between",
      formulae: [0, 10000000],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "填写提示",
      prompt: "请填写 0 或正整数；没有发生请填 0。",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "输入有误",
      error: "这里只能填 0 或正整数。",
    });
    expect(active.getCell("B15").dataValidation).toEqual({
      type: "custom",
      formulae: ["AND(ISNUMBER(B15),B15>=0,ROUND(B15,6)=B15)"],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "填写提示",
      prompt: "单位：万元，最多 6 位小数（精确到分）；没有请填 0。",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "输入有误",
      error: "这里只能填不小于 0 的数字，单位万元，最多 6 位小数。",
    });
    expect(sheet("六、其他需要报告的事项").getCell("B4").dataValidation.formulae).toEqual(["AND(ISNUMBER(B4),B4>=0,ROUND(B4,2)=B4)"]);
  });

  it("offers each paragraph row of a text section a level to choose and a content cell, rows 3 to 202 and no further", () => {
    const overview = sheet("一、总体情况");
    const levelRule = {
      type: "list",
      formulae: ['"标题（一）,标题 1.,正文"'],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "填写提示",
      prompt: "选择本段的层级：标题（一）、标题 1. 或 正文。不选时按内容开头判断。",
    };
    for (const row of [3, 202]) {
      expect(overview.getCell(`A${row}`).dataValidation, `A${row}`).toEqual(levelRule);
      expect(overview.getCell(`A${row}`).style, `A${row}`).toEqual(NUMBER_INPUT);
      expect(overview.getCell(`B${row}`).style, `B${row}`).toEqual(TEXT_INPUT);
      expect(overview.getCell(`B${row}`).dataValidation, `B${row}`).toBeUndefined();
    }
    expect(overview.getCell("A203").dataValidation).toBeUndefined();
    expect(overview.getCell("A203").protection).toBeUndefined();
    expect([overview.getCell("A2").value, overview.getCell("B2").value]).toEqual(["层级", "内容（一行一段）"]);
  });
});

describe("the totals", () => {
  it("are locked bold light-blue formulas summing their parts' number cells, by defined name", () => {
    const total = sheet("三、收到和处理政府信息公开申请情况").getCell("J5");
    expect(total.formula).toBe(
      "SUM(n_requests_newReceived_natural,n_requests_newReceived_business,n_requests_newReceived_research,n_requests_newReceived_nonprofit,n_requests_newReceived_legal,n_requests_newReceived_otherOrg)",
    );
    expect(total.style).toEqual({
      font: { bold: true, size: 11, name: "宋体" },
      border: BORDERS,
      fill: BLUE,
      alignment: { horizontal: "center", vertical: "middle" },
    });
    expect(total.dataValidation).toBeUndefined();
  });
});

describe("the defined names", () => {
  const target = (name: string) => workbook.definedNames.model.find((defined) => defined.name === name)?.ranges;

  it("name each field's cell, a paragraph field's whole block, and each number cell", () => {
    expect(target("meta_agency")).toEqual(["'基本信息'!$B$3"]);
    expect(target("meta_edition")).toEqual(["'基本信息'!$B$5"]);
    expect(target("text_overview")).toEqual(["'一、总体情况'!$A$3:$B$202"]);
    expect(target("requests_newReceived_total")).toEqual(["'三、收到和处理政府信息公开申请情况'!$J$5"]);
    expect(target("n_requests_newReceived_natural")).toEqual(["'数值'!$B$1"]);
  });
});

describe("the live 校验 sheet", () => {
  it("titles itself, sums up the failures, and checks each 勾稽关系 by a formula, 45 rows for the 2021 edition", () => {
    const checks = sheet("校验");
    expect(checks.getCell("A1").value).toBe("校验（勾稽关系，随填写自动更新）");
    expect(checks.getCell("A1").font).toEqual({ size: 14, bold: true, name: "宋体" });
    expect(checks.getCell("A2").value).toBe("总体结果");
    expect(checks.getCell("A2").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } });
    expect(checks.getCell("B2").value).toEqual({
      formula: 'IF(COUNTIF(C4:C45,"不通过")=0,"全部通过","有 "&COUNTIF(C4:C45,"不通过")&" 项不通过")',
      result: "全部通过",
    });
    expect(checks.getCell("B2").fill).toEqual(BLUE);
    expect([1, 2, 3].map((column) => checks.getCell(3, column).value)).toEqual(["规则", "检查内容", "结果"]);
    expect([checks.getCell("A4").value, checks.getCell("B4").value]).toEqual(["R1", "表三“自然人”列：一 + 二 = 三（七）总计 + 四"]);
    expect(checks.getCell("A4").style.border).toEqual(BORDERS);
    expect(checks.getCell("C4").value).toEqual({
      formula:
        'IF(SUM(n_requests_newReceived_natural,n_requests_carriedOver_natural)=SUM(n_requests_resultTotal_natural,n_requests_carriedForward_natural),"通过","不通过")',
      result: "通过",
    });
    expect(checks.getCell("A45").value).toBe("R4");
    expect(checks.getCell("A46").value).toBeNull();
    expect(xml("xl/worksheets/sheet9.xml")).toContain(
      '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B2:C2"/></mergeCells>',
    );
  });

  it("colours 不通过 red before 通过 green, over the summary and the results", () => {
    expect(xml("xl/worksheets/sheet9.xml")).toContain(
      [
        '<conditionalFormatting sqref="B2:C45">',
        '<cfRule type="containsText" dxfId="0" priority="1"><formula>NOT(ISERROR(SEARCH(&quot;不通过&quot;,B2)))</formula></cfRule>',
        '<cfRule type="containsText" dxfId="1" priority="2"><formula>NOT(ISERROR(SEARCH(&quot;通过&quot;,B2)))</formula></cfRule>',
        "</conditionalFormatting>",
      ].join(""),
    );
    const styles = xml("xl/styles.xml");
    const dxfs = [...styles.matchAll(/<dxf>.*?<\/dxf>/g)].map((match) => match[0]);
    expect(dxfs[0]).toContain('rgb="FFFFC7CE"');
    expect(dxfs[1]).toContain('rgb="FFC6EFCE"');
  });
});

describe("the hidden 数值 sheet", () => {
  it("holds each value the 勾稽关系 use as a number read as check reads it: full-width, spaces, commas, 增/减, dashes and units forgiven", () => {
    const numbers = sheet("数值");
    expect(numbers.getCell("A1").value).toBe("一、本年新收政府信息公开申请数量 · 自然人");
    const cell = "requests_newReceived_natural";
    const substitutions = [
      [" ", ""],
      [",", ""],
      ["增", ""],
      ["减", "-"],
      ["−", "-"],
      ["–", "-"],
      ["—", "-"],
      ["件", ""],
      ["条", ""],
      ["项", ""],
      ["个", ""],
    ];
    const normalised = substitutions.reduce((text, [from, to]) => `SUBSTITUTE(${text},"${from}","${to}")`, `ASC(${cell})`);
    expect(numbers.getCell("B1").formula).toBe(`IF(ISNUMBER(${cell}),${cell},IFERROR(VALUE(${normalised}),0))`);
    expect(numbers.rowCount).toBe(190);
  });
});
