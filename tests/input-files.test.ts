/** What a file is taken for, and how the workbook reader handles what clerks and programs do to the standard workbook. *
 * Covers: src/input/classify.ts, src/input/open-file.ts.
 */
import type ExcelJS from "exceljs";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { InputError, type Finding } from "../src/findings/finding.js";
import { FRAGMENT } from "../src/i18n/ui-text.js";
import { checkFile } from "../src/pipeline/check.js";
import { loadReport } from "../src/pipeline/load.js";
import { fieldRange } from "../src/workbook/fill-workbook.js";
import { buildWorkbook, cellOf, patchZip, tempDir, TODAY, validReport } from "./helpers/fixtures.js";
import { validJson } from "./helpers/json.js";

async function refusal(path: string): Promise<Finding> {
  try {
    await loadReport(path);
  } catch (error) {
    if (error instanceof InputError) return error.finding;
    throw error;
  }
  throw new Error(`${path} was read`);
}
const file = (name: string, bytes: Uint8Array | string, dir = tempDir()): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const odf = (type: string): Buffer => {
  const zip = new PizZip();
  zip.file("mimetype", type, { compression: "STORE" });
  zip.file("content.xml", "<office:document-content/>");
  return zip.generate({ type: "nodebuffer" });
};

describe("what a file is taken for", () => {
  it.each([
    [
      "a folder",
      (): string => {
        const dir = join(tempDir(), "报表");
        mkdirSync(dir);
        return dir;
      },
      "input/not-a-file",
    ],
    ["a device that never ends", (): string => "/dev/zero", "input/not-a-file"],
    ["a path through a file", () => join(file("a.txt", "x"), "b.xlsx"), "input/not-found"],
    [
      "a link that points at itself",
      () => {
        const path = join(tempDir(), "环.xlsx");
        symlinkSync(path, path);
        return path;
      },
      "input/corrupt",
    ],
    ["an OpenDocument text named .xlsx", () => file("报告.xlsx", odf("application/vnd.oasis.opendocument.text")), "input/not-standard"],
    ["an OpenDocument spreadsheet", () => file("报表.ods", odf("application/vnd.oasis.opendocument.spreadsheet")), "input/ods"],
    ["text that begins like a zip", () => file("说明.txt", "PKxx 不是压缩包"), "input/unsupported-type"],
    ["text that begins like an OLE file", () => file("说明.txt", "\u00d0\u00cf 不是旧表格"), "input/unsupported-type"],
    ["a name that only contains .xlsx", () => file("a.xlsx.txt", "hello"), "input/unsupported-type"],
  ] as const)("%s", async (_, make, code) => {
    const finding = await refusal(make());
    expect(finding.code).toBe(code);
    expect(finding.message).not.toMatch(/undefined/);
  });

  it("says a file named .xlsx that is no zip is not xlsx content, even if it begins with PK", async () => {
    const finding = await refusal(file("假的.xlsx", "PKxx"));
    expect(finding.code).toBe("input/corrupt");
    expect(finding.message).toContain(FRAGMENT.notXlsx);
  });

  it("says what went wrong inside a zip that cannot be opened", async () => {
    const bytes = readFileSync(await buildWorkbook("2021"));
    const finding = await refusal(file("截断.xlsx", bytes.subarray(0, bytes.length / 2)));
    expect(finding.code).toBe("input/corrupt");
    expect(finding.message).toMatch(/（.+）/);
    expect(finding.message).not.toMatch(/undefined/);
  });

  it.each([
    ["with a byte order mark", `\uFEFF${JSON.stringify(validJson("2021"))}`],
    ["with leading white space", `\n  \t${JSON.stringify(validJson("2021"))}`],
    ["with any name", JSON.stringify(validJson("2021")), "导出数据.txt"],
  ])("reads a JSON report %s", async (_, text, name = "report.json") => {
    const loaded = await loadReport(file(name, text));
    expect(loaded.kind).toBe("json");
    expect(loaded.findings).toEqual([]);
  });
});

