/**
 * The annotated copy's workbook (src/workbook/annotate.ts) from findings written by hand: which cells are marked and
 * how, what their notes say, and the findings sheet row by row. check --annotate's own tests (annotate.test.ts) run
 * it on real checks; these pin the rules of marking that those findings never combine.
 */
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/findings/finding.js";
import { annotatedWorkbook } from "../src/workbook/annotate.js";
import { noteOf } from "./helpers/fixtures.js";

const ERROR = { fill: "FFFFC7CE", font: "FF9C0006" };
const WARNING = { fill: "FFFFD966", font: "FF7F4F00" };

/** A clerk's workbook: 表一 (its tab selected) with figures in B2:B5, a note on B5, and a sheet the clerk already named 校验结果. */
async function clerksWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("表一", { views: [{ tabSelected: true } as unknown as ExcelJS.WorksheetView] });
  for (const row of [2, 3, 4, 5]) sheet.getCell(`B${row}`).value = row * 10;
  sheet.getCell("B5").note = "科长：此数待核";
  workbook.addWorksheet("校验结果").getCell("A1").value = "去年的批注";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const finding = (severity: Finding["severity"], cell: string | undefined, message: string, more: Partial<Finding> = {}): Finding => ({
  rule: "R1",
  code: "table/sum" as Finding["code"],
  severity,
  ...(cell ? { sheet: "表一", cell } : {}),
  message,
  ...more,
});

/** The annotated copy's bytes, of the last annotate(). */
let bytes: Uint8Array;
async function annotate(findings: Finding[]): Promise<ExcelJS.Workbook> {
  bytes = await annotatedWorkbook(await clerksWorkbook(), findings, "交通局.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const markOf = (cell: ExcelJS.Cell) => ({
  fill: (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb,
  font: cell.font?.color?.argb,
});

describe("the marked cells", () => {
  it("marks an error red and a warning yellow, an information not at all; a cell named twice takes the graver, and both notes", async () => {
    const workbook = await annotate([
      finding("warning", "B2", "「表一」B2：空白。"),
      finding("info", "B3", "「表一」B3：提示。"),
      finding("warning", "B4", "「表一」B4：偏大。"),
      finding("error", "B4", "「表一」B4：合计不符。"),
    ]);
    const sheet = workbook.getWorksheet("表一")!;
    expect(markOf(sheet.getCell("B2"))).toEqual(WARNING);
    expect(markOf(sheet.getCell("B3"))).toEqual({ fill: undefined, font: undefined });
    expect(noteOf(sheet.getCell("B3"))).toBe("[提示] 「表一」B3：提示。");
    expect(markOf(sheet.getCell("B4"))).toEqual(ERROR);
    expect(noteOf(sheet.getCell("B4"))).toBe("[警告] 「表一」B4：偏大。\n\n[错误] 「表一」B4：合计不符。");
    // The clerk's values stay.
    expect([2, 3, 4, 5].map((row) => sheet.getCell(`B${row}`).value)).toEqual([20, 30, 40, 50]);
  });

  it("keeps the clerk's note above its own, and marks the related cells of this file, not those of last year's", async () => {
    const workbook = await annotate([
      finding("error", "B5", "「表一」B5：与上年不符。", {
        related: [
          { sheet: "表一", cell: "B2" },
          { sheet: "表一", cell: "B3", file: "交通局.xlsx" },
          { sheet: "表一", cell: "B4", file: "上年.xlsx" },
        ],
      }),
    ]);
    const sheet = workbook.getWorksheet("表一")!;
    expect(noteOf(sheet.getCell("B5"))).toBe("科长：此数待核\n\n[错误] 「表一」B5：与上年不符。");
    expect(["B2", "B3", "B4", "B5"].map((cell) => markOf(sheet.getCell(cell)).fill)).toEqual([
      ERROR.fill,
      ERROR.fill,
      undefined,
      ERROR.fill,
    ]);
  });
});

describe("the findings sheet", () => {
  it("comes first under a name the workbook does not have yet, one row per finding with its place linked and its height", async () => {
    const long = "很长的说明".repeat(10);
    const workbook = await annotate([
      finding("error", "B4", "「表一」B4：合计不符。", { hint: "请核对。" }),
      finding("warning", undefined, long),
    ]);
    const [first] = workbook.worksheets;
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["校验结果(2)", "表一", "校验结果"]);
    expect(first.getCell("A1").value).toBe(
      "交通局.xlsx 的校验结果：错误 1 项，警告 1 项，提示 0 项。点“位置”可跳到对应单元格；有问题的单元格已标色（红色为错误，黄色为警告），并附批注。",
    );
    expect(first.getRow(2).values).toEqual([undefined, "序号", "级别", "位置", "说明", "处理建议"]);
    // The place in its own column, linked; the message without it.
    expect(first.getRow(3).values).toEqual([undefined, 1, "错误", { text: "表一!B4", hyperlink: "#'表一'!B4" }, "合计不符。", "请核对。"]);
    expect(first.getRow(4).values).toEqual([undefined, 2, "警告", "（整个文件）", long, ""]);
    expect(markOf(first.getCell("B3")).fill).toBe(ERROR.fill);
    expect(markOf(first.getCell("B4")).fill).toBe(WARNING.fill);
    // 15 pt a line: 说明 wraps every 34 characters, so 50 characters take 2 lines.
    expect([first.getRow(3).height, first.getRow(4).height]).toEqual([15, 30]);
    expect([1, 2, 3, 4, 5].map((column) => first.getColumn(column).width)).toEqual([6, 6, 34, 70, 40]);
    // One selected tab, the findings sheet's (the clerk had 表一 selected): two would open grouped. exceljs does not
    // read tabSelected back, so the sheets' XML is read.
    const zip = new PizZip(bytes);
    const selected = Object.keys(zip.files)
      .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .map((name) => zip.file(name)!.asText())
      .filter((xml) => xml.includes('tabSelected="1"'));
    expect(selected).toHaveLength(1);
    expect(selected[0]).toContain('ySplit="2"');
  });
});

