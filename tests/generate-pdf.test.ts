/**
 * What `generate --pdf` says and files around the conversion, with a stand-in for LibreOffice (no LibreOffice
 * needed): the PDF listed among the files written and recorded in the manifest, the archive's PDF/A line, and a
 * failed conversion said in our words, with the .docx written and exit 3. pdf.test.ts converts with LibreOffice.
 *
 * Covers: src/cli/generate-command.ts, src/pdf/convert-to-pdf.ts.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../src/io/hash.js";
import { nianbao } from "./helpers/cli.js";
import { tempDir } from "./helpers/fixtures.js";
import { standInConverter, withSoffice } from "./helpers/stand-in-soffice.js";

const BASE = "2025年示范市自然资源局政府信息公开工作年度报告";

/** A folder of its own holding the 2025 example as 示范.xlsx. */
function withExample(): string {
  const dir = tempDir();
  copyFileSync("inputs/2025-示范市自然资源局.xlsx", join(dir, "示范.xlsx"));
  return dir;
}

async function generateWith(soffice: string, args: string[]) {
  const dir = withExample();
  return { dir, ...(await withSoffice(soffice, () => nianbao(["generate", "示范.xlsx", ...args, "--pdf"], dir))) };
}

describe("generate --pdf around the conversion", () => {
  it("lists the PDF after the documents and before the manifest, and records it there", async () => {
    const run = await generateWith(standInConverter("%PDF-1.7 stand-in"), ["-o", "出"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const written = run.stdout.split("\n").filter((line) => line.startsWith("已生成："));
    expect(written).toEqual([`已生成：出/${BASE}.docx`, `已生成：出/${BASE}.pdf`, `已生成：出/${BASE}.manifest.json`]);
    expect(readFileSync(join(run.dir, "出", `${BASE}.pdf`), "utf8")).toBe("%PDF-1.7 stand-in");
    const manifest = JSON.parse(readFileSync(join(run.dir, "出", `${BASE}.manifest.json`), "utf8")) as {
      pdf: { file: string; sha256: string; pdfA?: boolean };
    };
    expect(manifest.pdf).toMatchObject({ file: `${BASE}.pdf`, sha256: sha256(Buffer.from("%PDF-1.7 stand-in")) });
    expect(run.stdout).not.toContain("PDF/A");
  });

  it("says the archive's PDF is PDF/A after the version it filed", async () => {
    const run = await generateWith(standInConverter("%PDF-1.7 stand-in"), ["--archive", "档案"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines.slice(-2)).toEqual([
      `已存档为第 1 版：档案/2025/示范市自然资源局/v1`,
      "存档的 PDF 为 PDF/A-2b 格式（字体已嵌入），符合电子文件长期保存的要求。",
    ]);
    expect(existsSync(join(run.dir, "档案", "2025", "示范市自然资源局", "v1", `${BASE}.pdf`))).toBe(true);
  });

  it("files the same report again with its PDF as nothing new, but as a new version where the last one has no PDF", async () => {
    const soffice = standInConverter("%PDF-1.7 stand-in");
    const run = await generateWith(soffice, ["--archive", "档案"]);
    const again = await withSoffice(soffice, () => nianbao(["generate", "示范.xlsx", "--archive", "档案", "--pdf"], run.dir));
    expect([again.code, again.stdout]).toEqual([0, expect.stringContaining("未变化：与存档中的第 1 版")]);
    expect(readdirSync(join(run.dir, "档案", "2025", "示范市自然资源局"))).toEqual(["v1"]);

    const dir = withExample();
    expect((await nianbao(["generate", "示范.xlsx", "--archive", "档案"], dir)).code).toBe(0);
    const asked = await withSoffice(soffice, () => nianbao(["generate", "示范.xlsx", "--archive", "档案", "--pdf"], dir));
    expect([asked.code, asked.stdout]).toEqual([0, expect.stringContaining("已存档为第 2 版")]);
    expect(existsSync(join(dir, "档案", "2025", "示范市自然资源局", "v2", `${BASE}.pdf`))).toBe(true);
  });

  it("says a failed conversion in our words, keeps the .docx, writes no PDF, and exits 3", async () => {
    const run = await generateWith(standInConverter(undefined), ["-o", "出"]);
    expect(run.code).toBe(3);
    expect(run.stderr.trim()).toBe(
      "PDF 转换失败（Word 文档已生成）：LibreOffice 没能转换这份文档。可以用 Word 或 WPS 打开 Word 文档，另存为 PDF。",
    );
    expect(run.stderr).not.toContain("source file could not be loaded");
    expect(readdirSync(join(run.dir, "出")).sort()).toEqual([`${BASE}.docx`, `${BASE}.manifest.json`]);
    expect(run.stdout).not.toContain(".pdf");
  });
});
