import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildWorkbook, tempDir, validReport } from "./helpers/fixtures.js";
import { nianbao } from "./helpers/cli.js";

async function editionOf(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const [range] = workbook.definedNames.getRanges("meta_edition").ranges;
  const [sheet, cell] = range.replaceAll("$", "").split("!");
  return String(workbook.getWorksheet(sheet.replaceAll("'", ""))!.getCell(cell).value);
}

describe("nianbao init", () => {
  it("writes inputs/<year>-<agency>.xlsx with the edition chosen from the year", async () => {
    const dir = tempDir();
    const run = await nianbao(["init", "--year", "2026", "--agency", "贺兰县交通运输局"], dir);
    expect(run.code).toBe(0);
    const file = join(dir, "inputs", "2026-贺兰县交通运输局.xlsx");
    expect(existsSync(file)).toBe(true);
    expect(await editionOf(file)).toBe("2021");
    expect(run.stderr).toContain("2021 版（国办公开办函〔2021〕30号）");
  });

  it("chooses edition 2019 for a 2020 report, and writes where -o says", async () => {
    const dir = tempDir();
    const run = await nianbao(["init", "--year", "2020", "--agency", "贺兰县交通运输局", "-o", "旧年度.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(await editionOf(join(dir, "旧年度.xlsx"))).toBe("2019");
  });

  it("refuses to overwrite an existing file and leaves it as it was", async () => {
    const dir = tempDir();
    const file = join(dir, "mine.xlsx");
    writeFileSync(file, "clerk's own work");
    const run = await nianbao(["init", "--year", "2026", "--agency", "某局", "-o", "mine.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("已存在");
    expect(readFileSync(file, "utf8")).toBe("clerk's own work");
  });

  it.each([
    [["--year", "2020", "--edition", "2021"], "应使用 2019 版"],
    [["--year", "2017"], "没有对应的官方格式"],
    [["--year", "明年"], "年度“明年”无效"],
    [["--agency", "某局"], "缺少必须的选项：year"],
  ])("rejects %o with a Chinese message and exit 2", async (args, says) => {
    const dir = tempDir();
    const run = await nianbao(["init", "--agency", "某局", ...args], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(says);
  });
});

describe("command-line mistakes", () => {
  it.each([["check"], ["generate"], ["template", "check"]])("%s without a file: a Chinese usage message, exit 2, no command run", async (...args) => {
    const run = await nianbao(args, tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual(["命令用法有误：缺少要处理的文件（写了 0 个，需要 1 个）：请在命令后写上文件名，如 nianbao check inputs/2026-某某局.xlsx", "运行 nianbao --help 查看用法。"]);
  });

  it("init without --year says only what is missing", async () => {
    const run = await nianbao(["init", "--agency", "某局"], tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual(["命令用法有误：缺少必须的选项：year", "运行 nianbao --help 查看用法。"]);
  });

  it("template check of a file that is not a .docx says so", async () => {
    const run = await nianbao(["template", "check", "README.md"], process.cwd());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不是 Word 文档（.docx）");
  });
});

describe("nianbao check", () => {
  it("exits 0 on a valid workbook and says so", async () => {
    const file = await buildWorkbook("2021");
    const run = await nianbao(["check", file], tempDir());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("错误 0 项，警告 0 项，提示 0 项。");
    expect(run.stdout).toContain("校验通过");
  });

  it("exits 1 and prints every finding in Chinese with sheet and cell", async () => {
    const { inputs, totals } = validReport("2021");
    const file = await buildWorkbook("2021", { "requests.newReceived.total": totals["requests.newReceived.total"] - 1, "review.upheld": "十二" });
    const run = await nianbao(["check", file], tempDir());
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("检查 2021.xlsx（2021 版格式，国办公开办函〔2021〕30号）");
    const parts = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
      .map((label, i) => `${label} ${inputs[`requests.newReceived.${["natural", "business", "research", "nonprofit", "legal", "otherOrg"][i]}`]}`)
      .join(" + ");
    const total = totals["requests.newReceived.total"];
    expect(lines).toContain(`[错误] 「三、收到和处理政府信息公开申请情况」J5：“总计”应为 ${total}（${parts}），实际为 ${total - 1}。`);
    expect(lines).toContain("[错误] 「四、政府信息公开行政复议、行政诉讼情况」A5：“行政复议 · 结果维持”应填数字，实际为“十二”。");
    expect(run.stdout).toContain("请改正后再生成报告");
  });
});
