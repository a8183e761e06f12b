/**
 * Covers: src/pipeline/report-status.ts.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../src/io/hash.js";
import { documentXml, hasCommand, paragraphTexts, pdfText } from "./helpers/docx.js";
import { buildWorkbook, patchZip, tempDir } from "./helpers/fixtures.js";
import { nianbao } from "./helpers/cli.js";

const HELAN = "inputs/2020-贺兰县交通运输局.xlsx";
const DEMO = "inputs/2025-示范市自然资源局.xlsx";
const HELAN_DOCX = "2020年贺兰县交通运输局政府信息公开工作年度报告.docx";
const ROOT = process.cwd();

async function generate(args: string[], env: Record<string, string> = {}) {
  const out = tempDir();
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return { out, ...(await nianbao(["generate", ...args, "-o", out], ROOT)) };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe("nianbao generate", () => {
  it("writes the same bytes on every run, in any time zone", async () => {
    const first = await generate([HELAN], { TZ: "UTC" });
    const second = await generate([HELAN], { TZ: "Asia/Shanghai" });
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    const a = readFileSync(join(first.out, HELAN_DOCX));
    const b = readFileSync(join(second.out, HELAN_DOCX));
    expect(a.length).toBeGreaterThan(5000);
    expect(sha256(a)).toBe(sha256(b));
  });

  it("refuses an invalid workbook: prints the findings, exits 1, writes nothing", async () => {
    const input = await buildWorkbook("2021", { "review.upheld": "十二" });
    const run = await generate([input]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("“行政复议 · 结果维持”应填数字，实际为“十二”");
    // One closing line, saying both what is wrong and that nothing was written (issue 18, item 15).
    expect(run.stdout.trim().split("\n").at(-1)).toBe("有 1 项错误，未生成报告。请改正后再生成。");
    expect(`${run.stdout}${run.stderr}`.match(/未生成报告|请改正/g)).toHaveLength(2);
    expect(readdirSync(run.out)).toEqual([]);
  });

  it("never overwrites an existing report without --force, and says which file", async () => {
    const first = await generate([HELAN]);
    const docx = join(first.out, HELAN_DOCX);
    const before = statSync(docx).mtimeMs;
    const again = await nianbao(["generate", HELAN, "-o", first.out], ROOT);
    // The code a batch gives a report not generated (issue 19, item 5).
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(HELAN_DOCX);
    expect(again.stderr).toContain("--force");
    expect(statSync(docx).mtimeMs).toBe(before);
    const forced = await nianbao(["generate", HELAN, "-o", first.out, "--force"], ROOT);
    expect(forced.code).toBe(0);
    expect(readdirSync(first.out).filter((f) => f.endsWith(".tmp") || f.startsWith("."))).toEqual([]);
  });

  it("writes a manifest with the hashes of input, template and output, and the warnings", async () => {
    const run = await generate([HELAN]);
    const manifest = JSON.parse(readFileSync(join(run.out, HELAN_DOCX.replace(".docx", ".manifest.json")), "utf8"));
    expect(manifest).toMatchObject({
      tool: { name: "nianbao", version: "0.1.0" },
      edition: "2019",
      circular: "国办公开办函〔2019〕60号",
      pdf: null,
    });
    expect(manifest.input).toEqual({ file: "2020-贺兰县交通运输局.xlsx", sha256: sha256(readFileSync(HELAN)) });
    expect(manifest.template).toEqual({ file: "2019.docx", sha256: sha256(readFileSync("templates/2019.docx")) });
    expect(manifest.output).toEqual({ file: HELAN_DOCX, sha256: sha256(readFileSync(join(run.out, HELAN_DOCX))) });
    // The reference's items-and-decisions columns add up row by row: the P4 hint travels with the archive.
    expect(manifest.warnings.map((f: { rule: string }) => f.rule)).toEqual(["P4"]);
    expect(Date.parse(manifest.generatedAt)).not.toBeNaN();
  });

  it("removes a control character from the text with a warning, and the document stays clean", async () => {
    const input = await buildWorkbook("2021", { "text.overview": [{ text: "全年公开信息100条。" }] });
    patchZip(input, (_, xml) => xml.replace("全年公开信息100条。", "全年公开_x0001_信息100条。"));
    const run = await generate([input]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("[警告] 「一、总体情况」B3：“一、总体情况”含有 1 个不可见的控制字符，已删除。");
    const docx = readdirSync(run.out).find((f) => f.endsWith(".docx"))!;
    const xml = documentXml(join(run.out, docx));
    expect(paragraphTexts(xml)).toContain("全年公开信息100条。");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it("writes section 六's 信息处理费 sentence when a 2021 report gives no text", async () => {
    const noFees = await generate([DEMO]);
    const docx = readdirSync(noFees.out).find((f) => f.endsWith(".docx"))!;
    expect(paragraphTexts(documentXml(join(noFees.out, docx)))).toContain("本机关2025年度未收取政府信息公开信息处理费。");
    const input = await buildWorkbook("2021", {
      "text.other": [],
      "fees.noticesIssued": 2,
      "fees.noticedAmount": 150,
      "fees.collectedAmount": 100.5,
    });
    const withFees = await generate([input]);
    const other = readdirSync(withFees.out).find((f) => f.endsWith(".docx"))!;
    expect(paragraphTexts(documentXml(join(withFees.out, other)))).toContain(
      "2025年度，本机关依据《政府信息公开信息处理费管理办法》发出收费通知2件，通知金额150元，实际收取信息处理费100.5元。",
    );
  });

  it("still writes the .docx, says why when LibreOffice is not installed, and exits 3: the PDF asked for was not made", async () => {
    const run = await generate([HELAN, "--pdf"], { NIANBAO_SOFFICE: "/nonexistent/soffice" });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("没有安装 LibreOffice");
    expect(existsSync(join(run.out, HELAN_DOCX))).toBe(true);
    expect(readdirSync(run.out).some((f) => f.endsWith(".pdf"))).toBe(false);
  });

  it("uses an agency's customised template given with --template", async () => {
    const template = join(tempDir(), "我局模板.docx");
    copyFileSync("templates/2019.docx", template);
    patchZip(template, (name, xml) =>
      name === "word/document.xml" ? xml.replace("五、存在的主要问题及改进情况", "五、存在的主要问题及改进情况（本局）") : xml,
    );
    const run = await generate([HELAN, "--template", template]);
    expect(run.code).toBe(0);
    expect(paragraphTexts(documentXml(join(run.out, HELAN_DOCX)))).toContain("五、存在的主要问题及改进情况（本局）");
  });

  it("refuses a customised template with a tag that has no value, naming the tag and the field it should be", async () => {
    const template = join(tempDir(), "坏模板.docx");
    copyFileSync("templates/2019.docx", template);
    patchZip(template, (name, xml) => (name === "word/document.xml" ? xml.replace("{meta.signer}", "{meta.signr}") : xml));
    const run = await generate([HELAN, "--template", template]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("{meta.signr} 不是 2019 版的字段名，是否应为 {meta.signer}？");
    expect(run.stderr).toContain("有错误，未生成报告");
    expect(readdirSync(run.out)).toEqual([]);
  });

  // The same file `template check` rejects must not produce a report that silently lacks a table value.
  it("runs template check first: a template without a table-三 value is refused with exit 2, as template check refuses it", async () => {
    const template = join(tempDir(), "缺项模板.docx");
    copyFileSync("templates/2019.docx", template);
    patchZip(template, (name, xml) => (name === "word/document.xml" ? xml.replace("{requests.granted.natural}", "") : xml));
    const lint = await nianbao(["template", "check", template], ROOT);
    const run = await generate([HELAN, "--template", template]);
    expect(lint.code).toBe(1);
    expect(run.code).toBe(2);
    const missing = "模板中没有“（一）予以公开 · 自然人”（{requests.granted.natural}），报告必须印出此项。";
    expect(lint.stdout).toContain(missing);
    expect(run.stdout).toContain(missing);
    expect(readdirSync(run.out)).toEqual([]);
  });

  it("refuses the other edition's template, whose tags do not fit the report", async () => {
    const run = await generate([HELAN, "--template", "templates/2021.docx"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("{active.rules.issued} 不是 2019 版的字段名");
    expect(readdirSync(run.out)).toEqual([]);
  });

  it("refuses a --template that is not a Word document, in Chinese", async () => {
    const run = await generate([HELAN, "--template", "README.md"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不是 Word 文档（.docx）");
    expect(readdirSync(run.out)).toEqual([]);
  });
});

// CI installs LibreOffice (.ci/run); on a developer machine without it this one test is skipped.
describe.skipIf(!process.env.CI && !hasCommand("soffice"))("PDF through LibreOffice", () => {
  it("converts the report to a text PDF with the title, headings and table figures", async () => {
    const run = await generate([HELAN, "--pdf"]);
    expect(run.code).toBe(0);
    const pdf = join(run.out, HELAN_DOCX.replace(".docx", ".pdf"));
    expect(existsSync(pdf)).toBe(true);
    // pdftotext puts spaces between Chinese and Latin text and breaks lines: compare without white space.
    const text = pdfText(pdf).replace(/\s+/g, "");
    for (const expected of [
      "贺兰县交通运输局",
      "2020年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "6327",
      "+505",
      "-198",
      "（此件公开发布）",
    ]) {
      expect(text).toContain(expected);
    }
    const manifest = JSON.parse(readFileSync(pdf.replace(".pdf", ".manifest.json"), "utf8"));
    expect(manifest.pdf.sha256).toBe(sha256(readFileSync(pdf)));
    // The clerk is told which open faces stood in for the official ones.
    expect(run.stdout).toContain(
      "PDF 中的字体：本机没有的公文字体已用相近的开源字体代替（Word 文档仍使用公文字体）：方正小标宋简体 → Noto Serif CJK SC（粗体）；黑体 → Noto Sans CJK SC；",
    );
  }, 240_000);
});
