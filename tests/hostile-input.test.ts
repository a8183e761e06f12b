/**
 * Hostile and broken input (issue 10): what crashed the command is refused in Chinese with exit 2, in bounded
 * time and memory, and the command never dies with a stack trace. Peak memory and time of the resource cases
 * are printed, never asserted.
 *
 * Covers: src/input/zip-guard.ts, src/workbook/range-guard.ts, src/workbook/value-guard.ts.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { jsonDepth, MAX_JSON_DEPTH } from "../src/input/read-json.js";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, tempDir } from "./helpers/fixtures.js";

const CLI = resolve("dist/cli/main.js");

/** The built command in its own process, with its time and peak memory (GNU time's %M, KiB) when /usr/bin/time is there. */
function measured(args: string[], cwd: string) {
  const start = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, CLI, ...args], { cwd, encoding: "utf8" });
  const ms = performance.now() - start;
  // GNU time adds its own lines: the peak memory last, and a note on a non-zero exit.
  const lines = run.stderr.trimEnd().split("\n");
  const stderr = lines.slice(0, -1).filter((line) => !line.startsWith("Command exited with non-zero status"));
  return { status: run.status, stdout: run.stdout, stderr: stderr.join("\n"), ms, peakMiB: Number(lines.at(-1)) / 1024 };
}

