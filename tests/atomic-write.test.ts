/**
 * Writing whole files or nothing, and clearing what killed runs left, on real folders: names written out by hand,
 * ages set with utimes.
 *
 * Covers: src/io/atomic-write.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  isWorkInProgressName,
  placeFilesSync,
  removeStaleTemporaries,
  STALE_AFTER_MS,
  TargetExistsError,
  writeFileAtomic,
  writeTemporary,
  writeUnderFreeName,
} from "../src/io/atomic-write.js";
import { tempDir } from "./helpers/fixtures.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("writing a whole file or nothing", () => {
  it("writes a new file, never over an existing one unless asked, and leaves no temporary file", async () => {
    const dir = tempDir();
    const path = join(dir, "新建", "报告.docx");
    await writeFileAtomic(path, bytes("一"));
    await expect(writeFileAtomic(path, bytes("二"))).rejects.toBeInstanceOf(TargetExistsError);
    expect(readFileSync(path, "utf8")).toBe("一");
    await writeFileAtomic(path, bytes("三"), { overwrite: true });
    expect(readFileSync(path, "utf8")).toBe("三");
    expect(readdirSync(join(dir, "新建"))).toEqual(["报告.docx"]);
  });

  it("names its temporary files .nianbao-<12 hex digits>.tmp beside the target", async () => {
    const dir = tempDir();
    const temporary = await writeTemporary(join(dir, "报告.docx"), bytes("x"));
    expect(temporary.slice(dir.length + 1)).toMatch(/^\.nianbao-[0-9a-f]{12}\.tmp$/);
    expect(readFileSync(temporary, "utf8")).toBe("x");
  });

  it("places several files together, or removes the ones it placed when one cannot be", async () => {
    const dir = tempDir();
    const a = await writeTemporary(join(dir, "a"), bytes("a"));
    const b = await writeTemporary(join(dir, "b"), bytes("b"));
    writeFileSync(join(dir, "b"), "the clerk's");
    let thrown: unknown;
    try {
      placeFilesSync(
        new Map([
          [join(dir, "a"), a],
          [join(dir, "b"), b],
        ]),
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TargetExistsError);
    expect([(thrown as TargetExistsError).path, (thrown as Error).name]).toEqual([join(dir, "b"), "TargetExistsError"]);
    expect(existsSync(join(dir, "a"))).toBe(false);
    expect(readFileSync(join(dir, "b"), "utf8")).toBe("the clerk's");
  });

  it("says a failure other than an existing file as it is; with overwrite, keeps what it placed before the failure", async () => {
    const dir = tempDir();
    const a = await writeTemporary(join(dir, "a"), bytes("a"));
    expect(() => placeFilesSync(new Map([[join(dir, "没有", "a"), a]]))).toThrow(expect.objectContaining({ code: "ENOENT" }));
    const b = await writeTemporary(join(dir, "b"), bytes("b"));
    expect(() =>
      placeFilesSync(
        new Map([
          [join(dir, "a"), a],
          [join(dir, "没有", "b"), b],
        ]),
        { overwrite: true },
      ),
    ).toThrow(expect.objectContaining({ code: "ENOENT" }));
    expect(readFileSync(join(dir, "a"), "utf8")).toBe("a");
  });

  it("turns a failed write under a free name into an OutputError naming the path", async () => {
    await expect(writeUnderFreeName(() => "/proc/nianbao-x/汇总.xlsx", bytes("x"))).rejects.toMatchObject({
      name: "OutputError",
      path: "/proc/nianbao-x",
      code: "ENOENT",
    });
  });

  it("writes under the first free name: 1, then 2", async () => {
    const dir = tempDir();
    const name = (n: number) => join(dir, n === 1 ? "汇总.xlsx" : `汇总-${n}.xlsx`);
    expect(await writeUnderFreeName(name, bytes("一"))).toBe(join(dir, "汇总.xlsx"));
    expect(await writeUnderFreeName(name, bytes("二"))).toBe(join(dir, "汇总-2.xlsx"));
    expect(readFileSync(join(dir, "汇总.xlsx"), "utf8")).toBe("一");
  });
});

describe("what killed runs left", () => {
  it.each([
    [".nianbao-0123456789ab.tmp", true],
    [".nianbao-pdf-Ab12Z9", true],
    [".staging-0123456789ab", true],
    [".nianbao-0123456789AB.tmp", false],
    [".nianbao-0123456789a.tmp", false],
    ["x.nianbao-0123456789ab.tmp", false],
    [".nianbao-pdf-Ab12Z", false],
    [".staging-0123456789abc", false],
    ["报告.docx", false],
  ])("%s is a run's own name: %s", (name, own) => {
    expect(isWorkInProgressName(name)).toBe(own);
  });

  it("removes files and folders older than ten minutes, keeps younger ones, links and other names", async () => {
    const dir = tempDir();
    const now = Date.now();
    const age = (path: string, ms: number) => utimesSync(path, (now - ms) / 1000, (now - ms) / 1000);
    const old = STALE_AFTER_MS + 60_000;
    const young = STALE_AFTER_MS - 60_000;
    writeFileSync(join(dir, ".nianbao-aaaaaaaaaaaa.tmp"), "");
    age(join(dir, ".nianbao-aaaaaaaaaaaa.tmp"), old);
    writeFileSync(join(dir, ".nianbao-bbbbbbbbbbbb.tmp"), "");
    age(join(dir, ".nianbao-bbbbbbbbbbbb.tmp"), young);
    mkdirSync(join(dir, ".staging-cccccccccccc"));
    writeFileSync(join(dir, ".staging-cccccccccccc", "v1.docx"), "");
    age(join(dir, ".staging-cccccccccccc", "v1.docx"), old);
    age(join(dir, ".staging-cccccccccccc"), old);
    // A conversion still writing: the folder is old, a file in it is not.
    mkdirSync(join(dir, ".nianbao-pdf-Abc123"));
    writeFileSync(join(dir, ".nianbao-pdf-Abc123", "a.pdf"), "");
    age(join(dir, ".nianbao-pdf-Abc123", "a.pdf"), young);
    age(join(dir, ".nianbao-pdf-Abc123"), old);
    writeFileSync(join(dir, "报告.docx"), "");
    age(join(dir, "报告.docx"), old);
    symlinkSync(join(dir, "报告.docx"), join(dir, ".nianbao-dddddddddddd.tmp"));
    // A file under a folder's name, and a folder under a file's: not what a run makes of that name.
    mkdirSync(join(dir, ".nianbao-eeeeeeeeeeee.tmp"));
    age(join(dir, ".nianbao-eeeeeeeeeeee.tmp"), old);
    writeFileSync(join(dir, ".staging-ffffffffffff"), "");
    age(join(dir, ".staging-ffffffffffff"), old);
    await removeStaleTemporaries(dir, now);
    expect(readdirSync(dir).sort()).toEqual(
      [
        ".nianbao-bbbbbbbbbbbb.tmp",
        ".nianbao-dddddddddddd.tmp",
        ".nianbao-eeeeeeeeeeee.tmp",
        ".nianbao-pdf-Abc123",
        ".staging-ffffffffffff",
        "报告.docx",
      ].sort(),
    );
  });

  it("keeps a file exactly ten minutes old, and removes it a second later", async () => {
    const dir = tempDir();
    const file = join(dir, ".nianbao-aaaaaaaaaaaa.tmp");
    writeFileSync(file, "");
    const mtime = statSync(file).mtimeMs;
    await removeStaleTemporaries(dir, mtime + STALE_AFTER_MS);
    expect(existsSync(file)).toBe(true);
    await removeStaleTemporaries(dir, mtime + STALE_AFTER_MS + 1000);
    expect(existsSync(file)).toBe(false);
  });

  it("passes over a folder that is not there", async () => {
    await expect(removeStaleTemporaries(join(tempDir(), "没有"))).resolves.toBeUndefined();
  });
});
