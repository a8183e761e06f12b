/**
 * The assessor's batch (issue 22): `check 文件夹/` over published reports of every kind, one result per file,
 * 评估汇总.xlsx with findings counted by group and a 问题清单 with section, row, column and page; `--previous
 * 上年文件夹/` matching last year's reports by agency.
 *
 * Covers: src/cli/assess-command.ts, src/findings/groups.ts, src/io/file-names.ts, src/values/agency-name.ts, src/workbook/assessment.ts.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { matchPrevious } from "../src/pipeline/assess.js";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, tempDir } from "./helpers/fixtures.js";
import { textlessPdf } from "./helpers/pdf-files.js";
import { hasSharedCorpus, NEEDS_SHARED_CORPUS, sharedCorpusFile } from "./helpers/shared-corpus.js";

/** A sheet's rows from its header (row 2) on, as texts, keyed by the header. */
async function sheetRows(file: string, sheet: string): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const rows = workbook.getWorksheet(sheet)!;
  const header = (rows.getRow(2).values as unknown[]).slice(1).map(String);
  const out: Record<string, string>[] = [];
  rows.eachRow((row, n) => {
    if (n <= 2) return;
    out.push(Object.fromEntries(header.map((name, c) => [name, row.getCell(c + 1).text])));
  });
  return out;
}