describe("the copy as a file", () => {
  /** A sheet's XML in the copy, by the sheet's name (xl/workbook.xml and its relationships say which part it is). */
  function sheetXml(copy: Uint8Array, name: string): string {
    const zip = new PizZip(copy);
    const rId = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(zip.file("xl/workbook.xml")!.asText())?.[1];
    const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rId}"`).exec(
      zip.file("xl/_rels/workbook.xml.rels")!.asText(),
    );
    const path = (target?.[1] ?? target?.[2] ?? "").replace(/^\/?(xl\/)?/, "xl/");
    return zip.file(path)!.asText();
  }

  it("prints the findings on A4 landscape, one page wide, repeating the column titles, its title cell wrapped over five columns", async () => {
    const workbook = await annotate([finding("error", "B4", "「表一」B4：合计不符。")]);
    const [first] = workbook.worksheets;
    expect(first.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(first.pageSetup.printTitlesRow).toBe("2:2");
    expect(first.getCell("A1").alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(first.getRow(1).height).toBe(36);
    expect(first.getRow(2).font).toMatchObject({ bold: true });
    expect(first.getRow(3).getCell(4).alignment).toEqual({ wrapText: true, vertical: "top" });
    const xml = sheetXml(bytes, "校验结果\\(2\\)");
    expect(xml).toContain('<mergeCell ref="A1:E1"/>');
    expect(xml).toMatch(/<pane [^>]*ySplit="2"[^>]*state="frozen"/);
    expect(new PizZip(bytes).file("xl/workbook.xml")!.asText()).toMatch(/<workbookView [^>]*activeTab="0"/);
  });

  /** The clerk's workbook as LibreOffice writes it: its sheets' boolean attributes as words. */
  async function savedByLibreOffice(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("表一", { pageSetup: { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    sheet.getCell("B2").value = "true";
    sheet.getCell("B3").value = 5;
    await sheet.protect("", { selectLockedCells: true });
    const zip = new PizZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const xml = zip.file("xl/worksheets/sheet1.xml")!.asText();
    const words = xml.replace(/<[^>]+>/g, (tag) =>
      tag.replace(/(\s[\w:]+)="(1|0)"/g, (_, name: string, value: string) => `${name}="${value === "1" ? "true" : "false"}"`),
    );
    expect(words).toContain('fitToPage="true"');
    expect(words).toContain('sheet="true"');
    zip.file("xl/worksheets/sheet1.xml", words);
    return zip.generate({ type: "uint8array", compression: "DEFLATE" });
  }

  it('keeps the fit-to-page printing and the protection of a sheet LibreOffice saved, and the clerk\'s text "true"', async () => {
    const copy = await annotatedWorkbook(await savedByLibreOffice(), [finding("error", "B3", "「表一」B3：有误。")], "交通局.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(copy as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("表一")!;
    expect(sheet.pageSetup.fitToPage).toBe(true);
    expect(sheetXml(copy, "表一")).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(sheet.getCell("B2").value).toBe("true");
    expect(sheet.getCell("B3").value).toBe(5);
  });

  /** Each part's modification time in the zip's directory, as a DOS date and time. */
  function partTimes(copy: Uint8Array): string[] {
    const view = Buffer.from(copy.buffer, copy.byteOffset, copy.byteLength);
    const times = new Set<string>();
    for (
      let at = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      at >= 0;
      at = at === 0 ? -1 : view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1)
    ) {
      times.add(`${view.readUInt16LE(at + 14)}/${view.readUInt16LE(at + 12)}`);
    }
    return [...times];
  }

  it("stamps every part with the workbook's own modification time, or 1980-01-01 when it says none", async () => {
    const dated = new ExcelJS.Workbook();
    dated.modified = new Date("2026-01-10T08:30:20Z");
    dated.addWorksheet("表一").getCell("B2").value = 1;
    const copy = await annotatedWorkbook(new Uint8Array(await dated.xlsx.writeBuffer()), [], "a.xlsx");
    expect(partTimes(copy)).toEqual([`${(46 << 9) | (1 << 5) | 10}/${(8 << 11) | (30 << 5) | 10}`]);
    // Without docProps/core.xml's modified date: the DOS epoch, the same bytes made twice.
    const zip = new PizZip(new Uint8Array(await dated.xlsx.writeBuffer()));
    zip.file(
      "docProps/core.xml",
      zip
        .file("docProps/core.xml")!
        .asText()
        .replace(/<dcterms:modified[^>]*>[^<]*<\/dcterms:modified>/, ""),
    );
    const undated = zip.generate({ type: "uint8array", compression: "DEFLATE" });
    const first = await annotatedWorkbook(undated, [], "a.xlsx");
    expect(partTimes(first)).toEqual([`${(0 << 9) | (1 << 5) | 1}/0`]);
    expect(Buffer.from(await annotatedWorkbook(undated, [], "a.xlsx"))).toEqual(Buffer.from(first));
    // Dates that are none (exceljs reads them as invalid Dates, and could not write them): the DOS epoch, there too.
    const zip2 = new PizZip(new Uint8Array(await dated.xlsx.writeBuffer()));
    zip2.file(
      "docProps/core.xml",
      zip2
        .file("docProps/core.xml")!
        .asText()
        .replace(/(<dcterms:(?:modified|created)[^>]*>)[^<]*/g, "$1去年")
        .replace("</cp:coreProperties>", "<cp:lastPrinted>上月</cp:lastPrinted></cp:coreProperties>"),
    );
    const invalid = await annotatedWorkbook(zip2.generate({ type: "uint8array", compression: "DEFLATE" }), [], "a.xlsx");
    expect(partTimes(invalid)).toEqual([`${(0 << 9) | (1 << 5) | 1}/0`]);
    const core = new PizZip(invalid).file("docProps/core.xml")!.asText();
    expect(core.match(/<dcterms:(?:created|modified)[^>]*>[^<]*/g)).toEqual([
      '<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z',
      '<dcterms:modified xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z',
    ]);
    expect(core).toContain("<cp:lastPrinted>1980-01-01T00:00:00Z</cp:lastPrinted>");
  });
});
