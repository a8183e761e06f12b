/**
 * The command as clerks run it: the bundled dist/cli/main.js (scripts/bundle-cli.mjs) in a process of its own,
 * with its lazily loaded chunks, the templates and the batch worker found from where the bundle is.
 *
 * Covers: src/cli/main.ts, src/cli/start.ts.
 */
import { spawnSync } from "node:child_process";
import module from "node:module";
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../src/io/hash.js";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, tempDir } from "./helpers/fixtures.js";

const CLI = resolve("dist/cli/main.js");
const HELAN = resolve("inputs/2020-贺兰县交通运输局.xlsx");
const DOCX = "2020年贺兰县交通运输局政府信息公开工作年度报告.docx";
const run = (args: string[], cwd = process.cwd()) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });

describe("the built command", () => {
  // Node 22.1 and later: on Node 20 there is no such cache (the test runs where CI runs the tests under Node 24).
  it.skipIf(!("enableCompileCache" in module))(
    "keeps Node's compile cache in the temporary folder, and starts from it the next time",
    () => {
      const temporary = tempDir();
      const env = { ...process.env, TMPDIR: temporary, NODE_DISABLE_COMPILE_CACHE: undefined };
      const check = () => spawnSync(process.execPath, [CLI, "check", HELAN], { encoding: "utf8", env });
      expect(check().status).toBe(0);
      const cached = readdirSync(join(temporary, "node-compile-cache"), { recursive: true, withFileTypes: true }).filter((entry) =>
        entry.isFile(),
      );
      expect(cached.length).toBeGreaterThan(10);
      const again = check();
      expect([again.status, again.stdout]).toEqual([0, expect.stringContaining("校验通过，可以生成报告。")]);
    },
  );

  it("prints its help in Chinese", () => {
    const help = run(["--help"]);
    expect([help.status, help.stdout]).toEqual([0, expect.stringContaining("检查工作簿或 JSON，列出全部问题")]);
  });

  it("lists published reports among the inputs, and export's help says what it exports and leaves out", () => {
    // The help wraps lines at the terminal's width: compared without line breaks and padding.
    const plain = (text: string) => text.replace(/\s+/g, "");
    expect(plain(run(["check", "--help"]).stdout)).toContain(
      "要检查的工作簿（.xlsx）或JSON文件，或已发布的报告（Word文档.docx、网页.html、PDF）；给出文件夹时检查其中的每一份，写出评估汇总.xlsx",
    );
    const exported = plain(run(["export", "--help"]).stdout);
    expect(exported).toContain("要导出的工作簿");
    expect(exported).not.toContain("要检查的");
    expect(exported).toContain("读取时有错误的数值不导出");
  });

  it("checks a workbook and generates the same document as the library does", async () => {
    const check = run(["check", HELAN]);
    expect([check.status, check.stdout]).toEqual([0, expect.stringContaining("校验通过，可以生成报告。")]);
    const [bundled, library] = [tempDir(), tempDir()];
    expect(run(["generate", HELAN, "-o", bundled]).status).toBe(0);
    await nianbao(["generate", HELAN, "-o", library], process.cwd());
    expect(sha256(readFileSync(join(bundled, DOCX)))).toBe(sha256(readFileSync(join(library, DOCX))));
  });

  // quick-parse.ts: the everyday command lines start without loading yargs; help still needs it. NODE_DEBUG=esm has
  // Node name each module it loads.
  it("checks and generates without loading yargs or zod, and loads each when it is needed", () => {
    const loaded = (args: string[], cwd = tempDir()) =>
      spawnSync(process.execPath, [CLI, ...args], {
        cwd,
        encoding: "utf8",
        env: { ...process.env, NODE_DEBUG: "esm" },
        // Node 24 says much more than Node 20 (thousands of lines for --help): past spawnSync's 1 MB, the run stops.
        maxBuffer: 256 * 1024 * 1024,
      });
    const check = loaded(["check", HELAN]);
    const generate = loaded(["generate", HELAN, "--html"]);
    const help = loaded(["check", "--help"]);
    expect([check.status, generate.status, help.status]).toEqual([0, 0, 0]);
    expect(help.stderr).toMatch(/node_modules\/yargs\//);
    expect(check.stderr).toMatch(/dist\/chunks\/check-command-/);
    expect(check.stderr).not.toMatch(/node_modules\/yargs/);
    expect(generate.stderr).not.toMatch(/node_modules\/yargs/);
    // zod reads JSON inputs and archived manifests: neither is part of a check or a generate of a workbook.
    const zodChunks = readdirSync("dist/chunks").filter((name) =>
      readFileSync(join("dist/chunks", name), "utf8").includes("// node_modules/zod/"),
    );
    expect(zodChunks).toHaveLength(1);
    expect([check.stderr, generate.stderr].filter((log) => log.includes(zodChunks[0]))).toEqual([]);
    const archiveDir = tempDir();
    const archive = () => loaded(["generate", HELAN, "--archive", archiveDir], archiveDir);
    expect(archive().stderr).not.toContain(zodChunks[0]);
    // The second filing reads the first one's manifest.
    expect(archive().stderr).toContain(zodChunks[0]);
  });

  // scripts/exceljs-workbook-only.mjs: the bundle carries exceljs's Workbook, not its streams or CSV.
  it("carries exceljs's Workbook without its streaming reader and writer or its CSV support", () => {
    const bundled = readdirSync("dist/chunks").map((name) => readFileSync(join("dist/chunks", name), "utf8"));
    const carries = (path: string) => bundled.some((code) => code.includes(`// node_modules/${path}`));
    expect(carries("exceljs/lib/doc/workbook.js")).toBe(true);
    expect(["unzipper/", "archiver/", "fast-csv/", "@fast-csv/", "tmp/", "exceljs/lib/stream/"].filter(carries)).toEqual([]);
  });

  // scripts/library-patches.mjs: xmldom's tables frozen in place, PizZip's checksums and inflating by zlib, docxtemplater's
  // UTF-8 by TextEncoder (same bytes: see above), fflate without its workers.
  it("carries xmldom, PizZip, docxtemplater and fflate with the start-up patches", () => {
    const bundled = readdirSync("dist/chunks").map((name) => readFileSync(join("dist/chunks", name), "utf8"));
    expect(bundled.filter((code) => code.includes("if (!encodedNatively) writeUtf8(newParts, output);"))).toHaveLength(1);
    const carries = (path: string) => bundled.some((code) => code.includes(`// node_modules/${path}`));
    expect([carries("fflate/esm/browser.js"), carries("fflate/esm/index.mjs")]).toEqual([true, false]);
    expect(bundled.filter((code) => code.includes("Object.freeze(Object.setPrototypeOf(literal, null))"))).toHaveLength(1);
    expect(bundled.filter((code) => code.includes("zlib.crc32(input, (crc || 0) >>> 0) | 0"))).toHaveLength(1);
    expect(bundled.filter((code) => code.includes("var inflated = zlib.inflateRawSync(input);"))).toHaveLength(1);
    const patchedTables = bundled.filter((code) => code.includes("Object.freeze(Object.setPrototypeOf(literal, null))"));
    expect(bundled.filter((code) => code.includes("exports.HTML_ENTITIES = freeze({"))).toEqual(patchedTables);
  });

  it("runs a batch on two worker threads", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "收集"));
    for (let i = 0; i < 16; i++)
      copyFileSync(await buildWorkbook("2021", { "meta.agency": `某县第${i + 1}局` }), join(dir, "收集", `${i}.xlsx`));
    const batch = run(["generate", "收集", "-o", "出", "--jobs", "2", "--json"], dir);
    expect(batch.status).toBe(0);
    const items = JSON.parse(batch.stdout) as { status: string }[];
    expect(items.map((item) => item.status)).toEqual(Array.from({ length: 16 }, () => "generated"));
  });
});
