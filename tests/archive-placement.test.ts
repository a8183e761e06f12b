/**
 * How a version is filed in the archive, below the command: written into a staging folder, named v1, v2, … in one
 * rename, never over another version, and nothing left behind when abandoned. archive.test.ts holds what
 * `generate --archive` files; this holds the placement itself.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { latestVersionFolder, nextVersionPlacement, VERSION_FOLDER } from "../src/pipeline/archive.js";
import { tempDir } from "./helpers/fixtures.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("filing a version", () => {
  it("writes into a hidden staging folder that becomes v1 whole, in one rename", async () => {
    const folder = join(tempDir(), "2025", "示范局");
    const placement = await nextVersionPlacement(folder);
    await placement.write("报告.docx", bytes("docx"));
    await placement.write("报告.manifest.json", bytes("{}"));
    const [staging] = readdirSync(folder);
    expect(staging).toMatch(/^\.staging-[0-9a-f]{12}$/);
    expect(await latestVersionFolder(folder)).toBeUndefined();
    expect(await placement.commit()).toEqual({ folder: join(folder, "v1"), version: 1 });
    expect(readdirSync(folder)).toEqual(["v1"]);
    expect(readdirSync(join(folder, "v1")).sort()).toEqual(["报告.docx", "报告.manifest.json"]);
    await placement.abandon();
    expect(readFileSync(join(folder, "v1", "报告.docx"), "utf8")).toBe("docx");
  });

  it("files the next number after the highest version, counted as numbers, whatever else the folder holds", async () => {
    const folder = tempDir();
    for (const name of ["v2", "v10", "v9", "v0", "v01", "v1234567", "x11", "v11.bak"]) mkdirSync(join(folder, name));
    expect(await latestVersionFolder(folder)).toBe(join(folder, "v10"));
    const placement = await nextVersionPlacement(folder);
    await placement.write("a.txt", bytes("a"));
    expect((await placement.commit()).version).toBe(11);
    expect(["v1", "v999999", "v100000"].every((name) => VERSION_FOLDER.test(name))).toBe(true);
    expect(["v0", "v01", "v1000000", "v1 ", "V1"].some((name) => VERSION_FOLDER.test(name))).toBe(false);
  });

  it("gives two runs filing at once two versions, neither written over", async () => {
    const folder = tempDir();
    const first = await nextVersionPlacement(folder);
    const second = await nextVersionPlacement(folder);
    await first.write("报告.docx", bytes("first"));
    await second.write("报告.docx", bytes("second"));
    const filed = await Promise.all([first.commit(), second.commit()]);
    expect(filed.map((version) => version.version).sort()).toEqual([1, 2]);
    expect(readdirSync(folder).sort()).toEqual(["v1", "v2"]);
    const texts = ["v1", "v2"].map((version) => readFileSync(join(folder, version, "报告.docx"), "utf8")).sort();
    expect(texts).toEqual(["first", "second"]);
  });

  it("leaves nothing when abandoned before its commit", async () => {
    const folder = tempDir();
    const placement = await nextVersionPlacement(folder);
    await placement.write("报告.docx", bytes("docx"));
    await placement.abandon();
    expect(readdirSync(folder)).toEqual([]);
    expect(await latestVersionFolder(folder)).toBeUndefined();
  });

  it("names the agency's folder, not its own staging folder, when a write fails, and never writes a file twice", async () => {
    const folder = tempDir();
    const placement = await nextVersionPlacement(folder);
    await placement.write("报告.docx", bytes("docx"));
    const error = (await placement.write("报告.docx", bytes("again")).catch((e: unknown) => e)) as NodeJS.ErrnoException;
    expect([error.code, error.path]).toEqual(["EEXIST", folder]);
    await placement.abandon();
  });

  it("gives up on a failure other than a version filed meanwhile", async () => {
    const folder = tempDir();
    const placement = await nextVersionPlacement(folder);
    const [staging] = readdirSync(folder);
    rmSync(join(folder, staging), { recursive: true });
    const error = (await placement.commit().catch((e: unknown) => e)) as NodeJS.ErrnoException;
    expect(error.code).toBe("ENOENT");
    expect(readdirSync(folder)).toEqual([]);
  });
});