describe("the workbook reader", () => {
  it("reads a standard workbook as xlsx, with its file name", async () => {
    const loaded = await loadReport(await buildWorkbook("2021"));
    expect([loaded.kind, loaded.file, loaded.findings]).toEqual(["xlsx", "2021.xlsx", []]);
  });

  it("reports a deleted cell once, where it was, and reads it as 0 without more findings", async () => {
    const path = await buildWorkbook(
      "2021",
      {},
      { edit: (workbook) => workbook.definedNames.remove("'四、政府信息公开行政复议、行政诉讼情况'!$A$5", "review_upheld") },
    );
    const { result, report } = await checkFile(path, { today: TODAY });
    expect(result.findings.map((f) => [f.code, f.sheet, f.cell, f.field])).toEqual([
      ["input/missing-cell", "四、政府信息公开行政复议、行政诉讼情况", undefined, "review.upheld"],
    ]);
    expect(report.values["review.upheld"]).toBe(0);
  });

  it("reports a cell whose name Excel turned into #REF! (its row was deleted) as missing", async () => {
    const path = await buildWorkbook("2021");
    patchZip(path, (name, xml) =>
      name === "xl/workbook.xml" ? xml.replace(/(<definedName name="review_upheld"[^>]*>)[^<]*(<\/definedName>)/, "$1#REF!$2") : xml,
    );
    const { result } = await checkFile(path, { today: TODAY });
    expect(result.findings.map((f) => [f.code, f.field])).toEqual([["input/missing-cell", "review.upheld"]]);
  });

  describe("a sheet whose cells can no longer be found (issue 18, item 13)", () => {
    const REVIEW = "四、政府信息公开行政复议、行政诉讼情况";
    /** A sheet renamed in workbook.xml only, as openpyxl renames it: its defined names keep the old name. */
    const renameSheet = (xml: string, from: string, to: string) =>
      xml.replace(new RegExp(`(<sheet [^>]*)name="${from}"`), `$1name="${to}"`);
    const lost = async (patch: (xml: string) => string) => {
      const path = await buildWorkbook("2021");
      patchZip(path, (name, xml) => (name === "xl/workbook.xml" ? patch(xml) : xml));
      return (await checkFile(path, { today: TODAY })).result.findings;
    };

    it("is one finding naming the sheet's new name when it was renamed (as openpyxl renames, leaving the names behind)", async () => {
      const findings = await lost((xml) => renameSheet(xml, REVIEW, "表四"));
      expect(findings.map((f) => [f.code, f.sheet, f.actual, f.related?.length])).toEqual([["input/sheet-cells-lost", REVIEW, 15, 15]]);
      expect(findings[0].message).toBe(
        `「${REVIEW}」：这张工作表的 15 个格子都找不到了：工作表“${REVIEW}”似乎被改名为“表四”，格子的名称仍指向原来的名字。`,
      );
    });

    it("says the sheet is gone when no other sheet could be it, and that names were broken when they read #REF!", async () => {
      const renamedAway = await lost((xml) => renameSheet(xml, REVIEW, "表四").replace(/(<sheet [^>]*)name="校验"/, '$1name="校验表"'));
      expect(renamedAway.map((f) => f.message)).toEqual([
        `「${REVIEW}」：这张工作表的 15 个格子都找不到了：格子的名称指向工作表“${REVIEW}”，但工作簿中已没有这张表（被改名或删除）。`,
      ]);
      const broken = await lost((xml) =>
        xml.replace(/(<definedName name="(?:review|suitDirect|suitAfterReview)_\w+"[^>]*>)[^<]*/g, "$1#REF!"),
      );
      expect(broken.map((f) => [f.code, f.message])).toEqual([
        [
          "input/sheet-cells-lost",
          `「${REVIEW}」：这张工作表的 15 个格子都找不到了：这些格子的名称都已失效（#REF!），通常是复制了这张工作表后删除了原表。`,
        ],
      ]);
    });
  });

  it("tolerates spaces around the edition in the 格式版本 cell", async () => {
    const { result } = await checkFile(await buildWorkbook("2021", { "meta.edition": " 2021 " }), { today: TODAY });
    expect(result.findings).toEqual([]);
  });

  it("names the 格式版本 cell when it was changed", async () => {
    const { result } = await checkFile(await buildWorkbook("2021", { "meta.edition": "2019" }), { today: TODAY });
    expect(result.findings.map((f) => [f.code, f.sheet, f.cell, f.field, f.actual, f.expected])).toEqual([
      ["input/edition-changed", "基本信息", "B5", "meta.edition", "2019", "2021"],
    ]);
  });

  it("refuses a workbook whose tables are incomplete and whose edition is unknown, naming the editions it knows", async () => {
    const path = await buildWorkbook(
      "2021",
      { "meta.edition": "2030" },
      { edit: (workbook) => workbook.definedNames.remove("'四、政府信息公开行政复议、行政诉讼情况'!$A$5", "review_upheld") },
    );
    const finding = await refusal(path);
    expect([finding.code, finding.actual, finding.expected]).toEqual(["input/unknown-edition", "2030", "2019、2021"]);
  });

  it("reads a paragraph typed in the last row of a section", async () => {
    const path = await buildWorkbook(
      "2021",
      {},
      {
        edit: (workbook: ExcelJS.Workbook) => {
          const range = fieldRange(workbook, "text.other");
          range.worksheet.getCell(range.bottom, range.right).value = "最后一行。";
        },
      },
    );
    const { report } = await checkFile(path, { today: TODAY });
    expect(report.values["text.other"]).toEqual([
      ...(validReport("2021").inputs["text.other"] as { text: string }[]).map((p) => ({ level: 0, text: p.text })),
      { level: 0, text: "最后一行。" },
    ]);
  });

  it.each([
    ["emptied", null],
    ["given a formula of the clerk's own, never calculated", { formula: "1+1" }],
  ])("recomputes a total cell %s", async (_, value) => {
    const path = await buildWorkbook(
      "2021",
      {},
      { edit: (workbook) => (cellOf(workbook, "review.total").value = value as ExcelJS.CellValue) },
    );
    const { result, report } = await checkFile(path, { today: TODAY });
    expect(result.findings).toEqual([]);
    expect(report.values["review.total"]).toBe(validReport("2021").totals["review.total"]);
  });
});

describe("a workbook as LibreOffice saved it", () => {
  it("is read from its bytes, not its name", async () => {
    const bytes = readFileSync(await buildWorkbook("2019"));
    expect((await loadReport(file("填好的报表", bytes))).edition.id).toBe("2019");
  });
});
