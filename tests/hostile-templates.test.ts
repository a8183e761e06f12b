/**
 * Templates and zips built to break the tool (issue 24, items 5, 6, 7, 17, 18): refused by template check and by
 * generate --template alike, with no structure changed by any value, no native abort, no hang.
 *
 * Covers: src/pipeline/prepared-template.ts.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { checkTemplate } from "../src/pipeline/template.js";
import { loadReport } from "../src/pipeline/load.js";
import { InputError } from "../src/findings/finding.js";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, tempDir } from "./helpers/fixtures.js";
import { rawZip } from "./helpers/raw-zip.js";
import { editedTemplate } from "./helpers/templates.js";
import { measuredCli } from "./helpers/hostile-documents.js";

const refusalOf = async (work: () => Promise<unknown>) => {
  try {
    await work();
  } catch (error) {
    if (error instanceof InputError) return error.finding;
    throw error;
  }
  throw new Error("not refused");
};

describe("templates built to break generate", () => {
  it("refuses a raw-XML tag ({@tag}) in template check and generate --template: an agency of `示范‹局&` breaks nothing", async () => {
    const template = editedTemplate((xml) => xml.replace("{meta.signer}", "{@meta.signer}"));
    const verdict = await checkTemplate(template);
    expect(verdict.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual(["template/raw-xml"]);
    const dir = tempDir();
    const input = await buildWorkbook("2021", { "meta.agency": "示范‹局&", "meta.signer": "<w:p><w:r><w:t>注入</w:t></w:r></w:p>" });
    const run = await nianbao(["generate", input, "--template", template, "-o", "出"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("{@meta.signer} 会把数据原样插入文档的标记中");
  });

  it("refuses loops nested deeper than the standard template's, as generate would never finish them", async () => {
    const nested = (xml: string) =>
      xml.replace("{#text.problems}", "{#text.problems}".repeat(7)).replace("{/text.problems}", "{/text.problems}".repeat(7));
    const verdict = await checkTemplate(editedTemplate(nested));
    expect(verdict.valid).toBe(false);
    expect(verdict.findings.map((f) => f.code)).toContain("template/loop-too-deep");
  });

  it("refuses a template bomb before inflating it, and a pipe given as the template without waiting on it", async () => {
    const dir = tempDir();
    const bomb = new PizZip(readFileSync("templates/2021.docx"));
    bomb.file("word/media/x.bin", Buffer.alloc(1)); // media are skipped: the bomb is the document itself
    bomb.file("word/document.xml", Buffer.alloc(40 * 1024 * 1024, 32));
    writeFileSync(join(dir, "炸弹.docx"), bomb.generate({ type: "nodebuffer", compression: "DEFLATE" }));
    expect((await refusalOf(() => checkTemplate(join(dir, "炸弹.docx")))).code).toBe("document/too-large");
    const fifo = join(dir, "管道.docx");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect((await refusalOf(() => checkTemplate(fifo))).code).toBe("input/not-a-file");
    // Shorter than a zip's signature: refused as not a Word document, never read past its end.
    for (const bytes of [Buffer.alloc(0), Buffer.from("PK")]) {
      writeFileSync(join(dir, "空.docx"), bytes);
      expect((await refusalOf(() => checkTemplate(join(dir, "空.docx")))).code).toBe("input/not-docx");
    }
  });
});

describe("templates built to exhaust generate, each in a process of its own", () => {
  it("refuses a template bomb and seven nested loops in template check, printing time and peak memory", () => {
    const dir = tempDir();
    const bomb = new PizZip(readFileSync("templates/2021.docx"));
    bomb.file("word/document.xml", Buffer.alloc(40 * 1024 * 1024, 32));
    writeFileSync(join(dir, "炸弹.docx"), bomb.generate({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }));
    const loops = editedTemplate((xml) =>
      xml.replace("{#text.problems}", "{#text.problems}".repeat(7)).replace("{/text.problems}", "{/text.problems}".repeat(7)),
    );
    const cases = [
      {
        name: "template bomb",
        run: measuredCli(["template", "check", join(dir, "炸弹.docx")]),
        code: 2,
        says: "超出了年度报告可能有的规模",
      },
      { name: "seven nested loops", run: measuredCli(["template", "check", loops]), code: 1, says: "层" },
    ];
    for (const { name, run, code, says } of cases) {
      console.info(`${name}: exit ${run.code}, ${run.seconds.toFixed(2)} s, peak ${run.peakMb.toFixed(0)} MB`);
      expect(run.code, name).toBe(code);
      expect(`${run.stdout}${run.stderr}`, name).toContain(says);
      expect(run.stderr, name).not.toMatch(/at .*\.js:\d+|FATAL|heap/i);
    }
  });
});

describe("zips of two minds", () => {
  it("refuses a .docx with two word/document.xml, and a workbook with two xl/workbook.xml, as ambiguous", async () => {
    const dir = tempDir();
    const body = new PizZip(readFileSync("tests/golden/2025-示范市自然资源局.docx")).file("word/document.xml")!.asText();
    writeFileSync(
      join(dir, "两份.docx"),
      rawZip([
        { name: "word/document.xml", data: body },
        { name: "word/document.xml", data: "<x/>" },
      ]),
    );
    const docx = await refusalOf(() => loadReport(join(dir, "两份.docx")));
    expect([docx.code, docx.message]).toEqual([
      "document/corrupt",
      "文件 两份.docx 已损坏或不完整，无法打开（其中有两个同名的部分 word/document.xml，无法确定该读哪一个）。请用 Word 或 WPS 打开，另存为 Word 文档（.docx）后重试；若打不开，请从网站重新下载。",
    ]);
    const workbook = new PizZip(readFileSync(await buildWorkbook("2021")));
    const entries = Object.values(workbook.files)
      .filter((f) => !f.dir)
      .map((f) => ({ name: f.name, data: Buffer.from(f.asUint8Array()) }));
    entries.push({ name: "xl/workbook.xml", data: Buffer.from("<workbook/>") });
    writeFileSync(join(dir, "两份.xlsx"), rawZip(entries));
    const refused = await refusalOf(() => loadReport(join(dir, "两份.xlsx")));
    expect([refused.code, refused.message]).toEqual([
      "input/corrupt",
      expect.stringContaining("其中有两个同名的部分 xl/workbook.xml，无法确定该读哪一个"),
    ]);
  });

  it("reads a published .docx carrying a 17 MB image: pictures are never inflated", async () => {
    const dir = tempDir();
    const docx = new PizZip(readFileSync("tests/golden/2025-示范市自然资源局.docx"));
    docx.file("word/media/seal.png", Buffer.alloc(17 * 1024 * 1024, 7));
    const file = join(dir, "带印章.docx");
    writeFileSync(file, docx.generate({ type: "nodebuffer", compression: "DEFLATE" }));
    expect((await loadReport(file)).report.values["meta.agency"]).toBe("示范市自然资源局");
    copyFileSync(file, join(dir, "副本.docx"));
  });
});
