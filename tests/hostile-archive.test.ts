/**
 * The archive attacked (issue 24, items 8-11): links and pipes in place of recorded files and manifests, manifests
 * naming files outside their version, folders named like impossible versions, and what killed runs left behind.
 *
 * Covers: src/io/read-regular.ts, src/pipeline/read-manifest.ts.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STALE_AFTER_MS } from "../src/io/atomic-write.js";
import { sha256 } from "../src/io/hash.js";
import type { Manifest } from "../src/pipeline/manifest.js";
import { verifyArchive } from "../src/pipeline/verify.js";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, tempDir } from "./helpers/fixtures.js";

const DOCX = "2025年某县交通运输局政府信息公开工作年度报告";
const MANIFEST = `${DOCX}.manifest.json`;

/** An archive holding one version, v1, of one agency's report. */
async function archived(): Promise<{ dir: string; archive: string; v1: string }> {
  const dir = tempDir();
  copyFileSync(await buildWorkbook("2021", { "meta.agency": "某县交通运输局" } as never), join(dir, "交通局.xlsx"));
  const run = await nianbao(["generate", "交通局.xlsx", "--archive", "档案"], dir);
  expect(run.code).toBe(0);
  const archive = join(dir, "档案");
  return { dir, archive, v1: join(archive, "2025", "某县交通运输局", "v1") };
}

const codesOf = async (archive: string) => (await verifyArchive(archive)).findings.map((finding) => [finding.code, finding.file]);
const mkfifo = (path: string) => execFileSync("mkfifo", [path]);
const canMakePipes = process.platform !== "win32";
const rewriteManifest = (v1: string, change: (manifest: Manifest) => void) => {
  const manifest = JSON.parse(readFileSync(join(v1, MANIFEST), "utf8")) as Manifest;
  change(manifest);
  writeFileSync(join(v1, MANIFEST), JSON.stringify(manifest));
};
const inV1 = (name: string) => join("2025", "某县交通运输局", "v1", name);

describe("verify never follows a link or opens a special file inside the archive", () => {
  it("reports a recorded file replaced by a link to /etc/passwd, even with the manifest given its hash", async () => {
    const { archive, v1 } = await archived();
    rmSync(join(v1, "交通局.xlsx"));
    symlinkSync("/etc/passwd", join(v1, "交通局.xlsx"));
    rewriteManifest(v1, (manifest) => (manifest.source = { file: "交通局.xlsx", sha256: sha256(readFileSync("/etc/passwd")) }));
    const result = await verifyArchive(archive);
    expect(result.valid).toBe(false);
    expect(result.findings.map((finding) => [finding.code, finding.file])).toEqual([["archive/link", inV1("交通局.xlsx")]]);
    expect(result.files).toBe(1); // the .docx alone was hashed
  });

  it("reports a link to /dev/zero with a message, and a link no manifest records", async () => {
    const { archive, v1 } = await archived();
    rmSync(join(v1, `${DOCX}.docx`));
    symlinkSync("/dev/zero", join(v1, `${DOCX}.docx`));
    symlinkSync("/", join(v1, "根"));
    const result = await verifyArchive(archive);
    expect(result.findings.map((finding) => [finding.code, finding.file])).toEqual([
      ["archive/link", inV1(`${DOCX}.docx`)],
      ["archive/link", inV1("根")],
    ]);
    expect(result.findings[0].message).toContain("是一个链接");
  });

  it.skipIf(!canMakePipes)("reports a pipe in place of a recorded file or a manifest without waiting on it", async () => {
    const { archive, v1 } = await archived();
    rmSync(join(v1, "交通局.xlsx"));
    mkfifo(join(v1, "交通局.xlsx"));
    expect(await codesOf(archive)).toEqual([["archive/not-a-file", inV1("交通局.xlsx")]]);
    rmSync(join(v1, MANIFEST));
    mkfifo(join(v1, MANIFEST));
    expect(await codesOf(archive)).toEqual([
      ["archive/unexpected", inV1(`${DOCX}.docx`)],
      ["archive/not-a-file", inV1(MANIFEST)],
      ["archive/not-a-file", inV1("交通局.xlsx")],
    ]);
  });

  it.skipIf(!canMakePipes)("files the next version when the latest version's manifest is a pipe, without waiting on it", async () => {
    const { dir, v1 } = await archived();
    rmSync(join(v1, MANIFEST));
    mkfifo(join(v1, MANIFEST));
    const run = await nianbao(["generate", "交通局.xlsx", "--archive", "档案", "--json"], dir);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { status: string; version: number }[]).map((item) => [item.status, item.version])).toEqual([
      ["generated", 2],
    ]);
  });
});

