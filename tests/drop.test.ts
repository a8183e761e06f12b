/**
 * Files dropped on the program (issue 25, drag and drop): Windows starts it with their paths and no command; 检查.bat
 * and 生成报告.bat start it so with NIANBAO_DROP set. Run in-process here; tests/release.test.ts drops a workbook on
 * the single executable itself, with standard input closed.
 *
 * Covers: src/cli/drop-command.ts.
 */
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { droppedOf } from "../src/cli/drop-command.js";
import { nextLine, processIo, type CliIo, type DropMode } from "../src/cli/io.js";
import { runCli } from "../src/cli/run.js";
import { buildWorkbook, tempDir, TODAY } from "./helpers/fixtures.js";

const DEMO = "inputs/2025-示范市自然资源局.xlsx";
const REPORT = "2025年示范市自然资源局政府信息公开工作年度报告";

/** The command line in-process, with a keyboard that counts the keys it was waited for, and NIANBAO_DROP as given. */
async function drop(args: string[], cwd: string, options: { mode?: DropMode; keyboard?: boolean } = {}) {
  let stdout = "";
  let stderr = "";
  let keys = 0;
  const io: CliIo = {
    cwd,
    today: TODAY,
    invocation: "nianbao",
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
    ...(options.mode ? { dropMode: options.mode } : {}),
    ...(options.keyboard === false ? {} : { waitForKey: async () => void keys++ }),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr, keys };
}

describe("a file dropped on the program", () => {
  it("is checked, then made into its Word document and web page beside it, and the window waits for a key", async () => {
    const dir = tempDir();
    const workbook = join(dir, "我的 工作簿.xlsx");
    copyFileSync(DEMO, workbook);
    const run = await drop([workbook], dir);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`${REPORT}.docx`, `${REPORT}.html`, `${REPORT}.manifest.json`, "我的 工作簿.xlsx"].sort());
    expect(run.stderr).toContain(`—— 我的 工作簿.xlsx（在 ${dir}）——`);
    expect(run.stdout).toContain("校验通过，可以生成报告。");
    expect(run.stdout).toContain(`已生成：${REPORT}.docx\n已生成：${REPORT}.html`);
    expect(run.stderr.trimEnd().endsWith("按回车键关闭本窗口。")).toBe(true);
    // Neither the hint for a start with nothing dropped nor the words for a report not made.
    expect(run.stderr).not.toContain("拖到");
    expect(run.stderr).not.toContain("没有生成报告");
    expect(run.keys).toBe(1);
  });

  it("dropped again, writes over nothing: says to move the earlier report away first", async () => {
    const dir = tempDir();
    const workbook = join(dir, "工作簿.xlsx");
    copyFileSync(DEMO, workbook);
    await drop([workbook], dir);
    const docx = join(dir, `${REPORT}.docx`);
    writeFileSync(docx, "the clerk's edited copy");
    const again = await drop([workbook], dir);
    expect(again.code).toBe(1);
    expect(readFileSync(docx, "utf8")).toBe("the clerk's edited copy");
    expect(again.stderr).toContain(`如果 ${dir} 里已有同名报告，请先移走或改名。`);
  });

  it("with errors, writes nothing and says where each error is; several files are each handled, the worst exit kept", async () => {
    const dir = tempDir();
    const bad = await buildWorkbook("2021", { "requests.newReceived.natural": 999 });
    const good = join(dir, "好.xlsx");
    copyFileSync(DEMO, good);
    const run = await drop([bad, good], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\[错误\] 「三、收到和处理政府信息公开申请情况」[A-Z]+\d+/);
    expect(run.stderr).toContain("没有生成报告。请按上面的提示改正后，再把工作簿拖过来");
    expect(readdirSync(dir)).toContain(`${REPORT}.docx`);
    expect(run.keys).toBe(1);
  });

  it("on 检查.bat (NIANBAO_DROP=check) is checked only; with nothing dropped, says what to do", async () => {
    const dir = tempDir();
    const workbook = join(dir, "工作簿.xlsx");
    copyFileSync(DEMO, workbook);
    const run = await drop([workbook], dir, { mode: "check" });
    expect([run.code, readdirSync(dir)]).toEqual([0, ["工作簿.xlsx"]]);
    expect(run.stdout).toContain("校验通过，可以生成报告。");
    const nothing = await drop([], dir, { mode: "check" });
    expect(nothing.stderr).toContain("请把要检查的工作簿或已发布的年报（Word、网页、PDF）拖到“检查.bat”上。");
    expect([nothing.code, nothing.keys]).toEqual([0, 1]);
  });

  it("a published report dropped on 生成报告.bat is checked, not generated", async () => {
    const dir = tempDir();
    const page = join(dir, "年报.html");
    copyFileSync("tests/fixtures/published/shanghai-office-2019-reproduced.html", page);
    const run = await drop([page], dir, { mode: "generate" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("「三、收到和处理政府信息公开申请情况」「（一）予以公开」行「总计」列");
    expect(readdirSync(dir)).toEqual(["年报.html"]);
    expect(run.stderr).not.toContain("没有生成报告");
  });

  it("does not wait where there is no keyboard (standard input closed or a pipe)", async () => {
    const dir = tempDir();
    const workbook = join(dir, "工作簿.xlsx");
    copyFileSync(DEMO, workbook);
    const run = await drop([workbook], dir, { keyboard: false });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("按回车键");
  });
});

