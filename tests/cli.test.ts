/**
 * Covers: src/cli/exit-codes.ts, src/cli/format-findings.ts, src/cli/io.ts, src/cli/options.ts.
 */
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { invocationOf } from "../src/cli/invocation.js";
import { buildWorkbook, tempDir, validReport } from "./helpers/fixtures.js";
import { nianbao } from "./helpers/cli.js";
import { publishedPage } from "./helpers/published.js";

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
    [["--year", "2030"], "“报告年度”应在 2019–2026 之间，实际为 2030。"],
    [["--year", "2020", "--edition", "2021"], "应使用 2019 版"],
    [["--year", "2017"], "“报告年度”应在 2019–2026 之间，实际为 2017。\n本工具支持 2019 年度起"],
    [["--year", "明年"], "年度“明年”无效"],
    [["--agency", "某局"], "缺少必须的选项：year"],
  ])("rejects %o with a Chinese message and exit 2", async (args, says) => {
    const dir = tempDir();
    const run = await nianbao(["init", "--agency", "某局", ...args], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(says);
  });
});

describe("init refuses what check would reject, before writing anything", () => {
  it("refuses the year check rejects, with check's own message", async () => {
    const dir = tempDir();
    const file = await buildWorkbook("2021", { "meta.year": 2030, "meta.date": "2031年1月10日" });
    const check = await nianbao(["check", file], dir);
    const init = await nianbao(["init", "--year", "2030", "--agency", "某局"], dir);
    const message = "“报告年度”应在 2019–2026 之间，实际为 2030。";
    const hint =
      "本工具支持 2019 年度起、不晚于今年的报告：2019、2020 年度用 2019 版格式（国办公开办函〔2019〕60号），2021 年度起用 2021 版格式（国办公开办函〔2021〕30号）。";
    expect(check.stdout).toContain(`${message}\n        → ${hint}`);
    expect(init.code).toBe(2);
    expect(init.stderr.trim()).toBe(`${message}\n${hint}`);
    expect(existsSync(join(dir, "inputs"))).toBe(false);
  });

  it.each([[""], ["   "]])("refuses an empty agency name %o", async (agency) => {
    const dir = tempDir();
    const run = await nianbao(["init", "--year", "2026", "--agency", agency], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("必须填写“机关名称”。");
    expect(existsSync(join(dir, "inputs"))).toBe(false);
  });

  it("refuses -o naming a file that is not .xlsx, and suggests one that is", async () => {
    const dir = tempDir();
    const run = await nianbao(["init", "--year", "2026", "--agency", "某局", "-o", "报告.docx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("文件名应以 .xlsx 结尾");
    expect(run.stderr).toContain("-o 报告.xlsx");
    expect(existsSync(join(dir, "报告.docx"))).toBe(false);
  });

  it("writes the default name inside a folder given with -o", async () => {
    const dir = tempDir();
    const run = await nianbao(["init", "--year", "2026", "--agency", "某局", "-o", "各部门/"], dir);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, "各部门", "2026-某局.xlsx"))).toBe(true);
  });

  it.each([
    [2020, "如：2021年1月20日；部门报告应在2021年1月31日前发布"],
    [2026, "如：2027年1月20日；部门报告应在2027年1月31日前发布"],
  ])("derives the example 成文日期 in the workbook from the year %i", async (year, hint) => {
    const dir = tempDir();
    await nianbao(["init", "--year", String(year), "--agency", "某局", "-o", "a.xlsx"], dir);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "a.xlsx"));
    const [range] = workbook.definedNames.getRanges("meta_date").ranges;
    const row = Number(range.replace(/^.*\$(\d+)$/, "$1"));
    expect(workbook.getWorksheet("基本信息")!.getCell(row, 3).value).toBe(hint);
  });

  it("ends with the check command as the tool was started (npx nianbao)", async () => {
    const dir = tempDir();
    const run = await nianbao(["init", "--year", "2026", "--agency", "贺兰县交通运输局"], dir, "npx nianbao");
    expect(run.stderr).toContain('然后运行：npx nianbao check "inputs/2026-贺兰县交通运输局.xlsx"');
  });
});