describe("check 文件夹/", () => {
  it("checks every report of the folder, one line each, and writes 评估汇总.xlsx with findings by group, never over an earlier one", async () => {
    const dir = tempDir();
    const folder = join(dir, "报告");
    mkdirSync(folder);
    copyFileSync("tests/golden/2025-示范市自然资源局.docx", join(folder, "示范市.docx"));
    copyFileSync(await buildWorkbook("2021", { "review.upheld": "十二" } as never), join(folder, "有错.xlsx"));
    writeFileSync(join(folder, "扫描件.pdf"), textlessPdf());
    writeFileSync(join(folder, "~$有错.xlsx"), "lock");
    const run = await nianbao(["check", "报告"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("共检查 3 份报告：1 份有错误，1 份无法读取。");
    expect(run.stderr.split("\n").filter((line) => line.startsWith("["))).toEqual([
      "[1/3] 报告/扫描件.pdf：无法读取",
      "[2/3] 报告/有错.xlsx：有错误",
      "[3/3] 报告/示范市.docx：已检查",
    ]);
    // What a report that could not be read does not say is left blank.
    expect(
      run.stdout
        .split("\n")[1]
        .split("|")
        .map((cell) => cell.trim()),
    ).toEqual(["报告/扫描件.pdf", "", "", "1", "0", ""]);
    expect(run.stderr).toContain("扫描件.pdf 是扫描件");
    expect(run.stderr).toContain("已写出评估汇总：评估汇总.xlsx");

    const rows = await sheetRows(join(dir, "评估汇总.xlsx"), "评估汇总");
    const byFile = Object.fromEntries(rows.map((row) => [row["文件"], row]));
    expect(Object.keys(byFile).sort()).toEqual(["扫描件.pdf", "有错.xlsx", "示范市.docx"].sort());
    expect(byFile["示范市.docx"]).toMatchObject({
      机关: "示范市自然资源局",
      年度: "2025",
      版本: "2021",
      结论: "通过",
      错误: "0",
      警告: "0",
    });
    expect(byFile["扫描件.pdf"]).toMatchObject({ 结论: "无法读取", 错误: "1", 格式与标签错误: "1", 表格勾稽错误: "0" });
    // 十二 in 维持: a value not a number (格式与标签); read as blank, table 四's 总计 no longer adds up (表格勾稽).
    expect(byFile["有错.xlsx"]).toMatchObject({ 结论: "有错误", 格式与标签错误: "1", 文字与表格错误: "0", 跨年错误: "0" });
    expect(Number(byFile["有错.xlsx"]["错误"])).toBe(1 + Number(byFile["有错.xlsx"]["表格勾稽错误"]));

    const findings = await sheetRows(join(dir, "评估汇总.xlsx"), "问题清单");
    expect(findings.find((row) => row["代码"] === "value/not-a-number")).toMatchObject({
      文件: "有错.xlsx",
      级别: "错误",
      分组: "格式与标签",
      部分: "四、政府信息公开行政复议、行政诉讼情况",
    });

    const again = await nianbao(["check", "报告"], dir);
    expect(again.stderr).toContain("已写出评估汇总：评估汇总-2.xlsx");
  });

  it("prints one row per report in file order; --json gives the reports; --previous names the reports it found no match for", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "报告"));
    mkdirSync(join(dir, "去年"));
    copyFileSync("tests/golden/2025-示范市自然资源局.docx", join(dir, "报告", "乙-示范市.docx"));
    copyFileSync("tests/golden/2020-贺兰县交通运输局.docx", join(dir, "报告", "甲-贺兰.docx"));
    copyFileSync("tests/golden/2020-贺兰县交通运输局.docx", join(dir, "去年", "贺兰.docx"));
    const run = await nianbao(["check", "报告", "--previous", "去年"], dir);
    const cells = (line: string | undefined) => line?.split("|").map((cell) => cell.trim());
    const lines = run.stdout.split("\n");
    expect(cells(lines[0])).toEqual(["文件", "机关", "年度", "错误", "警告", "上年报告"]);
    expect(lines.filter((line) => line.startsWith("报告/")).map(cells)).toEqual([
      ["报告/乙-示范市.docx", "示范市自然资源局", "2025", "0", "0", ""],
      ["报告/甲-贺兰.docx", "贺兰县交通运输局", "2020", "0", expect.stringMatching(/^\d+$/), "贺兰.docx"],
    ]);
    expect(run.stderr).toContain("1 份报告在上年文件夹中没有找到同一机关的报告，未做跨年度核对：报告/乙-示范市.docx");

    const json = await nianbao(["check", "报告", "--json"], dir);
    const reports = JSON.parse(json.stdout) as { input: string; status: string; agency: string; year: number; previous?: string }[];
    expect(reports.map(({ input, status, agency, year, previous }) => ({ input, status, agency, year, previous }))).toEqual([
      { input: "报告/乙-示范市.docx", status: "checked", agency: "示范市自然资源局", year: 2025, previous: undefined },
      { input: "报告/甲-贺兰.docx", status: "checked", agency: "贺兰县交通运输局", year: 2020, previous: undefined },
    ]);
    expect(json.code).toBe(0);
    expect(json.stderr).not.toContain("没有找到同一机关");
    // Every report matched: nothing to say of unmatched ones.
    mkdirSync(join(dir, "只有贺兰"));
    copyFileSync("tests/golden/2020-贺兰县交通运输局.docx", join(dir, "只有贺兰", "贺兰.docx"));
    const matched = await nianbao(["check", "只有贺兰", "--previous", "去年"], dir);
    expect(matched.stdout).toContain("贺兰.docx");
    expect(matched.stderr).not.toContain("没有找到同一机关");
  });

  it("an empty folder: an empty summary, and says the folder held no report", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "空"));
    const run = await nianbao(["check", "空"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("共检查 0 份报告：0 份有错误，0 份无法读取。");
    expect(run.stderr).toContain("空 中没有");
  });

  it("matches last year's report by agency, under its full or its short name, and only one", () => {
    const lastYear = [{ agency: "洪泽区人民政府" }, { agency: "贺兰县交通运输局" }, { agency: "银川市 交通运输局" }];
    expect(matchPrevious("淮安市洪泽区人民政府", lastYear)).toBe(lastYear[0]);
    expect(matchPrevious("贺兰县交通运输局", lastYear)).toBe(lastYear[1]);
    expect(matchPrevious("银川市交通运输局", lastYear)).toBe(lastYear[2]);
    expect(matchPrevious("交通运输局", lastYear)).toBeUndefined();
    expect(matchPrevious("永宁县交通运输局", lastYear)).toBeUndefined();
    expect(matchPrevious(undefined, lastYear)).toBeUndefined();
  });

  it.skipIf(!hasSharedCorpus)(`checks PDFs against last year's folder, the findings with their page ${NEEDS_SHARED_CORPUS}`, async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "2024"));
    mkdirSync(join(dir, "2023"));
    copyFileSync(sharedCorpusFile("pdf/hongze-2024.pdf"), join(dir, "2024", "洪泽.pdf"));
    copyFileSync(sharedCorpusFile("pdf/hongze-2023.pdf"), join(dir, "2023", "洪泽.pdf"));
    copyFileSync(sharedCorpusFile("pdf/hongze-2023.pdf"), join(dir, "2024", "去年的.pdf"));
    const run = await nianbao(["check", "2024", "--previous", "2023"], dir);
    expect(run.stdout).toContain("共检查 2 份报告：1 份有错误，0 份无法读取。");
    const rows = await sheetRows(join(dir, "评估汇总.xlsx"), "评估汇总");
    expect(rows.find((row) => row["文件"] === "洪泽.pdf")).toMatchObject({
      机关: "淮安市洪泽区人民政府",
      年度: "2024",
      对照的上年报告: "洪泽.pdf",
      错误: "0",
      格式与标签警告: "3",
      文字与表格警告: "1",
      跨年警告: "1",
    });
    const findings = await sheetRows(join(dir, "评估汇总.xlsx"), "问题清单");
    expect(
      findings.filter((row) => row["文件"] === "去年的.pdf" && row["级别"] === "错误").map((row) => [row["行"], row["列"], row["页"]]),
    ).toEqual([
      ["行政复议", "总计", "4"],
      ["行政诉讼 复议后起诉", "总计", "4"],
    ]);
  });
});
