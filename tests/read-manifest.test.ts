/**
 * A manifest as `verify` and the archive read it, case by case on files written by hand: the shape nianbao writes
 * (the Word document's record required, every other format's null or absent), what makes one unreadable, and
 * records naming files outside the manifest's folder.
 *
 * Covers: src/pipeline/read-manifest.ts.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest, readManifestFile } from "../src/pipeline/read-manifest.js";
import { tempDir } from "./helpers/fixtures.js";

const HASH = "a".repeat(64);
const docx = { file: "报告.docx", sha256: HASH };

function written(content: unknown): string {
  const file = join(tempDir(), "报告.manifest.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

describe("a manifest's shape", () => {
  it("takes the Word document's record alone, and the other formats' as null or records, keeping what else it holds", async () => {
    const minimal = { tool: { name: "nianbao", version: "0.1.0" }, output: docx, warnings: ["x"] };
    expect(await readManifestFile(written(minimal))).toEqual({ manifest: minimal });
    const full = { ...minimal, html: { file: "报告.html", sha256: HASH }, pdf: null, source: { file: "报告.xlsx", sha256: HASH } };
    expect(await readManifest(written(full))).toEqual(full);
  });

  it.each([
    ["another tool's", { tool: { name: "other" }, output: docx }],
    ["no Word document's record", { tool: { name: "nianbao" } }],
    ["a Word document's record of null", { tool: { name: "nianbao" }, output: null }],
    ["a digest that is no SHA-256", { tool: { name: "nianbao" }, output: { file: "报告.docx", sha256: "ABC" } }],
    ["a digest in capitals", { tool: { name: "nianbao" }, output: { file: "报告.docx", sha256: "A".repeat(64) } }],
    ["a page's record that is no record", { tool: { name: "nianbao" }, output: docx, html: "报告.html" }],
    ["a source of null", { tool: { name: "nianbao" }, output: docx, source: null }],
  ])("refuses %s as unreadable", async (_, content) => {
    expect(await readManifestFile(written(content))).toEqual({ problem: "unreadable" });
  });

  it("refuses what is not JSON, too large, missing or a folder as unreadable", async () => {
    expect(await readManifestFile(written("{ not json"))).toEqual({ problem: "unreadable" });
    const large = { tool: { name: "nianbao" }, output: docx, warnings: ["长".repeat(1_500_000)] };
    expect(await readManifestFile(written(large))).toEqual({ problem: "unreadable" });
    expect(await readManifestFile(join(tempDir(), "没有.manifest.json"))).toEqual({ problem: "unreadable" });
    const folder = join(tempDir(), "是文件夹.manifest.json");
    mkdirSync(folder);
    expect(await readManifestFile(folder)).toEqual({ problem: "unreadable" });
    expect(await readManifest(folder)).toBeUndefined();
  });
});

describe("a manifest's records", () => {
  it.each(["../报告.docx", "/etc/passwd", "子/报告.docx", "子\\报告.docx", "C:报告.docx", "..", ".", "报\0告.docx"])(
    "name no file outside the manifest's folder: %j is refused, with every such name",
    async (name) => {
      const content = { tool: { name: "nianbao" }, output: { file: name, sha256: HASH }, html: { file: "../x.html", sha256: HASH } };
      expect(await readManifestFile(written(content))).toEqual({ problem: "outside", names: [name, "../x.html"] });
      expect(await readManifest(written(content))).toBeUndefined();
    },
  );
});