describe("how the tool was started", () => {
  it.each([
    ["/home/u/.npm/_npx/5eec/node_modules/.bin/nianbao", { npm_command: "exec" }, "npx nianbao"],
    ["/usr/local/bin/nianbao", {}, "nianbao"],
    ["C:\\Users\\u\\AppData\\Roaming\\npm\\node_modules\\nianbao\\dist\\cli\\main.js", {}, "nianbao"],
    ["/work/nianbao/dist/cli/main.js", {}, "node dist/cli/main.js"],
    // The single executables (npm run release): Windows's is typed as nianbao or nianbao.exe alike.
    ["D:\\年报\\nianbao-0.1.0-win-x64\\nianbao.exe", {}, "nianbao"],
    ["/opt/nianbao-0.1.0-linux-x64/nianbao", {}, "nianbao"],
  ])("%s is shown as %s", (script, env, shown) => {
    expect(invocationOf(script, env, "/work/nianbao")).toBe(shown);
  });

  // A renamed single executable is typed as itself: never node before it.
  it.each([
    ["D:\\年报\\nianbao-0.1.0-win-x64\\年报工具.exe", "年报工具"],
    ["D:\\年报\\我的 工具.exe", '"我的 工具"'],
    ["/work/nianbao/年报工具", "./年报工具"],
    ["/work/nianbao/bin/年报工具", "bin/年报工具"],
    ["/opt/my tools/年报", '"../../opt/my tools/年报"'],
    ["/opt/nianbao-0.1.0-linux-x64/nianbao", "nianbao"],
  ])("the executable %s is shown as %s", (script, shown) => {
    expect(invocationOf(script, {}, "/work/nianbao", true)).toBe(shown);
  });
});

describe("command-line mistakes", () => {
  it("a mistyped command names the nearest one, with the line to type", async () => {
    const run = await nianbao(["chek", "inputs/2026-某局.xlsx"], tempDir(), "npx nianbao");
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      "命令用法有误：没有“chek”这个命令。您要用的是不是：npx nianbao check inputs/2026-某局.xlsx？可用的命令：init、check、generate、verify、export、template、page、serve。",
      "运行 npx nianbao --help 查看用法。",
    ]);
  });

  it.each([
    [["check"], "nianbao check inputs/2026-某某局.xlsx"],
    [["generate"], "nianbao generate inputs/2026-某某局.xlsx"],
    [["export"], "nianbao export inputs/2026-某某局.xlsx --json > 报告.json"],
    [["template", "check"], "nianbao template check 我局模板.docx"],
  ])("%j without a file: a Chinese usage message with an example of that command, exit 2, no command run", async (args, example) => {
    const run = await nianbao(args, tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      `命令用法有误：缺少要处理的文件（写了 0 个，需要 1 个）：请在命令后写上文件名，如 ${example}`,
      "运行 nianbao --help 查看用法。",
    ]);
  });

  it("template without what to do suggests template check", async () => {
    const run = await nianbao(["template"], tempDir());
    expect([run.code, run.stderr.trim().split("\n")[0]]).toEqual([
      2,
      "命令用法有误：请写出要做的事，如 nianbao template check 我局模板.docx",
    ]);
  });

  it("a path split at a space: the line to type, with quotes (issue 18, item 15)", async () => {
    const run = await nianbao(["check", "我的", "报告.xlsx", "--json"], tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n").at(-1)).toBe(
      '文件名或文件夹名中有空格时，请用英文引号把整个路径括起来：nianbao check "我的 报告.xlsx" --json',
    );
  });

  it("a file not found names the folder searched, and the path to type when it is in inputs/", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "inputs"));
    copyFileSync("inputs/2025-示范市自然资源局.xlsx", join(dir, "inputs", "2025-示范市自然资源局.xlsx"));
    const run = await nianbao(["check", "2025-示范市自然资源局.xlsx"], dir);
    expect([run.code, run.stderr.trim()]).toEqual([
      2,
      `在文件夹 ${dir} 中找不到 2025-示范市自然资源局.xlsx。inputs 文件夹中有这个文件，请写作 inputs/2025-示范市自然资源局.xlsx。`,
    ]);
  });

  it("init without --year says only what is missing", async () => {
    const run = await nianbao(["init", "--agency", "某局"], tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      "命令用法有误：缺少必须的选项：year（或用 --from 指定上年报告，工作簿或 JSON 均可）",
      "运行 nianbao --help 查看用法。",
    ]);
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
    const file = await buildWorkbook("2021", {
      "requests.newReceived.total": totals["requests.newReceived.total"] - 1,
      "review.upheld": "十二",
    });
    const run = await nianbao(["check", file], tempDir());
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("检查 2021.xlsx（2021 版格式，国办公开办函〔2021〕30号）");
    const parts = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
      .map(
        (label, i) =>
          `${label} ${inputs[`requests.newReceived.${["natural", "business", "research", "nonprofit", "legal", "otherOrg"][i]}`]}`,
      )
      .join(" + ");
    const total = totals["requests.newReceived.total"];
    expect(lines).toContain(`[错误] 「三、收到和处理政府信息公开申请情况」J5：“总计”应为 ${total}（${parts}），实际为 ${total - 1}。`);
    expect(lines).toContain("[错误] 「四、政府信息公开行政复议、行政诉讼情况」A5：“行政复议 · 结果维持”应填数字，实际为“十二”。");
    expect(run.stdout).toContain("请改正后再生成报告");
  });
});

