/** `generate --archive`: each report filed as a version under DIR/<year>/<agency>/, re-runs, and `nianbao verify`. *
 * Covers: src/outputs/formats.ts, src/pipeline/archive.ts, src/pipeline/document-names.ts, src/pipeline/read-manifest.ts.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../src/io/hash.js";
import type { Manifest } from "../src/pipeline/manifest.js";
import { hasCommand } from "./helpers/docx.js";
import { buildWorkbook, tempDir } from "./helpers/fixtures.js";
import { nianbao } from "./helpers/cli.js";

const DOCX = "2025年某县交通运输局政府信息公开工作年度报告";

/** A county's collected workbooks: two good ones and one with an error. */
async function collected(): Promise<string> {
  const dir = tempDir();
  mkdirSync(join(dir, "收集"));
  const made = async (name: string, delta: Record<string, unknown>) =>
    copyFileSync(await buildWorkbook("2021", delta as never), join(dir, "收集", name));
  await made("交通局.xlsx", { "meta.agency": "某县交通运输局" });
  await made("教育局.xlsx", { "meta.agency": "某县教育局" });
  await made("财政局.xlsx", { "meta.agency": "某县财政局", "review.upheld": "十二" });
  return dir;
}

type Item = { input: string; status: string; output?: string; version?: number };
const generate = async (dir: string, ...extra: string[]) => {
  const run = await nianbao(["generate", "收集", "--archive", "档案", "-o", "出", "--json", ...extra], dir);
  return { ...run, items: JSON.parse(run.stdout) as Item[] };
};
const folderOf = (dir: string, agency: string) => join(dir, "档案", "2025", agency);