describe("a manifest naming files outside its version folder", () => {
  it.each([
    ["../../../../管道", "a path up and out"],
    ["/etc/passwd", "an absolute path"],
    ["..", "the parent folder"],
  ])("is a finding and the file is never read: %s (%s)", async (name) => {
    const { archive, v1 } = await archived();
    // Were the record followed, this pipe outside the version would be opened and the read would never end.
    if (canMakePipes && name.startsWith("../")) mkfifo(join(v1, name));
    rewriteManifest(v1, (manifest) => (manifest.source = { file: name, sha256: "0".repeat(64) }));
    const result = await verifyArchive(archive);
    expect(result.findings.map((finding) => [finding.code, finding.file])).toEqual([
      ["archive/record-outside", inV1(MANIFEST)],
      ["archive/unexpected", inV1(`${DOCX}.docx`)],
      ["archive/unexpected", inV1("交通局.xlsx")],
    ]);
    expect(result.findings[0].message).toContain(`“${name}”`);
  });
});

describe("version folders", () => {
  it("are counted within bounds: a folder named v100000000000000000000 is reported, not counted, and the next run ends", async () => {
    const { dir, archive } = await archived();
    const agency = join(archive, "2025", "某县交通运输局");
    mkdirSync(join(agency, "v100000000000000000000"));
    mkdirSync(join(agency, "v0123"));
    copyFileSync(await buildWorkbook("2021", { "meta.agency": "某县交通运输局", "review.upheld": 7 } as never), join(dir, "交通局.xlsx"));
    const run = await nianbao(["generate", "交通局.xlsx", "--archive", "档案", "--json"], dir);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { version: number }[])[0].version).toBe(2);
    expect(readdirSync(agency).sort()).toEqual(["v0123", "v1", "v100000000000000000000", "v2"]);
    expect(await codesOf(archive)).toEqual([
      ["archive/foreign-version", join("2025", "某县交通运输局", "v0123")],
      ["archive/foreign-version", join("2025", "某县交通运输局", "v100000000000000000000")],
    ]);
    const [foreign] = (await verifyArchive(archive)).findings;
    expect(foreign.message).toContain(`文件夹 ${join("2025", "某县交通运输局", "v0123")} 的名称像版本文件夹`);
  });
});

describe("what a killed run left in the archive", () => {
  it("is named as leftover work by verify, not as damage, and removed by the next run once stale", async () => {
    const { dir, archive } = await archived();
    const agency = join(archive, "2025", "某县交通运输局");
    const staleStaging = join(agency, ".staging-0123456789ab");
    const freshStaging = join(agency, ".staging-ba9876543210");
    const stalePdf = join(archive, ".nianbao-pdf-Ab12Cd");
    for (const folder of [staleStaging, freshStaging, stalePdf]) {
      mkdirSync(folder);
      writeFileSync(join(folder, "1.docx"), "partial");
    }
    const old = (Date.now() - STALE_AFTER_MS - 60_000) / 1000;
    for (const path of [join(staleStaging, "1.docx"), staleStaging, join(stalePdf, "1.docx"), stalePdf]) utimesSync(path, old, old);
    const before = await verifyArchive(archive);
    expect(before.valid).toBe(true);
    expect(before.findings.map((finding) => [finding.code, finding.severity, finding.file])).toEqual([
      ["archive/leftover", "warning", ".nianbao-pdf-Ab12Cd"],
      ["archive/leftover", "warning", join("2025", "某县交通运输局", ".staging-0123456789ab")],
      ["archive/leftover", "warning", join("2025", "某县交通运输局", ".staging-ba9876543210")],
    ]);
    expect(before.findings[0].message).toBe(".nianbao-pdf-Ab12Cd 是一次中断的运行（被强行结束或断电）留下的临时文件，不是存档的一部分。");
    copyFileSync(await buildWorkbook("2021", { "meta.agency": "某县交通运输局", "review.upheld": 7 } as never), join(dir, "交通局.xlsx"));
    expect((await nianbao(["generate", "交通局.xlsx", "--archive", "档案"], dir)).code).toBe(0);
    // The stale ones are gone; a running run's (fresh) staging is kept.
    expect(existsSync(staleStaging)).toBe(false);
    expect(existsSync(stalePdf)).toBe(false);
    expect(readdirSync(agency).sort()).toEqual([".staging-ba9876543210", "v1", "v2"]);
  });
});

