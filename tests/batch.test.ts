/** `nianbao generate` over a folder or several files: one bad input never stops the others, duplicates are refused. *
 * Covers: src/cli/progress.ts, src/io/file-names.ts, src/pipeline/prepare-worker.ts, src/pipeline/report-status.ts, src/schema/summary.ts, src/workbook/summary.ts.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { sha256 } from "../src/io/hash.js";
import type { Finding } from "../src/findings/finding.js";
import { batchYear, generateBatch, writeSummary, type ReportOutcome } from "../src/pipeline/batch.js";
import { collectInputs } from "../src/pipeline/batch-inputs.js";
import { checkFile } from "../src/pipeline/check.js";
import { threadsFor } from "../src/pipeline/prepare-pool.js";
import { hasCommand, pdfText } from "./helpers/docx.js";
import { pdfPages, workbookToPdf } from "./helpers/libreoffice.js";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, tempDir, TODAY } from "./helpers/fixtures.js";
import { publishedPage } from "./helpers/published.js";
import { standInConverter, withSoffice } from "./helpers/stand-in-soffice.js";

/**
 * A folder as a county office collects it (issue 19): two good reports (one of last year), one with errors, one agency
 * twice (its name typed once with a space), a corrupt file, a published page, an .ods, a text file, a link, a
 * subfolder and a pipe named like workbooks, Excel's lock file and a copy check --annotate wrote.
 */
async function collected(): Promise<string> {
  const dir = tempDir();
  const inputs = join(dir, "收集");
  const made = (name: string, path: string) => copyFileSync(path, join(inputs, name));
  mkdirSync(inputs);
  made("a-交通局.xlsx", await buildWorkbook("2021", { "meta.agency": "某县交通运输局" }));
  made("a-交通局.批注.xlsx", await buildWorkbook("2021", { "meta.agency": "某县交通运输局" }));
  made("b-教育局.xlsx", await buildWorkbook("2019", { "meta.agency": "某县教育局" }));
  made("c-有错.xlsx", await buildWorkbook("2021", { "meta.agency": "某县财政局", "review.upheld": "十二" }));
  made("d-重复1.xlsx", await buildWorkbook("2021", { "meta.agency": "某县民政局" }));
  made("e-重复2.xlsx", await buildWorkbook("2021", { "meta.agency": "某县 民政局" }));
  writeFileSync(join(inputs, "f-坏.xlsx"), "这不是表格");
  made("g-发布.html", await publishedPage("2021"));
  const ods = new PizZip();
  ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  writeFileSync(join(inputs, "h-表.ods"), ods.generate({ type: "nodebuffer" }));
  symlinkSync("/etc/hostname", join(inputs, "i-链接.xlsx"));
  mkdirSync(join(inputs, "j-文件夹.xlsx"));
  // A pipe never ends when read: it is given its row without being opened.
  execFileSync("mkfifo", [join(inputs, "k-管道.xlsx")]);
  writeFileSync(join(inputs, "~$a-交通局.xlsx"), "Excel 的锁文件");
  writeFileSync(join(inputs, "说明.txt"), "不是报告");
  return dir;
}

const ROWS = [
  ["收集/a-交通局.xlsx", "generated", "某县交通运输局", 2025, undefined],
  ["收集/b-教育局.xlsx", "other-year", "某县教育局", 2020, undefined],
  ["收集/c-有错.xlsx", "invalid", "某县财政局", 2025, "value/not-a-number"],
  ["收集/d-重复1.xlsx", "duplicate", "某县民政局", 2025, "input/duplicate-report"],
  ["收集/e-重复2.xlsx", "duplicate", "某县 民政局", 2025, "input/duplicate-report"],
  ["收集/f-坏.xlsx", "unreadable", undefined, undefined, "input/corrupt"],
  ["收集/g-发布.html", "published", "示范市自然资源局", 2025, undefined],
  ["收集/h-表.ods", "unreadable", undefined, undefined, "input/ods"],
  ["收集/i-链接.xlsx", "unreadable", undefined, undefined, "input/link"],
  ["收集/j-文件夹.xlsx", "unreadable", undefined, undefined, "input/not-a-file"],
  ["收集/k-管道.xlsx", "unreadable", undefined, undefined, "input/not-a-file"],
  ["收集/说明.txt", "unreadable", undefined, undefined, "input/unsupported-type"],
];

