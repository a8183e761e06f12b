/** The JSON form read in memory: what each kind of JSON value becomes, and every problem named by its field. *
 * Covers: src/schema/kinds.ts.
 */
import { describe, expect, it } from "vitest";
import { InputError, type Finding } from "../src/findings/finding.js";
import { readJsonSource } from "../src/input/read-json.js";
import { checkReport } from "../src/pipeline/check.js";
import { interpretReport } from "../src/pipeline/load.js";
import type { EditionId } from "../src/schema/index.js";
import { TODAY, YEAR } from "./helpers/fixtures.js";
import { setPath, validJson, type JsonReport } from "./helpers/json.js";

function check(json: unknown, text?: string) {
  const bytes = Buffer.from(text ?? JSON.stringify(json));
  const loaded = interpretReport({ ...readJsonSource(bytes, "/某处/report.json"), sha256: "" });
  return { loaded, findings: checkReport(loaded, { today: TODAY }).findings };
}
const edited = (edit: (json: JsonReport) => void, edition: EditionId = "2021") => {
  const json = validJson(edition);
  edit(json);
  return check(json);
};
const summary = (findings: Finding[]) => findings.map((f) => [f.code, f.severity, f.field]);

function refusal(text: string): Finding {
  try {
    readJsonSource(Buffer.from(text), "/某处/report.json");
  } catch (error) {
    if (error instanceof InputError) return error.finding;
    throw error;
  }
  throw new Error("not refused");
}

describe("JSON values", () => {
  it("reads null as a blank cell: a warning, read as 0", () => {
    const { loaded, findings } = edited((json) => setPath(json, "review.upheld", null));
    // The JSON form leaves totals to the tool: 总计 is summed with the blank as 0, so R4 holds.
    expect(summary(findings)).toEqual([["value/blank", "warning", "review.upheld"]]);
    expect(loaded.report.values["review.upheld"]).toBe(0);
  });

  it("reads a whole table of nulls as one error", () => {
    const { findings } = edited((json) => {
      for (const group of ["review", "suitDirect", "suitAfterReview"]) for (const key of Object.keys(json[group])) json[group][key] = null;
    });
    expect(summary(findings)).toEqual([["table/blank", "error", "review.upheld"]]);
  });

  it("names the expected JSON type of a value of the wrong type", () => {
    const { findings } = edited((json) => {
      setPath(json, "review.upheld", "3");
      setPath(json, "meta.agency", 12);
      setPath(json, "text.problems", "一段文字");
    });
    expect(findings.map((f) => [f.code, f.field, f.expected, f.actual])).toEqual([
      ["value/wrong-type", "meta.agency", "文字", "12"],
      ["value/wrong-type", "review.upheld", "数字", '"3"'],
      ["value/wrong-type", "text.problems", "段落列表", '"一段文字"'],
    ]);
    expect(findings[1].message).toBe(
      '「四、政府信息公开行政复议、行政诉讼情况」「行政复议」行「结果维持」列：“行政复议 · 结果维持”应为数字，实际为 "3"。',
    );
  });

  it("points a paragraph's bad level at the paragraph, and does not also call the section empty", () => {
    const { findings } = edited((json) => setPath(json, "text.problems", [{ level: 3, text: "问题" }]));
    expect(summary(findings)).toEqual([["value/wrong-type", "error", "text.problems.0.level"]]);
  });

  it("requires the table values and the narrative sections, and lets totals and metadata be left out", () => {
    const { loaded, findings } = edited((json) => {
      delete json.review.upheld;
      delete json.review.total;
      delete json.requests.resultTotal;
      delete json.meta.website;
      delete json.text.other;
    });
    expect(summary(findings)).toEqual([["value/missing", "error", "review.upheld"]]);
    expect(typeof loaded.report.values["requests.resultTotal.total"]).toBe("number");
    expect(loaded.report.values["meta.website"]).toBeUndefined();
  });

  it("requires a whole table object: every value of a left-out table is missing", () => {
    const { findings } = edited((json) => delete json.review);
    expect(findings.map((f) => f.code)).toEqual(["value/missing", "value/missing", "value/missing", "value/missing"]);
    expect(findings.map((f) => f.field)).toEqual(["review.upheld", "review.corrected", "review.other", "review.pending"]);
  });

  it("reads a year or date left out as not given, not as unreadable", () => {
    const { findings } = edited((json) => {
      delete json.meta.date;
      delete json.meta.year;
    });
    expect(summary(findings)).toEqual([
      ["meta/required", "error", "meta.year"],
      ["meta/required", "error", "meta.date"],
    ]);
  });

  it("reads a date of spaces as no date", () => {
    expect(summary(edited((json) => setPath(json, "meta.date", "  ")).findings)).toEqual([["meta/required", "error", "meta.date"]]);
  });

  it("points a control character in a paragraph at the paragraph", () => {
    const { findings } = edited((json) => setPath(json, "text.problems", [{ level: 0, text: "问题\u0007一" }]));
    expect(summary(findings)).toEqual([["text/control-characters", "warning", "text.problems.0"]]);
  });

  it("reports every unknown key, at any depth, as a warning naming its path", () => {
    const { findings } = edited((json) => {
      json.extra = 1;
      setPath(json, "requests.granted.robots", 2);
    });
    expect(summary(findings)).toEqual([
      ["input/unknown-field", "warning", "requests.granted.robots"],
      ["input/unknown-field", "warning", "extra"],
    ]);
    expect(findings[0].message).toBe(
      "「requests.granted.robots」：不认识的字段 requests.granted.robots，已忽略。请核对字段名（见 data-contract）。",
    );
  });

  it("reads blank strings as blank and text as text", () => {
    const { loaded, findings } = edited((json) => {
      setPath(json, "meta.address", "   ");
      setPath(json, "meta.phone", " 0951-1234567 ");
    });
    expect(findings).toEqual([]);
    expect(loaded.report.values["meta.address"]).toBeUndefined();
    expect(loaded.report.values["meta.phone"]).toBe("0951-1234567");
  });

  it("keeps the field ids as locations, with the labels a person reads, and no sheet or cell (issue 18, item 11)", () => {
    const { loaded } = check(validJson("2019"));
    expect(loaded.locations.get("review.upheld")).toEqual({
      field: "review.upheld",
      section: "四、政府信息公开行政复议、行政诉讼情况",
      row: "行政复议",
      column: "结果维持",
    });
    expect(loaded.locations.get("meta.date")).toEqual({ field: "meta.date", section: "基本信息", row: "成文日期" });
    expect(loaded.paragraphLocations.get("text.overview")?.[1]).toEqual({
      field: "text.overview.1",
      section: "一、总体情况",
      paragraphNumber: 2,
    });
    expect(loaded.file).toBe("report.json");
    expect(loaded.kind).toBe("json");
  });
});

