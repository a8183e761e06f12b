/**
 * Covers: src/pipeline/prepared-template.ts, src/templates/signature-block.ts, src/templates/well-formed.ts.
 */
import { Packer } from "docx";
import { readFileSync } from "node:fs";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { reportDocument } from "../scripts/templates/report-document.js";
import { buildTemplateData, LOOP_TAGS } from "../src/render/template-data.js";
import { EDITIONS } from "../src/schema/index.js";
import { sha256 } from "../src/io/hash.js";
import { flattenTags } from "../src/templates/lint-template.js";
import { STANDARD_TEMPLATE_SHA256 } from "../src/templates/standard-templates.js";
import { compileTemplate, templateTags } from "../src/templates/template-tags.js";
import { nianbao } from "./helpers/cli.js";
import { editedTemplate } from "./helpers/templates.js";
import { EDITION_IDS } from "../src/schema/editions.js";

describe.each([...EDITION_IDS])("templates/%s.docx", (edition) => {
  const bytes = readFileSync(`templates/${edition}.docx`);

  it("uses exactly the printed field ids of its edition as tags (contract)", () => {
    const { compiled } = compileTemplate(bytes);
    const tags = new Set(flattenTags(templateTags(compiled!.doc)).filter((t) => !LOOP_TAGS.has(t)));
    const printed = EDITIONS[edition].fields.filter((f) => f.printed !== false).map((f) => f.id);
    expect([...tags].sort()).toEqual([...printed].sort());
  });

  it("gets a value for every tag from the template data", () => {
    const data = buildTemplateData({ edition, values: {} }, EDITIONS[edition]);
    const { compiled } = compileTemplate(bytes);
    for (const tag of Object.keys(templateTags(compiled!.doc))) expect(data, tag).toHaveProperty([tag]);
  });

  it("is what scripts/build-templates.ts writes from the edition definitions", async () => {
    const fresh = new PizZip(await Packer.toBuffer(reportDocument(EDITIONS[edition])));
    const committed = new PizZip(bytes);
    expect(committed.file("word/document.xml")!.asText()).toBe(fresh.file("word/document.xml")!.asText());
  });

  it("has the hash generate trusts without checking it again (npm run templates writes both)", () => {
    expect(sha256(bytes)).toBe(STANDARD_TEMPLATE_SHA256[edition]);
  });

  it("passes nianbao template check with no finding", async () => {
    const run = await nianbao(["template", "check", `templates/${edition}.docx`], process.cwd());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("错误 0 项，警告 0 项，提示 0 项。");
  });
});

describe("nianbao template check", () => {
  const lint = async (file: string) => {
    const run = await nianbao(["template", "check", file, "--json"], process.cwd());
    return {
      code: run.code,
      result: JSON.parse(run.stdout) as { findings: { code: string; paragraph?: string; message: string; expected?: string }[] },
    };
  };

  it("names a mistyped tag, suggests the field id, and quotes the paragraph", async () => {
    const { code, result } = await lint(editedTemplate((xml) => xml.replace("{meta.signer}", "{meta.singer}")));
    expect(code).toBe(1);
    const finding = result.findings.find((f) => f.code === "template/unknown-tag")!;
    expect(finding.expected).toBe("meta.signer");
    expect(finding.paragraph).toBe("{meta.singer}");
    expect(finding.message).toBe("段落“{meta.singer}”：{meta.singer} 不是 2021 版的字段名，是否应为 {meta.signer}？");
    // The signer is then missing from the template as well.
    expect(result.findings.map((f) => f.code)).toContain("template/missing-optional");
  });

  it.each([
    ["full-width braces", "｛meta.date｝", "template/fullwidth-brace"],
    ["typographic quotes", "{“meta.date”}", "template/typographic-quote"],
    ["a space inside a tag", "{meta. date}", "template/space-in-tag"],
  ])("flags %s", async (_, typed, code) => {
    const { code: exit, result } = await lint(editedTemplate((xml) => xml.replace("{meta.date}", typed)));
    expect(exit).toBe(1);
    expect(result.findings.find((f) => f.code === code)?.paragraph).toBe(typed);
  });

  it("flags a table value the template lacks as an error", async () => {
    const { code, result } = await lint(editedTemplate((xml) => xml.replace("{review.upheld}", "")));
    expect(code).toBe(1);
    expect(result.findings.map((f) => [f.code, f.message])).toContainEqual([
      "template/missing-required",
      "模板中没有“行政复议 · 结果维持”（{review.upheld}），报告必须印出此项。",
    ]);
  });

  it("explains a broken tag by the paragraph it is in, not by an XML offset", async () => {
    const { code, result } = await lint(editedTemplate((xml) => xml.replace("{meta.publicity}", "{meta.publicity")));
    expect(code).toBe(1);
    const syntax = result.findings.find((f) => f.code === "template/syntax")!;
    expect(syntax.message).toContain("标签缺少右括号");
    expect(syntax.paragraph).toBe("{meta.publicity");
  });

  it("warns about text runs without an East Asian font", async () => {
    // Remove the East Asian font of the 六 heading's run only.
    const { result } = await lint(
      editedTemplate((xml) => xml.replace(/<w:rFonts w:eastAsia="黑体"\/>((?:(?!<w:r>).)*?六、其他需要报告的事项)/, "$1")),
    );
    expect(result.findings.map((f) => [f.code, f.paragraph])).toContainEqual(["template/no-east-asian-font", "六、其他需要报告的事项"]);
  });
});
