/** Narrative cells → report paragraphs (rules.md V7): levels chosen or read from heading numbers, lines split, titles dropped. *
 * Covers: src/validate/clean-text.ts.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/findings/finding.js";
import { EDITIONS, fieldIndex } from "../src/schema/index.js";
import { readParagraphs } from "../src/validate/paragraphs.js";
import type { RawValue } from "../src/values/raw-value.js";

const field = fieldIndex(EDITIONS["2021"]).get("text.overview")!;
const raw = (value: string | number | undefined): RawValue =>
  value === undefined ? { kind: "blank" } : typeof value === "number" ? { kind: "number", value } : { kind: "text", value };
const row = (text: string, level?: string | number, cell = "B3") => ({
  level: raw(level),
  text: raw(text),
  location: { sheet: "一、总体情况", cell, field: "text.overview" },
});

function read(...rows: ReturnType<typeof row>[]) {
  const findings: Finding[] = [];
  const { paragraphs, locations } = readParagraphs(rows, field, findings);
  return { paragraphs, locations, findings };
}

describe("the level of a paragraph", () => {
  it.each([
    ["（一）主动公开情况", 1],
    ["(二)依申请公开", 1],
    ["（十二）其他", 1],
    ["二、主动公开情况", 1],
    ["十、其他", 1],
    ["十一、其他", 1],
    ["关于（一）项的说明", 0],
    ["其中一、二项已完成", 0],
    ["见附件1.docx", 0],
    ["1.规范性文件", 2],
    ["2．行政许可", 2],
    ["3、行政处罚", 2],
    ["12.信息公开", 2],
    ["1.5万条信息已归档。", 0],
    ["2025年主动公开信息1200条。", 0],
    ["一是加强领导", 0],
    ["（1）小项", 0],
    ["全年主动公开政府信息。", 0],
  ])("%j reads as level %i from its heading number", (text, level) => {
    expect(read(row(text)).paragraphs).toEqual([{ level, text }]);
  });

  it.each([
    ["标题（一）", 1],
    ["标题(一)", 1],
    [" 标题 1. ", 2],
    ["标题１.", 2],
    ["正文", 0],
    [1, 1],
    [2, 2],
    [0, 0],
  ])("the chosen level %j is %i, whatever the text begins with", (chosen, level) => {
    const { paragraphs, findings } = read(row("（一）以标题开头的文字", chosen));
    expect(paragraphs).toEqual([{ level, text: "（一）以标题开头的文字" }]);
    expect(findings).toEqual([]);
  });

  it.each([["小标题"], [5], ["标题（二）"]])("an unknown level %j is body text, with a warning that lists the choices", (chosen) => {
    const { paragraphs, findings } = read(row("内容", chosen as string | number));
    expect(paragraphs).toEqual([{ level: 0, text: "内容" }]);
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.actual, f.expected])).toEqual([
      ["text/unknown-level", "warning", "B3", String(chosen), "标题（一）、标题 1.、正文"],
    ]);
  });
});

describe("a cell with several lines", () => {
  it("gives every paragraph the cell it came from, the lines of one cell theirs", () => {
    const { locations } = read(row("第一段\n第二段", undefined, "B3"), row("第三段", undefined, "B4"));
    expect(locations.map((location) => location.cell)).toEqual(["B3", "B3", "B4"]);
  });

  it("becomes one paragraph per line, the chosen level on the first only, and says which lines became headings", () => {
    const { paragraphs, findings } = read(row("（一）主动公开\r\n  全年公开1200条。\n1.规范性文件\u000B制发3件。\n\n", "标题（一）"));
    expect(paragraphs).toEqual([
      { level: 1, text: "（一）主动公开" },
      { level: 0, text: "全年公开1200条。" },
      { level: 2, text: "1.规范性文件" },
      { level: 0, text: "制发3件。" },
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.actual])).toEqual([["text/lines-split", "info", 4]]);
    expect(findings[0].message).toBe("「一、总体情况」B3：这一格有 4 行，已分为 4 段；“1.规范性文件” 按开头的编号作为标题。");
  });

  it("counts the first line among the headings when no level was chosen, and quotes long ones shortened", () => {
    const { findings } = read(row("（一）关于政府信息公开工作的总体情况说明\n正文"));
    expect(findings[0].message).toBe("「一、总体情况」B3：这一格有 2 行，已分为 2 段；“（一）关于政府信息公开工…” 按开头的编号作为标题。");
  });

  it("quotes a heading of exactly twelve characters whole", () => {
    const { findings } = read(row("（一）十二个字的标题正文\n正文"));
    expect(findings[0].message).toBe("「一、总体情况」B3：这一格有 2 行，已分为 2 段；“（一）十二个字的标题正文” 按开头的编号作为标题。");
  });

  it("reads no level for a row without text, so a bad level there is not reported", () => {
    expect(read(row("   ", "小标题"))).toEqual({ paragraphs: [], locations: [], findings: [] });
  });

  it("says nothing about headings when every line is body text", () => {
    const { findings } = read(row("第一段。\u2028第二段。\u2029第三段。"));
    expect(findings[0].message).toBe("「一、总体情况」B3：这一格有 3 行，已分为 3 段。");
  });

  it("gives a cell of spaces and line breaks no paragraph and no finding", () => {
    expect(read(row(" \n\u3000\n "))).toEqual({ paragraphs: [], locations: [], findings: [] });
  });
});

describe("the section's own title", () => {
  it("is dropped with an info where it was pasted, the rest kept in order", () => {
    const { paragraphs, findings } = read(
      row("第一段。", undefined, "B3"),
      row("一、总体情况", undefined, "B4"),
      row("第二段。", undefined, "B5"),
    );
    expect(paragraphs).toEqual([
      { level: 0, text: "第一段。" },
      { level: 0, text: "第二段。" },
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([["text/section-title-dropped", "info", "B4"]]);
  });

  it("is kept when it only begins a line", () => {
    expect(read(row("一、总体情况良好。")).paragraphs).toEqual([{ level: 1, text: "一、总体情况良好。" }]);
  });
});

describe("control characters in a paragraph (V7)", () => {
  it("are removed with a warning naming the cell", () => {
    const { paragraphs, findings } = read(row("问题\u0007一", undefined, "B7"));
    expect(paragraphs).toEqual([{ level: 0, text: "问题一" }]);
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.actual])).toEqual([["text/control-characters", "warning", "B7", 1]]);
  });
});
