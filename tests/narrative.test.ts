/** The narrative sections as clerks fill them: pasted from Word, Alt+Enter, or forgotten (rules.md V3, V7). *
 * Covers: src/validate/rules/narrative.ts.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile } from "../src/pipeline/check.js";
import { generateReport } from "../src/pipeline/generate.js";
import { documentXml, paragraphTexts } from "./helpers/docx.js";
import { buildWorkbook, tempDir, TODAY } from "./helpers/fixtures.js";
import { validJson, writeJson } from "./helpers/json.js";

const PASTED =
  "（一）主动公开情况\n　　全年主动公开政府信息1200条。\n1.规范性文件\n　　制发规范性文件3件。\n一、另一类标题\n1.5万条信息已归档。";

describe("a cell holding several lines", () => {
  it("is checked against the tables as the same lines one per row are (P5; issue 18, item 9)", async () => {
    const lines = ["本年度受理政府信息公开申请17件。", "制发规范性文件3件。", "行政复议案件9件。"];
    const codesOf = async (overview: { text: string }[]) =>
      (await checkFile(await buildWorkbook("2021", { "text.overview": overview }), { today: TODAY })).result.findings
        .filter((f) => f.code === "narrative/contradicts-table")
        .map((f) => [f.actual, f.expected]);
    const perRow = await codesOf(lines.map((text) => ({ text })));
    expect(perRow).toHaveLength(3);
    expect(await codesOf([{ text: lines.join("\n") }])).toEqual(perRow);
  });

  it("becomes one paragraph per line, each with the level its heading number gives, with an info", async () => {
    const file = await buildWorkbook("2021", { "text.overview": [{ text: PASTED }], "active.normative.issued": 3 });
    const { result, report } = await checkFile(file, { today: TODAY });
    expect(report.values["text.overview"]).toEqual([
      { level: 1, text: "（一）主动公开情况" },
      { level: 0, text: "全年主动公开政府信息1200条。" },
      { level: 2, text: "1.规范性文件" },
      { level: 0, text: "制发规范性文件3件。" },
      { level: 1, text: "一、另一类标题" },
      { level: 0, text: "1.5万条信息已归档。" },
    ]);
    expect(result.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([["text/lines-split", "info", "一、总体情况", "B3"]]);
    expect(result.findings[0].message).toBe(
      "「一、总体情况」B3：这一格有 6 行，已分为 6 段；“（一）主动公开情况”、“1.规范性文件”、“一、另一类标题” 按开头的编号作为标题。",
    );
  });

  it("splits at Word's manual line break (U+000B) instead of deleting it as a control character", async () => {
    const { result, report } = await checkFile(
      writeJson({ ...validJson("2021"), text: { ...validJson("2021").text, problems: [{ level: 0, text: "问题一。\u000B问题二。" }] } }),
      { today: TODAY },
    );
    expect(report.values["text.problems"]).toEqual([
      { level: 0, text: "问题一。" },
      { level: 0, text: "问题二。" },
    ]);
    expect(result.findings.map((f) => f.code)).toEqual(["text/lines-split"]);
  });

  it("keeps the level chosen in the 层级 column for the cell's first line", async () => {
    const file = await buildWorkbook("2019", { "text.problems": [{ level: "标题（一）", text: "存在的问题\n宣传力度不够。" }] });
    const { report } = await checkFile(file, { today: TODAY });
    expect(report.values["text.problems"]).toEqual([
      { level: 1, text: "存在的问题" },
      { level: 0, text: "宣传力度不够。" },
    ]);
  });

  it("prints separate paragraphs in the report: headings styled as headings, no line breaks inside a paragraph", async () => {
    const input = await buildWorkbook("2021", { "text.overview": [{ text: PASTED }] });
    const out = tempDir();
    const outcome = await generateReport({ input, outDir: out, today: TODAY, version: "test" });
    expect(outcome.status).toBe("generated");
    const xml = documentXml(
      join(
        out,
        readdirSync(out).find((f) => f.endsWith(".docx"))!,
      ),
    );
    const paragraphs = paragraphTexts(xml);
    for (const line of ["（一）主动公开情况", "全年主动公开政府信息1200条。", "1.规范性文件", "制发规范性文件3件。"])
      expect(paragraphs).toContain(line);
    expect(xml).not.toContain("<w:br/>");
    const heading = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find((m) => m[0].includes(">（一）主动公开情况<"))![0];
    expect(heading).toContain('w:eastAsia="楷体_GB2312"');
  });

  it("drops the section's own title pasted in with its text, with an info", async () => {
    const file = await buildWorkbook("2021", { "text.problems": [{ text: "五、存在的主要问题及改进情况\n宣传力度不够。" }] });
    const { result, report } = await checkFile(file, { today: TODAY });
    expect(report.values["text.problems"]).toEqual([{ level: 0, text: "宣传力度不够。" }]);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ["text/lines-split", "info"],
      ["text/section-title-dropped", "info"],
    ]);
  });
});

describe("sections 一 and 五 left empty (V3)", () => {
  it.each([
    ["text.overview", "一、总体情况"],
    ["text.problems", "五、存在的主要问题及改进情况"],
  ])("%s with no text is an error pointing at its first cell, and nothing is generated", async (id, sheet) => {
    const input = await buildWorkbook("2021", { [id]: [] });
    const { result } = await checkFile(input, { today: TODAY });
    expect(result.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([["text/section-empty", "error", sheet, "B3"]]);
    expect(result.findings[0].message).toContain(`“${sheet}”没有填写内容`);
    const out = tempDir();
    const outcome = await generateReport({ input, outDir: out, today: TODAY, version: "test" });
    expect(outcome.status).toBe("invalid");
    expect(readdirSync(out)).toEqual([]);
  });

  it("is an error in the JSON form too, where a section of only blank paragraphs is empty", async () => {
    const data = validJson("2019");
    data.text.overview = [{ level: 0, text: "  " }];
    delete data.text.problems;
    const { result } = await checkFile(writeJson(data), { today: TODAY });
    expect(result.findings.map((f) => [f.code, f.field])).toEqual([
      ["text/section-empty", "text.overview"],
      ["text/section-empty", "text.problems"],
    ]);
  });

  it("does not ask for text in 六, which the tool fills with 无 or the 信息处理费 sentence", async () => {
    const { result } = await checkFile(await buildWorkbook("2021", { "text.other": [] }), { today: TODAY });
    expect(result.findings).toEqual([]);
  });
});
