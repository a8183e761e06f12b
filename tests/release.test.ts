/**
 * The release (npm run release, issue 25): what each archive holds, the Windows program's PE header, and the Linux
 * single executable copied alone into an empty folder (no package.json, no templates, no node_modules beside it)
 * running both examples to the same bytes as the package, a batch on worker threads, a PDF, and a workbook dropped
 * on it with standard input closed. CI builds the release before the tests (.ci/run); elsewhere these tests are
 * skipped, saying so, until `npm run release` has been run.
 *
 * Covers: src/io/carried-files.ts, src/pipeline/executable-threads.ts, src/document/pdf-globals.ts,
 * src/document/pdf-worker.d.ts.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { distinctWorkbooks } from "./helpers/distinct-workbooks.js";
import { hasCommand } from "./helpers/docx.js";
import { tempDir } from "./helpers/fixtures.js";
import { GOLDEN_2021, pdfOf } from "./helpers/pdf-reports.js";

const VERSION = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
const LINUX = resolve(`release/nianbao-${VERSION}-linux-x64.tar.gz`);
const WINDOWS = resolve(`release/nianbao-${VERSION}-win-x64.zip`);
const BUILT = existsSync(LINUX) && existsSync(WINDOWS);
const NEEDS_RELEASE = BUILT ? "(release/)" : "(skipped: npm run release has not been run here)";
const EXAMPLES = ["inputs/2020-贺兰县交通运输局.xlsx", "inputs/2025-示范市自然资源局.xlsx"].map((path) => resolve(path));
const PACKAGE = resolve("dist/cli/main.js");

/** The Linux archive unpacked, and its executable copied alone into a folder of its own. */
let unpacked: { folder: string; program: string } | undefined;

/** Unpacked once for the file's tests (a 46 MB archive), in beforeAll: the folder is removed when they end. */
function unpackedLinux(): { folder: string; program: string } {
  if (unpacked) return unpacked;
  const dir = tempDir();
  const run = spawnSync("tar", ["-xzf", LINUX, "-C", dir], { encoding: "utf8" });
  expect(run.status).toBe(0);
  const folder = join(dir, `nianbao-${VERSION}-linux-x64`);
  const alone = join(dir, "只有程序");
  mkdirSync(alone);
  copyFileSync(join(folder, "nianbao"), join(alone, "nianbao"));
  chmodSync(join(alone, "nianbao"), 0o755);
  return (unpacked = { folder, program: join(alone, "nianbao") });
}

let windowsFiles: Record<string, Uint8Array> | undefined;
/** The Windows archive's files, unzipped once (108 MB of program). */
const windowsArchive = (): Record<string, Uint8Array> => (windowsFiles ??= unzipSync(readFileSync(WINDOWS)));

/**
 * Runs a program with standard input closed and no terminal, as CI and a scheduled task would, and outside npx (which
 * the test run is started by, and which the hints would name).
 */
const runQuietly = (command: string, args: string[], options: SpawnSyncOptions = {}) =>
  spawnSync(command, args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    ...options,
    env: { ...(options.env ?? process.env), npm_command: undefined },
  }) as {
    status: number | null;
    stdout: string;
    stderr: string;
  };

