/**
 * File-system failures while writing the output (issue 10, class 3): each is said in Chinese with the path, exit
 * code 3, and leaves no temporary file. A full disk and a read-only folder are simulated by making node:fs/promises'
 * writeFile fail for one folder (as root, permissions cannot be taken away, and a test cannot mount a small disk).
 *
 * Covers: src/io/output-error.ts.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import type * as FsPromises from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, tempDir } from "./helpers/fixtures.js";

/**
 * Folders whose writes fail, with the error code they fail with, after so many writes that succeed. `partial`: as a
 * full disk does, the file is made and part of it written before the write fails.
 */
const failing = new Map<string, { code: string; after: number; partial?: boolean }>();

vi.mock("node:fs/promises", async (importOriginal) => {
  const original = await importOriginal<typeof FsPromises>();
  const writeFile: typeof original.writeFile = async (path, ...rest) => {
    for (const [folder, failure] of failing)
      if (String(path).startsWith(folder) && failure.after-- <= 0) {
        if (failure.partial) await original.writeFile(path, "PK\u0003\u0004 部分写入", { flag: "wx" });
        throw Object.assign(new Error(`${failure.code}: simulated`), { code: failure.code, syscall: "write", path: String(path) });
      }
    return original.writeFile(path, ...rest);
  };
  return { ...original, default: { ...original, writeFile }, writeFile };
});

afterEach(() => failing.clear());

async function workbookIn(dir: string): Promise<void> {
  copyFileSync(await buildWorkbook("2021"), join(dir, "交通局.xlsx"));
}

describe("generate when the output cannot be written", () => {
  it.each([
    ["ENOSPC", "磁盘空间已满", false],
    // A disk that fills while a file is written: the part written is removed.
    ["ENOSPC", "磁盘空间已满", true],
    ["EROFS", "所在的磁盘或文件夹是只读的", false],
    ["EACCES", "没有读写权限", false],
  ])("%s: says so with the path, exit 3, and leaves nothing behind (part written first: %s)", async (code, says, partial) => {
    const dir = tempDir();
    await workbookIn(dir);
    mkdirSync(join(dir, "出"));
    failing.set(join(dir, "出"), { code, after: 0, partial });
    const run = await nianbao(["generate", "交通局.xlsx", "-o", "出"], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(new RegExp(`无法写入 出/\\.nianbao-[0-9a-f]{12}\\.tmp：${says}`));
    expect(run.stderr).not.toContain("程序内部出错");
    expect(readdirSync(join(dir, "出"))).toEqual([]);
  });

  it("an archive on a full disk: exit 3 naming the agency's folder, never the staging folder, and no version left", async () => {
    const dir = tempDir();
    await workbookIn(dir);
    mkdirSync(join(dir, "档案"));
    failing.set(join(dir, "档案"), { code: "ENOSPC", after: 0, partial: true });
    const run = await nianbao(["generate", "交通局.xlsx", "--archive", "档案"], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^无法写入 档案\/2025\/[^/：]+：磁盘空间已满/);
    expect(run.stderr).not.toContain(".staging");
    const agencies = readdirSync(join(dir, "档案", "2025"));
    expect(agencies.flatMap((agency) => readdirSync(join(dir, "档案", "2025", agency)))).toEqual([]);
  });

  it("-o naming a file: exit 3, the file untouched", async () => {
    const dir = tempDir();
    await workbookIn(dir);
    writeFileSync(join(dir, "出"), "a file, not a folder");
    const run = await nianbao(["generate", "交通局.xlsx", "-o", "出"], dir);
    expect([run.code, run.stderr.trim()]).toEqual([3, "无法写入 出：已有同名的文件"]);
    expect(readdirSync(dir).sort()).toEqual(["交通局.xlsx", "出"]);
  });

  it("a batch whose summary cannot be written: exit 3 after the reports", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "收集"));
    copyFileSync(await buildWorkbook("2021"), join(dir, "收集", "a.xlsx"));
    copyFileSync(await buildWorkbook("2021", { "meta.agency": "某县教育局" }), join(dir, "收集", "b.xlsx"));
    mkdirSync(join(dir, "出"));
    // Two reports of two files each are written first, then the summary.
    failing.set(join(dir, "出"), { code: "ENOSPC", after: 4 });
    const run = await nianbao(["generate", "收集", "-o", "出"], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("磁盘空间已满");
    expect(readdirSync(join(dir, "出")).filter((name) => name.endsWith(".docx"))).toHaveLength(2);
  });

  it("check --annotate beside a read-only workbook: exit 3, the check itself still printed", async () => {
    const dir = tempDir();
    copyFileSync(await buildWorkbook("2021", { "review.upheld": "十二" }), join(dir, "交通局.xlsx"));
    failing.set(join(dir, "."), { code: "EROFS", after: 0 });
    const run = await nianbao(["check", "交通局.xlsx", "--annotate"], dir);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain("“行政复议 · 结果维持”应填数字");
    expect(run.stderr).toContain("所在的磁盘或文件夹是只读的");
  });
});

describe("init when the workbook cannot be written", () => {
  it.each([
    ["ENOSPC", "磁盘空间已满", true],
    ["EROFS", "所在的磁盘或文件夹是只读的", false],
  ])("%s: says so with the path, exit 3, and leaves nothing behind", async (code, says, partial) => {
    const dir = tempDir();
    mkdirSync(join(dir, "inputs"));
    failing.set(join(dir, "inputs"), { code, after: 0, partial });
    const run = await nianbao(["init", "--year", "2025", "--agency", "某县交通运输局"], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(new RegExp(`无法写入 inputs/\\.nianbao-[0-9a-f]{12}\\.tmp：${says}`));
    expect(readdirSync(join(dir, "inputs"))).toEqual([]);
  });
});
