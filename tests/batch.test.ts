/** `nianbao generate` over a folder or several files: one bad input never stops the others, duplicates are refused. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sha256 } from "../src/io/hash.js";
import { expandInputs, generateBatch } from "../src/pipeline/batch.js";
import { checkFile } from "../src/pipeline/check.js";
import { threadsFor } from "../src/pipeline/prepare-pool.js";
import { hasCommand, pdfText } from "./helpers/docx.js";
import { pdfPages, workbookToPdf } from "./helpers/libreoffice.js";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, tempDir, TODAY } from "./helpers/fixtures.js";

/** A folder as a county office collects it: two good reports, one with errors, one unreadable, one twice, a lock file. */
async function collected(): Promise<string> {
  const dir = tempDir();
  const inputs = join(dir, "收集");
  const made = (name: string, path: string) => copyFileSync(path, join(inputs, name));
  mkdirSync(inputs);
  made("a-交通局.xlsx", await buildWorkbook("2021", { "meta.agency": "某县交通运输局" }));
  made("b-教育局.xlsx", await buildWorkbook("2019", { "meta.agency": "某县教育局" }));
  made("c-有错.xlsx", await buildWorkbook("2021", { "meta.agency": "某县财政局", "review.upheld": "十二" }));
  made("d-重复1.xlsx", await buildWorkbook("2021", { "meta.agency": "某县民政局" }));
  made("e-重复2.xlsx", await buildWorkbook("2021", { "meta.agency": "某县民政局" }));
  writeFileSync(join(inputs, "f-坏.xlsx"), "这不是表格");
  writeFileSync(join(inputs, "~$a-交通局.xlsx"), "Excel 的锁文件");
  writeFileSync(join(inputs, "说明.txt"), "不是报告");
  return dir;
}

describe("nianbao generate FOLDER", () => {
  it("generates every good report, reports every other, writes nothing for duplicates, and exits 1", async () => {
    const dir = await collected();
    const run = await nianbao(["generate", "收集", "-o", "出", "--json"], dir);
    expect(run.code).toBe(1);
    const items = JSON.parse(run.stdout) as {
      input: string;
      status: string;
      errors: number;
      report?: { agency?: string; year?: number; edition: string };
      output?: string;
      findings: { code: string }[];
    }[];
    expect(items.map((item) => [item.input, item.status, item.report?.agency, item.report?.edition])).toEqual([
      ["收集/a-交通局.xlsx", "generated", "某县交通运输局", "2021"],
      ["收集/b-教育局.xlsx", "generated", "某县教育局", "2019"],
      ["收集/c-有错.xlsx", "invalid", "某县财政局", "2021"],
      ["收集/d-重复1.xlsx", "duplicate", "某县民政局", "2021"],
      ["收集/e-重复2.xlsx", "duplicate", "某县民政局", "2021"],
      ["收集/f-坏.xlsx", "unreadable", undefined, undefined],
    ]);
    expect(items.map((item) => item.findings[0]?.code)).toEqual([
      undefined,
      undefined,
      "value/not-a-number",
      "input/duplicate-report",
      "input/duplicate-report",
      "input/corrupt",
    ]);
    expect(items.map((item) => item.errors)).toEqual([0, 0, 1, 1, 1, 1]);
    expect(readdirSync(join(dir, "出")).sort()).toEqual([
      "2020年某县教育局政府信息公开工作年度报告.docx",
      "2020年某县教育局政府信息公开工作年度报告.manifest.json",
      "2025年政府信息公开工作年度报告汇总.xlsx",
      "2025年某县交通运输局政府信息公开工作年度报告.docx",
      "2025年某县交通运输局政府信息公开工作年度报告.manifest.json",
    ]);
    expect(items[0].output).toBe("出/2025年某县交通运输局政府信息公开工作年度报告.docx");
  });

  it("prints a table with the status of each report, names each duplicate's twin, and says how many were generated", async () => {
    const dir = await collected();
    const run = await nianbao(["generate", "收集", "-o", "出"], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe("文件 | 机关 | 年度 | 版本 | 状态 | 错误 | 警告 | 输出");
    expect(lines[1]).toBe(
      "收集/a-交通局.xlsx | 某县交通运输局 | 2025 | 2021 | 已生成 | 0 | 0 | 出/2025年某县交通运输局政府信息公开工作年度报告.docx",
    );
    expect(lines[3]).toBe("收集/c-有错.xlsx | 某县财政局 | 2025 | 2021 | 有错误 | 1 | 0 | ");
    expect(lines[6]).toBe("收集/f-坏.xlsx |  |  |  | 无法读取 | 1 | 0 | ");
    expect(lines.at(-1)).toBe("共 6 份：已生成 2 份，未生成 4 份。请逐份运行 check 查看错误，改正后重新生成。");
    expect(run.stderr).toContain(
      "收集/d-重复1.xlsx：与 e-重复2.xlsx 是同一机关、同一年度（某县民政局，2025 年度）的报告，两份都没有生成。",
    );
    expect(run.stderr).toContain("文件 f-坏.xlsx 已损坏或不完整");
    // Not a terminal: progress is one plain line per report as each is read and checked (files are written after all are).
    const progress = run.stderr.split("\n").filter((line) => line.startsWith("["));
    expect(progress).toEqual([
      "[1/6] 收集/a-交通局.xlsx：检查通过",
      "[2/6] 收集/b-教育局.xlsx：检查通过",
      "[3/6] 收集/c-有错.xlsx：有错误",
      "[4/6] 收集/d-重复1.xlsx：检查通过",
      "[5/6] 收集/e-重复2.xlsx：检查通过",
      "[6/6] 收集/f-坏.xlsx：无法读取",
    ]);
  });

  it("exits 0 when every report is generated, and takes several files as well as folders", async () => {
    const dir = tempDir();
    const first = await buildWorkbook("2021", { "meta.agency": "甲局" }, { dir: tempDir() });
    const second = await buildWorkbook("2019", { "meta.agency": "乙局" }, { dir: tempDir() });
    const run = await nianbao(["generate", first, second, "-o", "出"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n").at(-1)).toBe("共 2 份：已生成 2 份，未生成 0 份。");
    expect(existsSync(join(dir, "出", "2025年甲局政府信息公开工作年度报告.docx"))).toBe(true);
    expect(existsSync(join(dir, "出", "2020年乙局政府信息公开工作年度报告.docx"))).toBe(true);
  });

  it("says so when a folder holds no report, and exits 2", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "空"));
    const run = await nianbao(["generate", "空"], dir);
    expect([run.code, run.stderr.trim()]).toEqual([2, "空 中没有工作簿（.xlsx）或 JSON 文件。"]);
  });
});