/** Columns a line takes in a console: two for each CJK character. */
const consoleWidth = (line: string) =>
  [...line].reduce((width, char) => width + (/[\u2e80-\ua4cf\uff00-\uff60\u2026]/u.test(char) ? 2 : 1), 0);

describe("nianbao generate FOLDER", () => {
  it("gives every file of the folder its row and status, generates only the batch year's good reports, and exits 1", async () => {
    const dir = await collected();
    const run = await nianbao(["generate", "收集", "-o", "出", "--json"], dir);
    expect(run.code).toBe(1);
    const items = JSON.parse(run.stdout) as {
      input: string;
      status: string;
      report?: { agency?: string; year?: number };
      output?: string;
      findings: { code: string; severity: string }[];
    }[];
    expect(
      items.map((item) => [
        item.input,
        item.status,
        item.report?.agency,
        item.report?.year,
        item.findings.find((f) => f.severity !== "warning")?.code,
      ]),
    ).toEqual(ROWS);
    expect(readdirSync(join(dir, "出")).sort()).toEqual([
      "2025年政府信息公开工作年度报告汇总.xlsx",
      "2025年某县交通运输局政府信息公开工作年度报告.docx",
      "2025年某县交通运输局政府信息公开工作年度报告.manifest.json",
    ]);
    expect(items[0].output).toBe("出/2025年某县交通运输局政府信息公开工作年度报告.docx");
    // The copies never reports are told once each, not given rows.
    expect(run.stderr).toContain("跳过了 1 份带批注的副本（check --annotate 写出的，不是报告本身）：a-交通局.批注.xlsx");
    expect(run.stderr).toContain("跳过了 1 个 Excel/WPS 的临时文件（工作簿打开时生成）：~$a-交通局.xlsx");
  });

  it("prints a table of at most 80 columns, names each duplicate's twin, and points to the summary's 问题清单", async () => {
    const dir = await collected();
    const run = await nianbao(["generate", "收集", "-o", "出"], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    const cells = lines.map((line) => line.split(" | ").map((cell) => cell.trim()));
    expect(cells[0]).toEqual(["文件", "机关", "年度", "状态", "错误", "警告"]);
    expect(cells[1]).toEqual(["收集/a-交通局.xlsx", "某县交通运输局", "2025", "已生成", "0", "0"]);
    expect(cells[2]).toEqual(["收集/b-教育局.xlsx", "某县教育局", "2020", "其他年度，未生成", "0", "0"]);
    expect(cells[7]).toEqual(["收集/g-发布.html", "示范市自然资源局", "2025", "已发布，不生成", "0", "0"]);
    for (const line of lines.filter((text) => text.includes(" | "))) expect(consoleWidth(line), line).toBeLessThanOrEqual(80);
    expect(lines.at(-1)).toBe(
      "共 12 份：已生成 1 份，未生成 11 份。输出文件和每份的全部问题见 出/2025年政府信息公开工作年度报告汇总.xlsx（“问题清单”表）。",
    );
    expect(run.stderr).toContain(
      "收集/d-重复1.xlsx：与 e-重复2.xlsx 是同一机关、同一年度（某县民政局，2025 年度）的报告，两份都没有生成。",
    );
    // The advice check gives for each file it cannot read.
    expect(run.stderr).toContain("文件 f-坏.xlsx 已损坏或不完整");
    expect(run.stderr).toContain("h-表.ods");
    expect(run.stderr).toContain("i-链接.xlsx 是一个链接，没有读取");
    expect(run.stderr).toContain("k-管道.xlsx 不是普通文件");
    // Not a terminal: progress is one plain line per entry of the folder.
    const progress = run.stderr.split("\n").filter((line) => line.startsWith("["));
    expect(progress).toHaveLength(12);
    expect(progress.filter((line) => line.endsWith("收集/g-发布.html：已检查（已发布的报告，不生成）"))).toHaveLength(1);
  });

  it("exits 0 when every report is generated, takes several files as well as folders, and writes no summary for them", async () => {
    const dir = tempDir();
    const first = await buildWorkbook("2021", { "meta.agency": "甲局" }, { dir: tempDir() });
    const second = await buildWorkbook("2021", { "meta.agency": "乙局" }, { dir: tempDir() });
    const run = await nianbao(["generate", first, second, "-o", "出"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n").at(-1)).toBe("共 2 份：已生成 2 份，未生成 0 份。");
    // No PDF was asked for: none is said to be missing.
    expect(run.stderr).not.toContain("PDF");
    expect(readdirSync(join(dir, "出")).filter((name) => name.endsWith(".docx"))).toHaveLength(2);
    expect(readdirSync(join(dir, "出")).filter((name) => name.includes("汇总"))).toEqual([]);
    const asked = await nianbao(["generate", first, second, "-o", "出2", "--summary"], dir);
    expect(readdirSync(join(dir, "出2")).filter((name) => name.includes("汇总"))).toEqual(["2025年政府信息公开工作年度报告汇总.xlsx"]);
    expect(asked.code).toBe(0);
  });

  it("says so when a folder holds no report, and exits 2", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "空"));
    const run = await nianbao(["generate", "空"], dir);
    expect([run.code, run.stderr.trim()]).toEqual([2, "空 中没有工作簿（.xlsx）或 JSON 文件。"]);
  });

  it("gives the same exit code for an existing output as a batch does (1), for one file too", async () => {
    const dir = tempDir();
    const input = await buildWorkbook("2021");
    expect((await nianbao(["generate", input, "-o", "出"], dir)).code).toBe(0);
    const again = await nianbao(["generate", input, "-o", "出"], dir);
    expect([again.code, again.stderr]).toEqual([1, expect.stringContaining("已存在")]);
    const batch = await nianbao(["generate", input, input.replace(/\.xlsx$/, ".xlsx"), "-o", "出", "--summary"], dir);
    expect(batch.code).toBe(1);
  });
});