describe.skipIf(!BUILT)(`the release archives ${NEEDS_RELEASE}`, () => {
  it("hold the program, the page, the example workbook and 使用说明.txt; Windows's also the two .bat files", () => {
    const listed = runQuietly("tar", ["-tzf", LINUX]).stdout.trim().split("\n").sort();
    const linux = `nianbao-${VERSION}-linux-x64/`;
    expect(listed).toEqual(
      [linux, `${linux}2025-示范市自然资源局.xlsx`, `${linux}nianbao`, `${linux}nianbao.html`, `${linux}使用说明.txt`].sort(),
    );
    const zip = windowsArchive();
    const windows = `nianbao-${VERSION}-win-x64/`;
    expect(Object.keys(zip).sort()).toEqual(
      ["2025-示范市自然资源局.xlsx", "nianbao.exe", "nianbao.html", "使用说明.txt", "检查.bat", "生成报告.bat"]
        .map((name) => windows + name)
        .sort(),
    );
    expect(zip[`${windows}nianbao.html`]).toEqual(new Uint8Array(readFileSync("dist/web/nianbao.html")));
    // For Notepad: UTF-8 with a BOM, CRLF line ends; the .bat files are plain ASCII, read alike under any code page.
    const instructions = Buffer.from(zip[`${windows}使用说明.txt`]);
    expect([...instructions.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(instructions.toString("utf8")).toContain(`nianbao ${VERSION}`);
    expect(instructions.toString("utf8")).toMatch(/拖到 nianbao\.exe 或“生成报告\.bat”上/);
    expect(
      instructions
        .toString("utf8")
        .split("\n")
        .every((line) => line === "" || line.endsWith("\r")),
    ).toBe(true);
    for (const [bat, mode] of [
      ["检查.bat", "check"],
      ["生成报告.bat", "generate"],
    ]) {
      const text = Buffer.from(zip[windows + bat]).toString("latin1");
      expect(text).toBe(`@echo off\r\nset NIANBAO_DROP=${mode}\r\n"%~dp0nianbao.exe" %*\r\n`);
    }
  });

  it("hold a Windows program with a 64-bit console PE header", () => {
    const exe = Buffer.from(windowsArchive()[`nianbao-${VERSION}-win-x64/nianbao.exe`]);
    expect(exe.subarray(0, 2).toString("latin1")).toBe("MZ");
    const pe = exe.readUInt32LE(0x3c);
    expect(exe.subarray(pe, pe + 4).toString("latin1")).toBe("PE\0\0");
    expect(exe.readUInt16LE(pe + 4)).toBe(0x8664); // IMAGE_FILE_MACHINE_AMD64
    const optional = pe + 24;
    expect(exe.readUInt16LE(optional)).toBe(0x20b); // PE32+
    expect(exe.readUInt16LE(optional + 68)).toBe(3); // IMAGE_SUBSYSTEM_WINDOWS_CUI: a console window
    // The command line is inside it (the single-executable blob's section), as it is in the Linux program.
    expect(exe.includes(Buffer.from("NODE_SEA_BLOB"))).toBe(true);
    expect(exe.includes(Buffer.from("NIANBAO_DROP"))).toBe(true);
  });
});

describe.skipIf(!BUILT)(`the Linux single executable, alone in a folder ${NEEDS_RELEASE}`, () => {
  // Made outside any test, so that the folder lasts for all of them (tests/helpers/temp.ts removes it after the file).
  beforeAll(() => void unpackedLinux());

  it("says its version and its help in Chinese", () => {
    const { program } = unpackedLinux();
    expect(runQuietly(program, ["--version"]).stdout.trim()).toBe(VERSION);
    const help = runQuietly(program, ["--help"]);
    expect([help.status, help.stdout]).toEqual([0, expect.stringContaining("检查工作簿或 JSON，列出全部问题")]);
    // yargs's own words too, from its locale files, which the executable carries inside (they were English once).
    expect(help.stdout).toMatch(/^nianbao <命令>\n\n命令：\n/);
    expect(help.stdout).toContain("选项：");
    expect(help.stdout).not.toMatch(/Commands:|Options:|\[boolean\]|\[string\]/);
    const unknown = runQuietly(program, ["check", "a.xlsx", "--foo"]);
    expect([unknown.status, unknown.stderr]).toEqual([2, expect.stringContaining("无法识别的选项：foo")]);
  });

  it.each(EXAMPLES)("generates %s to the same .docx and .html bytes as the package", (input) => {
    const { program } = unpackedLinux();
    const dir = tempDir();
    const fromProgram = runQuietly(program, ["generate", input, "--html", "-o", join(dir, "程序")], { cwd: dir });
    const fromPackage = runQuietly(process.execPath, [PACKAGE, "generate", input, "--html", "-o", join(dir, "包")], { cwd: dir });
    expect([fromProgram.status, fromPackage.status]).toEqual([0, 0]);
    const documents = readdirSync(join(dir, "包")).filter((name) => /\.(docx|html)$/.test(name));
    expect(documents).toHaveLength(2);
    for (const name of documents) expect(readFileSync(join(dir, "程序", name)).equals(readFileSync(join(dir, "包", name)))).toBe(true);
  });

  // scripts/release.mjs carries zod and parse5 beside the script, run when first needed: a JSON input and an
  // archive's manifests (zod), a published web page (parse5).
  it("reads a JSON input, a published web page and its archive's manifests as the package does", () => {
    const { program } = unpackedLinux();
    const dir = tempDir();
    const json = join(dir, "报告.json");
    const exported = runQuietly(process.execPath, [PACKAGE, "export", EXAMPLES[1]]);
    expect(exported.status).toBe(0);
    writeFileSync(json, exported.stdout);
    const page = resolve("tests/fixtures/published/shanghai-office-2019-reproduced.html");
    for (const args of [
      ["check", json, "--json"],
      ["check", page, "--json"],
    ]) {
      const [fromProgram, fromPackage] = [runQuietly(program, args), runQuietly(process.execPath, [PACKAGE, ...args])];
      expect(fromProgram.stderr).toBe("");
      expect([fromProgram.status, fromProgram.stdout]).toEqual([fromPackage.status, fromPackage.stdout]);
    }
    const file = (args: string[]) => JSON.parse(runQuietly(program, args, { cwd: dir }).stdout) as { status: string }[];
    const archive = ["generate", EXAMPLES[1], "--archive", "档案", "--json"];
    expect([file(archive)[0].status, file(archive)[0].status]).toEqual(["generated", "unchanged"]);
    expect(runQuietly(program, ["verify", "档案"], { cwd: dir }).status).toBe(0);
  });

  it("runs a batch of 70 workbooks on two worker threads, and leaves nothing in the temporary folder", async () => {
    const { program } = unpackedLinux();
    const dir = tempDir();
    await distinctWorkbooks(join(dir, "各单位"), 70);
    const temporary = join(dir, "临时");
    mkdirSync(temporary);
    const run = runQuietly(program, ["generate", "各单位", "-o", "报告", "--jobs", "2"], {
      cwd: dir,
      env: { ...process.env, TMPDIR: temporary },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("共 70 份：已生成 70 份，未生成 0 份。");
    expect(readdirSync(join(dir, "报告")).filter((name) => name.endsWith(".docx"))).toHaveLength(70);
    expect(readdirSync(temporary)).toEqual([]);
  });

  it("drops a workbook in a folder with a space and Chinese in its name, standard input closed: no wait", () => {
    const { program } = unpackedLinux();
    const folder = join(tempDir(), "年报 2025");
    mkdirSync(folder);
    const workbook = join(folder, "我的 工作簿.xlsx");
    copyFileSync(EXAMPLES[1], workbook);
    const run = runQuietly(program, [workbook]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`—— 我的 工作簿.xlsx（在 ${folder}）——`);
    expect(run.stderr).not.toContain("按回车键");
    expect(readdirSync(folder).sort()).toEqual(
      [
        "2025年示范市自然资源局政府信息公开工作年度报告.docx",
        "2025年示范市自然资源局政府信息公开工作年度报告.html",
        "2025年示范市自然资源局政府信息公开工作年度报告.manifest.json",
        "我的 工作簿.xlsx",
      ].sort(),
    );
  });

  it("started with nothing, says how to use it instead of closing at once", () => {
    const { program } = unpackedLinux();
    const run = runQuietly(program, []);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("请把填好的工作簿拖到本程序（或“生成报告.bat”）上");
  });

  it.skipIf(!process.env.CI && !hasCommand("soffice"))("reads a PDF as the package does, without the native canvas", async () => {
    const { program } = unpackedLinux();
    const dir = tempDir();
    const pdf = await pdfOf(readFileSync(GOLDEN_2021), dir, `${basename(GOLDEN_2021, ".docx")}.pdf`);
    const fromProgram = runQuietly(program, ["export", pdf]);
    const fromPackage = runQuietly(process.execPath, [PACKAGE, "export", pdf]);
    expect(fromProgram.status).toBe(0);
    expect(fromProgram.stderr).not.toMatch(/Warning|canvas|polyfill/i);
    expect(fromProgram.stdout).toBe(fromPackage.stdout);
    expect(JSON.parse(fromProgram.stdout)).toMatchObject({ meta: { agency: "示范市自然资源局" } });
  });
});
