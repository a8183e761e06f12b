/**
 * Covers: src/input/classify.ts.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import PizZip from "pizzip";
import { buildWorkbook, cellOf, tempDir } from "./helpers/fixtures.js";
import { nianbao } from "./helpers/cli.js";

type Make = (dir: string) => Promise<string> | string;

const write = (dir: string, name: string, bytes: Uint8Array | string): string => {
  writeFileSync(join(dir, name), bytes);
  return name;
};

// An OLE compound file header, as .xls, WPS .et and password-protected .xlsx files begin.
import { brokenPdf, textlessPdf } from "./helpers/pdf-files.js";
const OLE_HEADER = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

const CASES: { it: string; make: Make; code: string; says: string }[] = [
  {
    it: "the blank Word template given as a report (issue 18, item 14)",
    make: (dir) => write(dir, "2021.docx", readFileSync("templates/2021.docx")),
    code: "document/template-not-report",
    says: "是空白的 Word 模板（其中有 {meta.agency} 这样的标签），不是报告。要检查模板，请用 nianbao template check 2021.docx",
  },
  {
    it: "a scanned PDF: pages without a text layer (issue 22)",
    make: (dir) => write(dir, "扫描件.pdf", textlessPdf(3)),
    code: "input/pdf",
    says: "是扫描件：PDF 中只有图片，没有文字，读不出其中的数字（本工具不做文字识别）。请改用能选中文字的 PDF、报告的网页版",
  },
  { it: "a PDF that is not one", make: (dir) => write(dir, "报告.pdf", brokenPdf()), code: "document/corrupt", says: "不是能读取的 PDF" },
  { it: "a file that does not exist", make: () => "不存在.xlsx", code: "input/not-found", says: "中找不到 不存在.xlsx。请检查文件名" },
  {
    it: "Excel's lock file given for the workbook (issue 18, item 15)",
    make: (dir) => write(dir, "~$报告.xlsx", Buffer.alloc(165)),
    code: "input/lock-file",
    says: "~$报告.xlsx 是 Excel 或 WPS 打开工作簿时临时生成的文件，不是工作簿本身。请检查“报告.xlsx”",
  },
  { it: "an old .xls workbook", make: (dir) => write(dir, "旧表.xls", OLE_HEADER), code: "input/legacy-or-encrypted", says: "另存为" },
  { it: "a WPS .et file", make: (dir) => write(dir, "报表.et", OLE_HEADER), code: "input/legacy-or-encrypted", says: "WPS" },
  {
    it: "a password-protected workbook",
    make: (dir) => write(dir, "加密.xlsx", OLE_HEADER),
    code: "input/legacy-or-encrypted",
    says: "取消密码",
  },
  {
    it: "a truncated (corrupt) xlsx",
    make: async (dir) => {
      const bytes = readFileSync(await buildWorkbook("2021", {}, { dir }));
      return write(dir, "损坏.xlsx", bytes.subarray(0, bytes.length / 2));
    },
    code: "input/corrupt",
    says: "已损坏",
  },
  { it: "a text file named .xlsx", make: (dir) => write(dir, "假的.xlsx", "这不是表格"), code: "input/corrupt", says: "已损坏" },
  { it: "a file of an unknown kind", make: (dir) => write(dir, "说明.txt", "hello"), code: "input/unsupported-type", says: ".xlsx" },
  {
    it: "an xlsx not made by init",
    make: async (dir) => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Sheet1").getCell("A1").value = "本年新收政府信息公开申请数量";
      writeFileSync(join(dir, "自制.xlsx"), new Uint8Array(await workbook.xlsx.writeBuffer()));
      return "自制.xlsx";
    },
    code: "input/not-standard",
    says: "nianbao init",
  },
  {
    it: "a workbook whose edition was changed and whose tables are not those of any edition",
    make: async (dir) =>
      buildWorkbook(
        "2021",
        {},
        {
          dir,
          edit: (workbook) => {
            cellOf(workbook, "meta.edition").value = "2018";
            workbook.definedNames.remove("'四、政府信息公开行政复议、行政诉讼情况'!$A$5", "review_upheld");
          },
        },
      ),
    code: "input/unknown-edition",
    says: "“2018”",
  },
  {
    it: "a workbook saved as .ods (LibreOffice's default format)",
    make: (dir) => {
      // The start of every OpenDocument file: a stored, uncompressed first entry named mimetype.
      const zip = new PizZip();
      zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
      zip.file("content.xml", "<office:document-content/>");
      return write(dir, "2026-某局.ods", zip.generate({ type: "nodebuffer" }));
    },
    code: "input/ods",
    says: "另存为",
  },
  {
    it: "a JSON file that is not valid JSON",
    make: (dir) => write(dir, "report.json", '{ "meta": '),
    code: "input/json-syntax",
    says: "不是有效的 JSON",
  },
];

describe("unusable files", () => {
  it.each(CASES.map((c) => [c.it, c] as const))("%s: exit 2, one Chinese paragraph, no stack trace", async (_, c) => {
    const dir = tempDir();
    const file = await c.make(dir);
    const human = await nianbao(["check", file], dir);
    expect(human.code).toBe(2);
    expect(human.stdout).toBe("");
    expect(human.stderr).toContain(c.says);
    expect(human.stderr.trim().split("\n")).toHaveLength(1);
    expect(human.stderr).not.toMatch(/\bat \S+:\d+|Error:/);

    const json = await nianbao(["check", file, "--json"], dir);
    expect(json.code).toBe(2);
    const result = JSON.parse(json.stdout);
    expect(result).toMatchObject({ valid: false, edition: null, stats: { errors: 1, warnings: 0, infos: 0 } });
    expect(result.findings.map((f: { code: string }) => f.code)).toEqual([c.code]);
  });
});