describe("the summary workbook of a batch", () => {
  it("lists every input with its status and key figures, sums them in a 合计 row of formulas, and lists every finding", async () => {
    const dir = await collected();
    const run = await nianbao(["generate", "收集", "-o", "出"], dir);
    expect(run.stderr).toContain("已生成汇总表：出/2025年政府信息公开工作年度报告汇总.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "出", "2025年政府信息公开工作年度报告汇总.xlsx"));
    const sheet = workbook.getWorksheet("汇总")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const column = (label: string) => header.indexOf(label) + 1;
    expect(header.slice(0, 7)).toEqual(["文件", "机关", "年度", "版本", "状态", "错误", "警告"]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // Every label fits its column on one line (two width units a Chinese character): none spills over row 2. A column
    // of the default width (8.43) has no width in the file.
    header.forEach((label, i) => expect(sheet.getColumn(i + 1).width ?? 8.43, label).toBeGreaterThanOrEqual(2 * label.length));
    expect(sheet.autoFilter).toBeTruthy();

    const reports = await Promise.all(
      ["a-交通局", "b-教育局", "c-有错", "d-重复1", "e-重复2"].map(
        async (name) => (await checkFile(join(dir, "收集", `${name}.xlsx`), { today: TODAY })).report.values,
      ),
    );
    const withheld = (values: (typeof reports)[number]) =>
      Object.entries(values)
        .filter(([id]) => /^requests\.withheld\.\w+\.total$/.test(id))
        .reduce((sum, [, v]) => sum + (v as number), 0);
    reports.forEach((values, r) => {
      const row = sheet.getRow(r + 2);
      expect(row.getCell(1).value).toBe(["a-交通局", "b-教育局", "c-有错", "d-重复1", "e-重复2"][r] + ".xlsx");
      expect(row.getCell(column("新收申请")).value).toBe(values["requests.newReceived.total"]);
      expect(row.getCell(column("不予公开")).value).toBe(withheld(values));
      expect(row.getCell(column("行政诉讼总计")).value).toBe(
        (values["suitDirect.total"] as number) + (values["suitAfterReview.total"] as number),
      );
    });
    expect(sheet.getRow(7).getCell(5).value).toBe("无法读取");
    expect(sheet.getRow(7).getCell(column("新收申请")).value).toBeNull();

    const total = sheet.getRow(8);
    expect(total.getCell(1).value).toBe("合计");
    const letters = sheet.getColumn(column("新收申请")).letter;
    expect(total.getCell(column("新收申请")).value).toEqual({
      formula: `SUM(${letters}2:${letters}7)`,
      result: reports.reduce((sum, values) => sum + (values["requests.newReceived.total"] as number), 0),
    });

    const findings = workbook.getWorksheet("问题清单")!;
    const rows = findings.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((row) => [row[1], row[4], row[6]])).toEqual([
      ["c-有错.xlsx", "value/not-a-number", "A5"],
      ["d-重复1.xlsx", "input/duplicate-report", ""],
      ["e-重复2.xlsx", "input/duplicate-report", ""],
      ["f-坏.xlsx", "input/corrupt", ""],
    ]);
  });

  it("is never written over an existing summary", async () => {
    const dir = await collected();
    await nianbao(["generate", "收集", "-o", "出"], dir);
    const again = await nianbao(["generate", "收集", "-o", "出"], dir);
    expect(again.stderr).toContain("汇总表 出/2025年政府信息公开工作年度报告汇总.xlsx 已存在，未覆盖。");
  });
});

describe("a batch on several threads", () => {
  it("gives each report the same outcome and the same bytes on two threads as on one", async () => {
    const inputs = tempDir();
    for (let i = 0; i < 17; i++) {
      const agency = i === 16 ? "某县第1局" : `某县第${i + 1}局`; // the 17th duplicates the first
      copyFileSync(
        await buildWorkbook("2021", { "meta.agency": agency, "review.upheld": i === 5 ? "十二" : 1 }),
        join(inputs, `${i}.xlsx`),
      );
    }
    const files = await expandInputs([inputs]);
    const run = async (jobs: number) => {
      const outDir = tempDir();
      const items = await generateBatch(files, { outDir, today: TODAY, version: "test", jobs });
      const hashes = items.map((item) => (item.output ? sha256(readFileSync(item.output)) : item.status));
      return { statuses: items.map((item) => item.status), hashes, findings: items.map((item) => item.findings) };
    };
    const [one, two] = [await run(1), await run(2)];
    expect(threadsFor(files.length, 2)).toBe(2);
    expect(one.statuses.filter((status) => status === "generated")).toHaveLength(14);
    expect(one.statuses.filter((status) => status !== "generated").sort()).toEqual(["duplicate", "duplicate", "invalid"]);
    expect(two).toEqual(one);
  });

  it("uses one thread for a handful of inputs, and refuses --jobs that is not a positive whole number", async () => {
    expect([3, 15, 16, 1000].map((inputs) => threadsFor(inputs, 2))).toEqual([0, 0, 2, 2]);
    expect([63, 64, 1000].map((inputs) => threadsFor(inputs, 1))).toEqual([0, 1, 1]);
    const run = await nianbao(["generate", "x.xlsx", "--jobs", "0"], tempDir());
    expect([run.code, run.stderr.split("\n")[0]]).toEqual([
      2,
      "命令用法有误：--jobs 应为正整数（同时处理的线程数），如 --jobs 2；“0”不行。",
    ]);
  });
});

describe.runIf(hasCommand("soffice"))("a batch with --pdf", () => {
  it("converts every document in one LibreOffice process", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "收集"));
    for (const agency of ["甲局", "乙局", "丙局"]) {
      copyFileSync(await buildWorkbook("2021", { "meta.agency": agency }), join(dir, "收集", `${agency}.xlsx`));
    }
    // A stand-in for soffice that logs each start and hands over to the real one.
    const log = join(dir, "starts.log");
    const wrapper = join(dir, "soffice");
    writeFileSync(wrapper, `#!/bin/sh\necho start >> "${log}"\nexec soffice "$@"\n`, { mode: 0o755 });
    process.env.NIANBAO_SOFFICE = wrapper;
    try {
      const run = await nianbao(["generate", "收集", "-o", "出", "--pdf"], dir);
      expect(run.code).toBe(0);
    } finally {
      delete process.env.NIANBAO_SOFFICE;
    }
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual(["start"]);
    const pdfs = readdirSync(join(dir, "出")).filter((name) => name.endsWith(".pdf"));
    expect(pdfs).toHaveLength(3);
    for (const name of pdfs) expect(pdfText(join(dir, "出", name))).toContain(name.slice(5, 7)); // 2025年甲局…: the agency
  });

  it("leaves a summary workbook that LibreOffice opens and prints: every report, the 合计 row and the findings", async () => {
    const dir = await collected();
    await nianbao(["generate", "收集", "-o", "出"], dir);
    const pages = pdfPages(workbookToPdf(join(dir, "出", "2025年政府信息公开工作年度报告汇总.xlsx")));
    const text = pages.join("");
    for (const shown of ["某县交通运输局", "某县教育局", "某县财政局", "某县民政局", "无法读取", "合计"]) expect(text).toContain(shown);
    // The 问题清单 sheet prints after the summary: the duplicate's finding is there.
    expect(text).toContain("两份都没有生成");
  });
});