describe("the window's wait", () => {
  it("ends at Enter, or when the input ends, and stops reading", async () => {
    for (const finish of [(input: PassThrough) => input.write("\r\n"), (input: PassThrough) => input.end()]) {
      const input = new PassThrough();
      let ended = false;
      const waiting = nextLine(input).then(() => (ended = true));
      await new Promise((resolve) => setImmediate(resolve));
      expect(ended).toBe(false);
      finish(input);
      await waiting;
      expect([input.listenerCount("data"), input.listenerCount("end"), input.isPaused()]).toEqual([0, 0, true]);
    }
  });

  it("a process's streams: each line ends with one line break", () => {
    const written: string[] = [];
    const spies = [process.stdout, process.stderr].map((stream) =>
      vi
        .spyOn(stream, "write")
        .mockImplementation((text) => written.push(`${stream === process.stdout ? "out" : "err"}:${String(text)}`) > 0),
    );
    try {
      const io = processIo();
      io.out("检查通过");
      io.err("已生成\n");
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    expect(written).toEqual(["out:检查通过\n", "err:已生成\n"]);
  });

  it("is asked for by the .bat files through NIANBAO_DROP, and only check or generate", () => {
    const before = process.env.NIANBAO_DROP;
    try {
      for (const [value, mode] of [
        ["check", "check"],
        ["generate", "generate"],
        ["delete", undefined],
        [undefined, undefined],
      ] as const) {
        if (value === undefined) delete process.env.NIANBAO_DROP;
        else process.env.NIANBAO_DROP = value;
        expect(processIo().dropMode).toBe(mode);
      }
    } finally {
      if (before === undefined) delete process.env.NIANBAO_DROP;
      else process.env.NIANBAO_DROP = before;
    }
  });
});

describe("what counts as a drop", () => {
  const io = (cwd: string, dropMode?: DropMode): CliIo => ({
    cwd,
    today: TODAY,
    invocation: "nianbao",
    out: () => {},
    err: () => {},
    ...(dropMode ? { dropMode } : {}),
  });

  it("files alone, all of them existing; never a command, an option, or a name that is not a file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.xlsx"), "");
    writeFileSync(join(dir, "b c.xlsx"), "");
    expect(droppedOf(["a.xlsx", "b c.xlsx"], io(dir))).toEqual({ mode: "generate", files: ["a.xlsx", "b c.xlsx"] });
    expect(droppedOf(["check", "a.xlsx"], io(dir))).toBeUndefined();
    expect(droppedOf(["a.xlsx", "--json"], io(dir))).toBeUndefined();
    expect(droppedOf(["a.xlsx", "无此文件.xlsx"], io(dir))).toBeUndefined();
    expect(droppedOf([dir], io(dir))).toBeUndefined();
    // Started with nothing: help, as ever, outside the executable.
    expect(droppedOf([], io(dir))).toBeUndefined();
    expect(droppedOf([], io(dir, "check"))).toEqual({ mode: "check", files: [] });
    expect(statSync(join(dir, "a.xlsx")).size).toBe(0);
  });

  it("a name that is not a file is still an unknown command, as before", async () => {
    const run = await drop(["chek"], tempDir(), { keyboard: false });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("没有“chek”这个命令");
  });
});