describe("generate --archive", () => {
  it("files each report as v1 with its document, its manifest and a copy of the workbook validated", async () => {
    const dir = await collected();
    const run = await generate(dir);
    expect(run.code).toBe(1); // 财政局 has an error
    expect(run.items.map((item) => [item.input, item.status, item.version])).toEqual([
      ["收集/交通局.xlsx", "generated", 1],
      ["收集/教育局.xlsx", "generated", 1],
      ["收集/财政局.xlsx", "invalid", undefined],
    ]);
    const v1 = join(folderOf(dir, "某县交通运输局"), "v1");
    expect(readdirSync(v1).sort()).toEqual([`${DOCX}.docx`, `${DOCX}.manifest.json`, "交通局.xlsx"]);
    expect(run.items[0].output).toBe(`档案/2025/某县交通运输局/v1/${DOCX}.docx`);
    const manifest = JSON.parse(readFileSync(join(v1, `${DOCX}.manifest.json`), "utf8")) as Manifest;
    const source = readFileSync(join(dir, "收集", "交通局.xlsx"));
    expect(manifest.source).toEqual({ file: "交通局.xlsx", sha256: sha256(source) });
    expect(readFileSync(join(v1, "交通局.xlsx")).equals(source)).toBe(true);
    expect(manifest.output.sha256).toBe(sha256(readFileSync(join(v1, `${DOCX}.docx`))));
    expect(existsSync(folderOf(dir, "某县财政局"))).toBe(false);
    // Nothing is left in the archive but versions: no staging folder.
    expect(readdirSync(folderOf(dir, "某县交通运输局"))).toEqual(["v1"]);
  });

  it("does nothing for an unchanged workbook and says so; files a changed one as v2 beside v1, which stays as it was", async () => {
    const dir = await collected();
    rmSync(join(dir, "收集", "财政局.xlsx"));
    await generate(dir);
    const v1 = join(folderOf(dir, "某县交通运输局"), "v1");
    const before = readdirSync(v1).map((name) => sha256(readFileSync(join(v1, name))));

    const again = await nianbao(["generate", "收集", "--archive", "档案", "-o", "出", "--force"], dir);
    expect(again.code).toBe(0);
    const rows = again.stdout.split("\n").map((line) => line.split(" | ").map((cell) => cell.trim()));
    expect(rows).toContainEqual(["收集/交通局.xlsx", "某县交通运输局", "2025", "未变化", "0", "0"]);
    expect(again.stdout.trim().split("\n").at(-1)).toMatch(/^共 2 份：已生成 0 份，未变化 2 份，未生成 0 份。/);
    expect(readdirSync(folderOf(dir, "某县交通运输局"))).toEqual(["v1"]);

    copyFileSync(
      await buildWorkbook("2021", { "meta.agency": "某县交通运输局", "active.rules.issued": 3 }),
      join(dir, "收集", "交通局.xlsx"),
    );
    const changed = await generate(dir, "--force");
    expect(changed.items.map((item) => [item.status, item.version])).toEqual([
      ["generated", 2],
      ["unchanged", 1],
    ]);
    expect(readdirSync(folderOf(dir, "某县交通运输局")).sort()).toEqual(["v1", "v2"]);
    expect(readdirSync(v1).map((name) => sha256(readFileSync(join(v1, name))))).toEqual(before);
  });

  it("says so for one workbook too, and exits 0", async () => {
    const dir = tempDir();
    const workbook = await buildWorkbook("2021", { "meta.agency": "某县交通运输局" });
    const first = await nianbao(["generate", workbook, "--archive", "档案"], dir);
    expect(first.stdout).toContain("已存档为第 1 版：档案/2025/某县交通运输局/v1");
    const second = await nianbao(["generate", workbook, "--archive", "档案"], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("未变化：与存档中的第 1 版（档案/2025/某县交通运输局/v1）相同，没有写入新的版本。");
  });
});

describe("nianbao verify", () => {
  it("finds an archive intact, then names a changed, a missing and an unexpected file, and exits 1", async () => {
    const dir = await collected();
    await generate(dir);
    const intact = await nianbao(["verify", "档案"], dir);
    expect([intact.code, intact.stdout.split("\n")[0]]).toEqual([0, "核对存档 档案：存档清单 3 份，重新计算了 5 个文件的 SHA-256。"]);
    expect(intact.stdout).toContain("存档完整");

    const transport = join(folderOf(dir, "某县交通运输局"), "v1");
    appendFileSync(join(transport, `${DOCX}.docx`), "x");
    rmSync(join(folderOf(dir, "某县教育局"), "v1", "教育局.xlsx"));
    writeFileSync(join(transport, "说明.txt"), "后来放进去的");
    const broken = await nianbao(["verify", "档案", "--json"], dir);
    expect(broken.code).toBe(1);
    const result = JSON.parse(broken.stdout) as { valid: boolean; findings: { code: string; file: string; message: string }[] };
    expect(result.valid).toBe(false);
    expect(result.findings.map((f) => [f.code, f.file])).toEqual([
      ["archive/changed", join("2025", "某县交通运输局", "v1", `${DOCX}.docx`)],
      ["archive/missing", join("2025", "某县教育局", "v1", "教育局.xlsx")],
      ["archive/unexpected", join("2025", "某县交通运输局", "v1", "说明.txt")],
    ]);
    expect(result.findings[0].message).toMatch(
      /^文件 2025\/某县交通运输局\/v1\/.+\.docx 与存档清单 .+\.manifest\.json 记录的不一致（SHA-256 应为 [0-9a-f]{64}，实际为 [0-9a-f]{64}）：存档后被修改过。$/,
    );
  });

  it("cannot vouch for files whose manifest is damaged, and refuses a folder that does not exist (exit 2)", async () => {
    const dir = await collected();
    await generate(dir);
    writeFileSync(join(folderOf(dir, "某县教育局"), "v1", "2025年某县教育局政府信息公开工作年度报告.manifest.json"), "{");
    const run = await nianbao(["verify", "档案", "--json"], dir);
    const codes = (JSON.parse(run.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
    expect([run.code, codes]).toEqual([1, ["archive/manifest-unreadable", "archive/unexpected", "archive/unexpected"]]);
    const missing = await nianbao(["verify", "没有这个文件夹"], dir);
    expect([missing.code, missing.stderr]).toEqual([2, `在文件夹 ${dir} 中找不到 没有这个文件夹。请检查文件名和所在的文件夹是否正确。\n`]);
  });
});

describe.runIf(hasCommand("soffice") && hasCommand("pdfinfo"))("the archive's PDF", () => {
  it("is PDF/A-2b with its fonts embedded, and recorded in the manifest", async () => {
    const dir = tempDir();
    const workbook = await buildWorkbook("2021", { "meta.agency": "某县交通运输局" });
    const run = await nianbao(["generate", workbook, "--archive", "档案", "--pdf"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("PDF/A-2b");
    const v1 = join(dir, "档案", "2025", "某县交通运输局", "v1");
    const pdf = join(v1, `${DOCX}.pdf`);
    const xmp = execFileSync("pdfinfo", ["-meta", pdf], { encoding: "utf8" });
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    const fonts = spawnSync("pdffonts", [pdf], { encoding: "utf8" }).stdout.split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((line) => / yes +yes +yes /.test(line))).toBe(true); // every font embedded, subset, with a Unicode map
    const manifest = JSON.parse(readFileSync(join(v1, `${DOCX}.manifest.json`), "utf8")) as Manifest;
    expect(manifest.pdf).toMatchObject({ file: `${DOCX}.pdf`, sha256: sha256(readFileSync(pdf)), pdfA: true });
    expect((await nianbao(["verify", "档案"], dir)).code).toBe(0);
  });
});