describe("which edition a JSON report is", () => {
  it.each([
    ["declared 2019", { edition: "2019", year: 2025 }, "2019"],
    ["declared 2021", { edition: "2021", year: 2020 }, "2021"],
    ["from the year 2020", { year: 2020 }, "2019"],
    ["from the year 2025", { year: YEAR["2021"] }, "2021"],
  ])("%s", (_, meta, edition) => {
    expect(check({ meta }).loaded.edition.id).toBe(edition);
  });

  it.each([
    ["an unknown edition", { edition: "2030" }, "2030"],
    ["an edition of the wrong type", { edition: 2021 }, "2021"],
    ["no edition and a year before 2019", { year: 2018 }, ""],
    ["no edition and no year", {}, ""],
    ["an unknown edition with a year", { edition: "2030", year: 2020 }, "2030"],
    ["no edition and a year as text", { year: "2020" }, ""],
  ])("refuses %s", (_, meta, actual) => {
    const finding = refusal(JSON.stringify({ meta }));
    expect([finding.code, finding.severity, finding.actual, finding.expected]).toEqual([
      "input/unknown-edition",
      "error",
      actual,
      "2019、2021",
    ]);
    expect(finding.message).toContain("report.json");
  });

  it("reads a file that starts with a byte order mark", () => {
    expect(check(undefined, `\uFEFF${JSON.stringify(validJson("2021"))}`).findings).toEqual([]);
  });

  it("refuses text that is not JSON, naming the file", () => {
    const finding = refusal("{ meta: 2021 }");
    expect([finding.code, finding.file]).toEqual(["input/json-syntax", "/某处/report.json"]);
    expect(finding.message).toMatch(/^文件 report\.json 不是有效的 JSON：/);
  });

  it.each([["null"], ["[]"], ["12"]])("refuses %s as a report of no edition", (text) => {
    expect(refusal(text).code).toBe("input/unknown-edition");
  });
});