describe("the summary workbook of a batch", () => {
  it("lists every input, sums only the batch year's generated reports in 合计, and shows each finding's rule in Chinese", async () => {
    const dir = await collected();
    const run = await nianbao(["generate", "收集", "-o", "出"], dir);
    expect(run.stderr).toContain("已生成汇总表：出/2025年政府信息公开工作年度报告汇总.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "出", "2025年政府信息公开工作年度报告汇总.xlsx"));
    const sheet = workbook.getWorksheet("汇总")!;
    // The tests' today is 2026-11-29, midnight.
    expect(sheet.getCell("A1").value).toBe("2025 年度政府信息公开工作年度报告汇总（2026年11月29日 00:00生成）");
    const header = (sheet.getRow(2).values as unknown[]).slice(1) as string[];
    const column = (label: string) => header.indexOf(label) + 1;
    expect(header.slice(0, 8)).toEqual(["文件", "机关", "年度", "版本", "状态", "计入合计", "错误", "警告"]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    // Every label fits its column on one line (two width units a Chinese character). A column of the default width
    // (8.43) has no width in the file.
    header.forEach((label, i) => expect(sheet.getColumn(i + 1).width ?? 8.43, label).toBeGreaterThanOrEqual(2 * label.length));
    expect(sheet.autoFilter).toBeTruthy();

    const body = ROWS.map((_, r) => sheet.getRow(r + 3));
    expect(body.map((row) => [row.getCell(1).value, row.getCell(5).value, row.getCell(6).value])).toEqual(
      ROWS.map(([input, status]) => [
        (input as string).slice("收集/".length),
        {
          generated: "已生成",
          "other-year": "其他年度，未生成",
          invalid: "有错误",
          duplicate: "重复",
          unreadable: "无法读取",
          published: "已发布，不生成",
        }[status as string],
        status === "generated" ? "是" : "否",
      ]),
    );
    const transport = (await checkFile(join(dir, "收集", "a-交通局.xlsx"), { today: TODAY })).report.values;
    expect(body[0].getCell(column("新收申请")).value).toBe(transport["requests.newReceived.total"]);
    expect(body[5].getCell(column("新收申请")).value).toBeNull();

    const total = sheet.getRow(3 + ROWS.length);
    expect(total.getCell(1).value).toBe("合计（已生成和未变化的 2025 年度报告）");
    const letters = sheet.getColumn(column("新收申请")).letter;
    const flags = sheet.getColumn(column("计入合计")).letter;
    expect(total.getCell(column("新收申请")).value).toEqual({
      formula: `SUMIF($${flags}$3:$${flags}$${2 + ROWS.length},"是",${letters}3:${letters}${2 + ROWS.length})`,
      result: transport["requests.newReceived.total"],
    });

    const findings = workbook.getWorksheet("问题清单")!;
    expect(findings.getCell("A1").value).toBe("2025 年度政府信息公开工作年度报告问题清单（2026年11月29日 00:00生成）");
    expect((findings.getRow(2).values as unknown[]).slice(1)).toEqual(["文件", "机关", "级别", "规则", "代码", "位置", "说明"]);
    const rows = (findings.getSheetValues().slice(3) as unknown[][]).map((row) => [row[1], row[4], row[5], row[6]]);
    expect(rows[0]).toEqual(["c-有错.xlsx", "数值格式", "value/not-a-number", "「四、政府信息公开行政复议、行政诉讼情况」A5"]);
    expect(rows).toContainEqual(["d-重复1.xlsx", "文件与格式", "input/duplicate-report", ""]);
  });

  it("is never written over an existing summary", async () => {
    const dir = await collected();
    await nianbao(["generate", "收集", "-o", "出"], dir);
    const again = await nianbao(["generate", "收集", "-o", "出"], dir);
    expect(again.stderr).toContain("汇总表 出/2025年政府信息公开工作年度报告汇总.xlsx 已存在，未覆盖。");
  });

  it("is filed in the archive with --archive, versioned like a report: a new version only when the batch changed", async () => {
    const dir = tempDir();
    const inputs = join(dir, "收集");
    mkdirSync(inputs);
    for (const agency of ["甲局", "乙局"])
      copyFileSync(await buildWorkbook("2021", { "meta.agency": agency }), join(inputs, `${agency}.xlsx`));
    const first = await nianbao(["generate", "收集", "--archive", "档案"], dir);
    expect(first.stderr).toContain("汇总表已存档为第 1 版：档案/2025/汇总表/v1/2025年政府信息公开工作年度报告汇总.xlsx");
    const same = await nianbao(["generate", "收集", "--archive", "档案"], dir);
    expect(same.stderr).toContain("汇总表未变化：与存档中的第 1 版");
    copyFileSync(await buildWorkbook("2021", { "meta.agency": "甲局", "review.upheld": 9 }), join(inputs, "甲局.xlsx"));
    const changed = await nianbao(["generate", "收集", "--archive", "档案"], dir);
    expect(changed.stderr).toContain("汇总表已存档为第 2 版");
    expect(readdirSync(join(dir, "档案", "2025", "汇总表")).sort()).toEqual(["v1", "v2"]);
    expect(existsSync(join(dir, "出"))).toBe(false);
    const verify = await nianbao(["verify", "档案"], dir);
    expect([verify.code, verify.stdout.trim().split("\n").at(-1)]).toEqual([
      0,
      "存档完整：每个文件都与存档清单一致，没有缺少或多余的文件。",
    ]);
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
    const files = (await collectInputs([inputs])).entries.map((entry) => entry.path);
    const run = async (jobs: number) => {
      const outDir = tempDir();
      const items = await generateBatch(files, { outDir, today: TODAY, version: "test", jobs });
      const hashes = items.map((item) => ("paths" in item ? sha256(readFileSync(item.paths.docx)) : item.status));
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

describe("a batch whose PDFs cannot be made (a stand-in converter that fails: no LibreOffice needed)", () => {
  it("exits 3 when the PDFs cannot be made, with the documents written and the summary saying which lack a PDF (issue 19, item 8)", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "收集"));
    for (const agency of ["甲局", "乙局"])
      copyFileSync(await buildWorkbook("2021", { "meta.agency": agency }), join(dir, "收集", `${agency}.xlsx`));
    const run = await withSoffice(standInConverter(undefined), () => nianbao(["generate", "收集", "-o", "出", "--pdf"], dir));
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("有 2 份报告的 PDF 未能生成（Word 文档已生成）");
    expect(readdirSync(join(dir, "出")).filter((name) => name.endsWith(".docx"))).toHaveLength(2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "出", "2025年政府信息公开工作年度报告汇总.xlsx"));
    expect(workbook.getWorksheet("汇总")!.getCell("E3").value).toBe("已生成（无 PDF）");
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
    const run = await withSoffice(wrapper, () => nianbao(["generate", "收集", "-o", "出", "--pdf"], dir));
    expect(run.code).toBe(0);
    // A phase line per converted document, after the inputs' lines (issue 19, item 4).
    expect(run.stderr.split("\n").filter((line) => line.startsWith("转换 PDF"))).toEqual(["转换 PDF 1/3", "转换 PDF 2/3", "转换 PDF 3/3"]);
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

describe("the batch's year and its summary, from outcomes written by hand", () => {
  const outcome = (input: string, year: number | undefined, more: Partial<ReportOutcome> = {}): ReportOutcome =>
    ({
      input,
      status: "invalid",
      errors: 1,
      warnings: 0,
      findings: [],
      ...(year === undefined ? {} : { report: { agency: input.replace(".xlsx", ""), year, edition: "2021" } }),
      ...more,
    }) as ReportOutcome;

  it("takes the year most reports are for, the later one on a tie, and none when no report has one", () => {
    expect(batchYear([])).toBeUndefined();
    expect(batchYear([outcome("坏.xlsx", undefined)])).toBeUndefined();
    expect(batchYear([2025, 2024, 2024].map((year, i) => outcome(`${i}.xlsx`, year)))).toBe(2024);
    expect(batchYear([2024, 2025].map((year, i) => outcome(`${i}.xlsx`, year)))).toBe(2025);
    expect(batchYear([2025, 2024, undefined, undefined].map((year, i) => outcome(`${i}.xlsx`, year)))).toBe(2025);
  });

  it("writes no summary for a batch of which no report could be read", async () => {
    const dir = tempDir();
    expect(await writeSummary([outcome("坏.xlsx", undefined)], { outDir: dir })).toEqual({ status: "no-year" });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("counts in 合计 only the batch year's reports in the output, and lists a template's findings with the report's", async () => {
    const dir = tempDir();
    const finding = (code: string, message: string): Finding => ({ rule: "T1", code, severity: "error", message }) as unknown as Finding;
    const items = [
      outcome("甲.xlsx", 2025, { status: "generated", errors: 0, paths: {} } as Partial<ReportOutcome>),
      outcome("乙.xlsx", 2024, { status: "other-year", errors: 0 } as Partial<ReportOutcome>),
      outcome("丙.xlsx", 2025, {
        status: "template-invalid",
        findings: [finding("value/not-a-number", "报告的问题。")],
        template: { findings: [finding("template/unknown-tag", "模板的问题。")] },
      } as Partial<ReportOutcome>),
    ];
    const written = await writeSummary(items, { outDir: dir, now: new Date(Date.UTC(2026, 0, 10)) });
    const path = join(dir, "2025年政府信息公开工作年度报告汇总.xlsx");
    expect(written).toEqual({ status: "written", path });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const counted = workbook.getWorksheet("汇总")!.getColumn(6).values;
    expect([workbook.getWorksheet("汇总")!.getRow(2).getCell(6).value, counted.slice(3, 6)]).toEqual(["计入合计", ["是", "否", "否"]]);
    const listed = workbook.getWorksheet("问题清单")!.getColumn(7).values.slice(3);
    expect(listed).toEqual(["报告的问题。", "模板的问题。"]);
  });

  it("never writes over a summary that is there, unless told to", async () => {
    const dir = tempDir();
    const path = join(dir, "2025年政府信息公开工作年度报告汇总.xlsx");
    writeFileSync(path, "已有的汇总");
    const items = [outcome("甲.xlsx", 2025)];
    expect(await writeSummary(items, { outDir: dir })).toEqual({ status: "exists", path });
    expect(readFileSync(path, "utf8")).toBe("已有的汇总");
    expect(await writeSummary(items, { outDir: dir, force: true })).toEqual({ status: "written", path });
    expect(readFileSync(path).subarray(0, 2).toString()).toBe("PK");
  });
});
