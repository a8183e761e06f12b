/**
 * The file system's edge, on real files: agency names made file names (hand-written cases), a file read only if it
 * is a regular file, folders made in bounded time.
 *
 * Covers: src/io/file-names.ts, src/io/read-regular.ts, src/io/folders.ts, src/io/output-error.ts.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agencyKey, isFolderName, MAX_NAME_BYTES, safeFileName } from "../src/io/file-names.js";
import { makeFolder } from "../src/io/folders.js";
import { readRegularFile } from "../src/io/read-regular.js";
import { asOutputError, OutputError } from "../src/io/output-error.js";
import { tempDir } from "./helpers/fixtures.js";

describe("an agency's name as a file name", () => {
  it.each([
    ["贺兰县交通运输局", "贺兰县交通运输局"],
    ['贺兰县/交通:运输*局?"<>|\\', "贺兰县交通运输局"],
    ["贺兰县 交通运输局\t\n", "贺兰县交通运输局"],
    ["局\u202Excod.exe", "局xcod.exe"],
    ["局\u0007\u200b名", "局名"],
    ["", ""],
  ])("%j → %j", (name, file) => {
    expect(safeFileName(name)).toBe(file);
  });

  it("is cut to 150 bytes of UTF-8, whole characters only", () => {
    // 局 is three bytes: 50 of them are 150 bytes, and a 51st would be 153.
    expect(safeFileName("局".repeat(51))).toBe("局".repeat(50));
    expect(safeFileName(`a${"局".repeat(50)}`)).toBe(`a${"局".repeat(49)}`);
    expect(MAX_NAME_BYTES).toBe(150);
    expect(safeFileName("局".repeat(50))).toBe("局".repeat(50));
  });

  it("keys one agency alike in full- and half-width forms", () => {
    expect(agencyKey("ＡＢＣ局（一）")).toBe(agencyKey("ABC局(一)"));
    expect(agencyKey("ＡＢＣ局")).toBe("ABC局");
  });

  it.each([
    ["档案", true],
    ["", false],
    [".", false],
    ["..", false],
    ["...", false],
    [".档案", true],
  ])("%j can be a folder of its own: %s", (name, folder) => {
    expect(isFolderName(name)).toBe(folder);
  });
});

describe("reading a regular file", () => {
  it("reads a file, and says what a missing path, a link, a folder and a pipe are", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.json"), "{}");
    symlinkSync(join(dir, "a.json"), join(dir, "link.json"));
    mkdirSync(join(dir, "folder"));
    execFileSync("mkfifo", [join(dir, "pipe")]);
    expect(await readRegularFile(join(dir, "a.json"))).toEqual({ bytes: Buffer.from("{}") });
    expect(await readRegularFile(join(dir, "none.json"))).toEqual({ problem: "missing" });
    expect(await readRegularFile(join(dir, "link.json"))).toEqual({ problem: "link" });
    expect(await readRegularFile(join(dir, "folder"))).toEqual({ problem: "not-a-file" });
    expect(await readRegularFile(join(dir, "pipe"))).toEqual({ problem: "not-a-file" });
  });
});

describe("making folders", () => {
  it("makes every missing parent, accepts one that exists, refuses a file in the way", async () => {
    const dir = tempDir();
    await makeFolder(join(dir, "一", "二", "三"));
    expect(statSync(join(dir, "一", "二", "三")).isDirectory()).toBe(true);
    await expect(makeFolder(join(dir, "一", "二"))).resolves.toBeUndefined();
    writeFileSync(join(dir, "文件"), "");
    await expect(makeFolder(join(dir, "文件"))).rejects.toMatchObject({ code: "EEXIST" });
    await expect(makeFolder(join(dir, "文件", "下"))).rejects.toMatchObject({ code: "ENOTDIR" });
  });

  it("stops where the system refuses new folders (/proc), where mkdir -p would retry for ever", async () => {
    await expect(makeFolder("/proc/nianbao-x/y")).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("an output error", () => {
  it("is made from a file-system error, with the error's path or the one given; anything else passes unchanged", () => {
    const failure = (fields: object) => Object.assign(new Error("x"), fields);
    expect(asOutputError(failure({ code: "ENOSPC", syscall: "write", path: "/a/b.docx" }), "/a")).toMatchObject({
      name: "OutputError",
      path: "/a/b.docx",
      code: "ENOSPC",
      message: "ENOSPC: /a/b.docx",
    });
    expect(asOutputError(failure({ code: "EACCES", syscall: "open" }), "/a")).toMatchObject({ path: "/a", code: "EACCES" });
    for (const other of [failure({ code: "EACCES" }), failure({ syscall: "open" }), { code: "EACCES", syscall: "open" }, "EACCES"])
      expect(asOutputError(other, "/a")).toBe(other);
    expect(new OutputError("/a", undefined).message).toBe("error: /a");
  });
});