describe("an input named like its own output, and one report that cannot be written", () => {
  it("keeps the copy of an input named like the document under another name; the others in the batch are filed and reported", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "收集"));
    // A workbook saved under the document's own name (its bytes say what it is), and two ordinary ones.
    copyFileSync(await buildWorkbook("2021", { "meta.agency": "某县交通运输局" } as never), join(dir, "收集", `${DOCX}.docx`));
    copyFileSync(await buildWorkbook("2021", { "meta.agency": "某县教育局" } as never), join(dir, "收集", "教育局.xlsx"));
    copyFileSync(await buildWorkbook("2021", { "meta.agency": "某县财政局" } as never), join(dir, "收集", "财政局.xlsx"));
    // 财政局's agency folder cannot be made: a file stands where it would be.
    mkdirSync(join(dir, "档案", "2025"), { recursive: true });
    writeFileSync(join(dir, "档案", "2025", "某县财政局"), "不是文件夹");
    const run = await nianbao(["generate", "收集", "--archive", "档案", "-o", "出"], dir);
    expect(run.code).toBe(3);
    const rows = run.stdout.split("\n").map((line) => line.split(" | ").map((cell) => cell.trim()));
    expect(rows.filter((row) => row[0].startsWith("收集/")).map((row) => [row[1], row[3]])).toEqual([
      ["某县交通运输局", "已生成"],
      ["某县教育局", "已生成"],
      ["某县财政局", "写入失败"],
    ]);
    expect(run.stdout).toContain("共 3 份：已生成 2 份，未生成 1 份。");
    expect(run.stderr).toContain("收集/财政局.xlsx：无法写入 档案/2025/某县财政局");
    expect(run.stderr).not.toContain(".staging");
    const v1 = join(dir, "档案", "2025", "某县交通运输局", "v1");
    expect(readdirSync(v1).sort()).toEqual([`${DOCX}.docx`, MANIFEST, `输入-${DOCX}.docx`]);
    expect(readFileSync(join(v1, `输入-${DOCX}.docx`)).equals(readFileSync(join(dir, "收集", `${DOCX}.docx`)))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(v1, MANIFEST), "utf8")) as Manifest;
    expect([manifest.input.file, manifest.source?.file]).toEqual([`${DOCX}.docx`, `输入-${DOCX}.docx`]);
    expect(existsSync(join(dir, "档案", "2025", "某县教育局", "v1"))).toBe(true);
    expect((await verifyArchive(join(dir, "档案"))).findings.map((finding) => finding.code)).toEqual(["archive/unexpected"]);
  });
});

describe("an agency named so that it leaves no folder name", () => {
  it.each(["..", " . ", "．．", "/.."])("is refused by init and by generate, and nothing is filed: %j", async (agency) => {
    const dir = tempDir();
    const init = await nianbao(["init", "--year", "2025", "--agency", agency], dir);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain("不能用作报告的文件名和存档文件夹名");
    expect(readdirSync(dir)).toEqual([]);
    copyFileSync(await buildWorkbook("2021", { "meta.agency": agency } as never), join(dir, "交通局.xlsx"));
    const run = await nianbao(["generate", "交通局.xlsx", "--archive", "档案", "--json"], dir);
    expect(run.code).toBe(1);
    const [item] = JSON.parse(run.stdout) as { status: string; findings: { code: string; cell?: string }[] }[];
    expect(item.status).toBe("invalid");
    expect(item.findings.filter((finding) => finding.code === "meta/agency-not-a-name").length).toBe(1);
    expect(readdirSync(dir)).toEqual(["交通局.xlsx"]);
  });
});