describe("JSON nested thousands of levels deep (class 2)", () => {
  it.each([
    ["inside a field", (depth: number) => `{"meta":{"edition":"2021"},"review":{"upheld":${"[".repeat(depth)}${"]".repeat(depth)}}}`],
    ["inside a narrative", (depth: number) => `{"meta":{"edition":"2021"},"text":{"overview":${"[".repeat(depth)}${"]".repeat(depth)}}}`],
    ["as unknown keys", (depth: number) => `{"meta":{"edition":"2021"},"x":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`],
  ])("%s: check --json prints JSON with the refusal, exit 2", (_, json) => {
    const dir = tempDir();
    writeFileSync(join(dir, "深.json"), json(100_000));
    const run = measured(["check", "深.json", "--json"], dir);
    console.info(`deep JSON (${_}): ${run.ms.toFixed(0)} ms, peak ${run.peakMiB.toFixed(0)} MiB`);
    expect(run.status).toBe(2);
    const result = JSON.parse(run.stdout) as { findings: { code: string; message: string }[] };
    expect(result.findings.map((f) => f.code)).toEqual(["input/json-too-deep"]);
    expect(result.findings[0].message).toBe(
      "文件 深.json 的 JSON 嵌套超过 32 层，不是报告的 JSON 形式（报告最深只有几层）。请检查文件是否正确。",
    );
    expect(run.stderr).toBe("");
  });

  it("counts depth outside strings only, escapes included", () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[{{{"}]}')).toBe(3);
    expect(jsonDepth('{"a":"\\"[[[[","b":[]}')).toBe(2);
    expect(jsonDepth("[".repeat(1000))).toBe(MAX_JSON_DEPTH + 1);
  });
});

/** The workbook a test starts from, copied into `dir` as 工作簿.xlsx, with its zip edited. */
async function editedWorkbook(dir: string, edit: (zip: PizZip) => void): Promise<string> {
  const zip = new PizZip(readFileSync(await buildWorkbook("2021")));
  edit(zip);
  writeFileSync(join(dir, "工作簿.xlsx"), zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
  return "工作簿.xlsx";
}

/** Edits one XML part of a zip in place. */
const editXml = (zip: PizZip, name: string, edit: (xml: string) => string) => zip.file(name, edit(zip.file(name)!.asText()));

/** check --json on a hostile workbook: exit 2, one refusal with that code, no stack trace; time and memory printed. */
function refused(dir: string, file: string, label: string) {
  const run = measured(["check", file, "--json"], dir);
  console.info(`${label}: ${run.ms.toFixed(0)} ms, peak ${run.peakMiB.toFixed(0)} MiB, exit ${run.status}`);
  expect(run.stderr).toBe("");
  const findings = (JSON.parse(run.stdout) as { findings: { code: string; message: string }[] }).findings;
  return { status: run.status, codes: findings.map((f) => f.code), message: findings[0]?.message ?? "" };
}

describe("ranges over a whole sheet (class 1)", () => {
  it("refuses a defined name over A1:XFD1048576 before exceljs expands it", async () => {
    const dir = tempDir();
    const file = await editedWorkbook(dir, (zip) =>
      editXml(zip, "xl/workbook.xml", (xml) =>
        xml.replace("</definedNames>", `<definedName name="全表">'基本信息'!$A$1:$XFD$1048576</definedName></definedNames>`),
      ),
    );
    const run = refused(dir, file, "defined name over a whole sheet");
    expect([run.status, run.codes]).toEqual([2, ["input/range-too-large"]]);
    expect(run.message).toContain("名称“全表”指向 '基本信息'!$A$1:$XFD$1048576");
  });

  it.each([
    ["a character reference", "'基本信息'!$&#65;$1:$XFD$1048576"],
    ["a comment", "'基本信息'!$A$1:<!-- x -->$XFD$1048576"],
  ])("refuses one written with %s, which hides it from a reading of the raw text", async (_, target) => {
    const dir = tempDir();
    const file = await editedWorkbook(dir, (zip) =>
      editXml(zip, "xl/workbook.xml", (xml) =>
        xml.replace("</definedNames>", () => `<definedName name="藏">${target}</definedName></definedNames>`),
      ),
    );
    const run = refused(dir, file, `defined name hidden by ${_}`);
    expect([run.status, run.codes]).toEqual([2, ["input/range-too-large"]]);
    expect(run.message).toContain("名称“藏”指向 '基本信息'!$A$1:$XFD$1048576");
  });

  it("refuses a merge over a whole sheet", async () => {
    const dir = tempDir();
    const file = await editedWorkbook(dir, (zip) => {
      const sheet = Object.keys(zip.files).find(
        (name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name) && !zip.files[name].asText().includes("<mergeCells"),
      )!;
      editXml(zip, sheet, (xml) =>
        xml.replace("</sheetData>", `</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`),
      );
    });
    const run = refused(dir, file, "merge over a whole sheet");
    expect([run.status, run.codes]).toEqual([2, ["input/range-too-large"]]);
    expect(run.message).toContain("合并单元格 A1:XFD1048576");
  });
});

/** Sets the uncompressed size the zip's central directory declares for a part (APPNOTE 4.3.12: at +24). */
function declareSize(zipBytes: Buffer, part: string, size: number): Buffer {
  const bytes = Buffer.from(zipBytes);
  for (let at = bytes.indexOf(CENTRAL_HEADER); at >= 0; at = bytes.indexOf(CENTRAL_HEADER, at + 4)) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString("utf8", at + 46, at + 46 + nameLength) === part) bytes.writeUInt32LE(size, at + 24);
  }
  return bytes;
}
const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

describe("sheets no program writes (classes 1 and 6)", () => {
  it("refuses a sheet of half a million empty rows (8 MB, under the size limits) before exceljs reads them", async () => {
    const dir = tempDir();
    const file = await editedWorkbook(dir, (zip) => {
      const rows = Array.from({ length: 500_000 }, (_, i) => `<row r="${i + 1000}"/>`).join("");
      editXml(zip, "xl/worksheets/sheet1.xml", (xml) => xml.replace("</sheetData>", () => `${rows}</sheetData>`));
    });
    const run = refused(dir, file, "half a million empty rows");
    expect([run.status, run.codes]).toEqual([2, ["input/too-large"]]);
    expect(run.message).toContain("其中 xl/worksheets/sheet1.xml 有 20000 行以上");
  });

  it("refuses a number cell holding 0x10, which exceljs reads as 0", async () => {
    const dir = tempDir();
    const file = await editedWorkbook(dir, (zip) => {
      const sheet = Object.keys(zip.files).find(
        (name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name) && /<c r="[A-Z]+\d+"( s="\d+")?><v>\d+<\/v>/.test(zip.file(name)!.asText()),
      )!;
      editXml(zip, sheet, (xml) => xml.replace(/(<c r="([A-Z]+\d+)"(?: s="\d+")?>)<v>\d+<\/v>/, "$1<v>0x10</v>"));
    });
    const run = refused(dir, file, "0x10 in a number cell");
    expect([run.status, run.codes]).toEqual([2, ["input/corrupt"]]);
    expect(run.message).toMatch(/的单元格 [A-Z]+\d+ 存有无效数值“0x10”/);
  });
});

describe("zips that inflate to far more than a workbook (class 1)", () => {
  it("refuses a part that declares 17 MB, before inflating it", async () => {
    const dir = tempDir();
    const file = await editedWorkbook(dir, (zip) => zip.file("xl/media/big.bin", Buffer.alloc(17 * 1024 * 1024)));
    const run = refused(dir, file, "part of 17 MB");
    expect([run.status, run.codes]).toEqual([2, ["input/too-large"]]);
    expect(run.message).toContain("其中 xl/media/big.bin 解压后有 17.0 MB");
  });

  it("refuses a part that inflates to more than it declares, stopping where it declared", async () => {
    const dir = tempDir();
    const zip = new PizZip(readFileSync(await buildWorkbook("2021")));
    zip.file("xl/media/bomb.bin", Buffer.alloc(12 * 1024 * 1024));
    writeFileSync(
      join(dir, "炸弹.xlsx"),
      declareSize(zip.generate({ type: "nodebuffer", compression: "DEFLATE" }), "xl/media/bomb.bin", 1024),
    );
    const run = refused(dir, "炸弹.xlsx", "part that lies about its size");
    expect([run.status, run.codes]).toEqual([2, ["input/corrupt"]]);
    expect(run.message).toContain("xl/media/bomb.bin 的校验和不符");
  });

  it("refuses a zip of 600 parts", async () => {
    const dir = tempDir();
    const file = await editedWorkbook(dir, (zip) => {
      for (let i = 0; i < 600; i++) zip.file(`xl/media/p${i}.bin`, "x");
    });
    const run = refused(dir, file, "600 parts");
    expect([run.status, run.codes, run.message]).toEqual([2, ["input/too-large"], expect.stringContaining("含 ")]);
  });
});

describe("corruption read as data (class 6)", () => {
  it("refuses a workbook with one bit flipped inside a part, naming the part", async () => {
    const dir = tempDir();
    const bytes = readFileSync(await buildWorkbook("2021"));
    // A bit in the middle of the shared strings' compressed data: the part still inflates, to other text.
    const name = Buffer.from("xl/sharedStrings.xml");
    const header = bytes.indexOf(name) - 30;
    const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
    const flipped = Buffer.from(bytes);
    flipped[start + Math.floor(bytes.readUInt32LE(header + 18) / 2)] ^= 0x10;
    writeFileSync(join(dir, "翻转.xlsx"), flipped);
    const run = refused(dir, "翻转.xlsx", "one bit flipped");
    expect([run.status, run.codes]).toEqual([2, ["input/corrupt"]]);
    expect(run.message).toContain("xl/sharedStrings.xml 的校验和不符");
  });
});

describe("names the file system cannot take (classes 4 and 8)", () => {
  it("writes the document and its manifest for an agency name of 70 characters, the name cut to fit", async () => {
    const dir = tempDir();
    const agency = `${"宁夏回族自治区银川市贺兰县".repeat(5)}局机关`.slice(0, 70);
    copyFileSync(await buildWorkbook("2021", { "meta.agency": agency }), join(dir, "长.xlsx"));
    const run = await nianbao(["generate", "长.xlsx", "-o", "出"], dir);
    expect(run.code).toBe(0);
    const written = readdirSync(join(dir, "出"));
    expect(written.map((name) => name.replace(/^2025年(.*)政府信息公开工作年度报告/, "…")).sort()).toEqual(["….docx", "….manifest.json"]);
    expect(Math.max(...written.map((name) => Buffer.byteLength(name)))).toBeLessThanOrEqual(255);
    expect(written[0]).toContain(agency.slice(0, 40));
  });

  it("drops right-to-left overrides and other invisible characters from the file name", async () => {
    const dir = tempDir();
    copyFileSync(await buildWorkbook("2021", { "meta.agency": "某县交通局\u202Excod.exe\u200B" }), join(dir, "怪.xlsx"));
    await nianbao(["generate", "怪.xlsx", "-o", "出"], dir);
    expect(readdirSync(join(dir, "出")).sort()).toEqual([
      "2025年某县交通局xcod.exe政府信息公开工作年度报告.docx",
      "2025年某县交通局xcod.exe政府信息公开工作年度报告.manifest.json",
    ]);
  });

  it("refuses an empty -o or --archive instead of writing into the current folder", async () => {
    const dir = tempDir();
    copyFileSync(await buildWorkbook("2021"), join(dir, "a.xlsx"));
    for (const args of [
      ["-o", ""],
      ["--archive", " "],
    ]) {
      const run = await nianbao(["generate", "a.xlsx", ...args], dir);
      expect([run.code, run.stderr]).toEqual([2, expect.stringContaining(`${args[0]} 后面应写文件夹或文件名，不能为空。`)]);
    }
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });
});

describe.runIf(existsSync("/proc/self"))("-o naming a place no folder can be made (class 8)", () => {
  it("ends at once with exit 3: /proc/x made Node's recursive mkdir retry for ever", async () => {
    const dir = tempDir();
    copyFileSync(await buildWorkbook("2021"), join(dir, "a.xlsx"));
    const run = spawnSync(process.execPath, [CLI, "generate", "a.xlsx", "-o", "/proc/x"], { cwd: dir, encoding: "utf8", timeout: 300_000 });
    expect([run.status, run.stderr.trim()]).toEqual([3, "无法写入 /proc/x：这里不能建立文件夹或文件"]);
  });
});

describe("messages in Chinese, never a library's English (class 7)", () => {
  it("says where a JSON file stops being JSON, by line and character", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "坏.json"), '{\n  "meta": {\n    "edition": "2021",,\n  }\n}');
    const run = await nianbao(["check", "坏.json"], dir);
    expect([run.code, run.stderr.trim()]).toEqual([2, "文件 坏.json 不是有效的 JSON：第 3 行第 23 个字符附近格式有误。"]);
  });

  it("calls a workbook whose XML is broken unreadable, without exceljs's words", async () => {
    const dir = tempDir();
    const file = await editedWorkbook(dir, (zip) => zip.file("xl/workbook.xml", "<workbook><sheets><sheet"));
    const run = await nianbao(["check", file], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("工作簿的内容无法解析");
    // The only Latin words a refusal may hold are the programs and the format it names.
    expect(run.stderr.replace(/Excel|WPS|\.xlsx/g, "")).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("names a file-system failure in words: a link to itself", async () => {
    const dir = tempDir();
    symlinkSync(join(dir, "环.xlsx"), join(dir, "环.xlsx"));
    const run = await nianbao(["check", "环.xlsx"], dir);
    expect([run.code, run.stderr]).toEqual([2, expect.stringContaining("链接指向自身")]);
  });
});

describe("output to a pipe closed early (`nianbao check … | head`)", () => {
  it("stops quietly with the check's own exit code, no EPIPE stack trace", async () => {
    const dir = tempDir();
    copyFileSync(await buildWorkbook("2021", {}, { baseline: false }), join(dir, "空白.xlsx"));
    const child = spawn(process.execPath, [CLI, "check", "空白.xlsx"], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // The reader is gone before the first line is written, as when `head` has exited.
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/EPIPE|at |node:/);
  });
});