describe("nianbao generate of one published report", () => {
  it("checks it, says it is not generated again, writes nothing, and exits 1", async () => {
    const dir = tempDir();
    const page = await publishedPage("2021");
    const run = await nianbao(["generate", page, "-o", "出"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe("这是已发布的报告：已按官方格式检查，不重新生成。要生成报告，请给出工作簿或 JSON。");
    expect(run.stdout).toContain("报告.html");
    expect(existsSync(join(dir, "出"))).toBe(false);
  });
});

describe("the command line's one error boundary", () => {
  const HELAN = join(process.cwd(), "inputs", "2020-贺兰县交通运输局.xlsx");

  it("gives help for --help, not a guess at a command", async () => {
    // yargs prints help itself, with console.log.
    const printed = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const run = await nianbao(["--help"], tempDir());
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(printed.mock.calls.flat().join("\n")).toContain("检查工作簿或 JSON，列出全部问题");
    printed.mockRestore();
  });

  it.each([
    [["generate", HELAN, "-j", "0"], "--jobs 应为正整数（同时处理的线程数），如 --jobs 2；“0”不行。"],
    [["generate", HELAN, "-o", ""], "-o 后面应写文件夹或文件名，不能为空。"],
    [["check", HELAN, "--previous", " "], "--previous 后面应写文件夹或文件名，不能为空。"],
  ])("%j: a usage error, exit 2", async (args, says) => {
    const run = await nianbao(args, tempDir());
    expect([run.code, run.stderr]).toEqual([2, `命令用法有误：${says}\n运行 nianbao --help 查看用法。\n`]);
  });

  it("an input it cannot read: the message, or with --json the finding as JSON, exit 2", async () => {
    const dir = tempDir();
    const plain = await nianbao(["check", "没有.xlsx"], dir);
    expect([plain.code, plain.stdout]).toEqual([2, ""]);
    expect(plain.stderr).toContain("没有.xlsx");
    const json = await nianbao(["check", "没有.xlsx", "--json"], dir);
    const result = JSON.parse(json.stdout) as { valid: boolean; file: string; findings: { code: string }[] };
    expect([json.code, result.valid, result.file, result.findings.map((finding) => finding.code)]).toEqual([
      2,
      false,
      "没有.xlsx",
      ["input/not-found"],
    ]);
    // Only check answers in JSON: another command given --json says it in words.
    const exported = await nianbao(["export", "没有.xlsx", "--json"], dir);
    expect([exported.code, exported.stdout]).toEqual([2, ""]);
    expect(exported.stderr).toContain("没有.xlsx");
  });

  it("an output it cannot write: where and why, exit 3", async () => {
    const run = await nianbao(["generate", HELAN, "-o", "/proc/nianbao-out"], tempDir());
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^无法写入 \/proc\/nianbao-out：/m);
  });
});
