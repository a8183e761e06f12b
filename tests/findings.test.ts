/**
 * A finding as data and as the clerk reads it: where its message says it is (a cell, a field, a paragraph of a
 * template, a published table's row and column, its paragraph and page), what it carries, and its assessor's group.
 * Expected messages are written out by hand.
 *
 * Covers: src/findings/finding.ts, src/findings/groups.ts.
 */
import { describe, expect, it } from "vitest";
import { countBySeverity, InputError, makeFinding, shortPlace, tablePlace } from "../src/findings/finding.js";
import { groupOf } from "../src/findings/groups.js";
import { CATALOGUE } from "../src/i18n/finding-messages.js";

const negative = { label: "收到申请数", actual: -3 };

describe("a finding's message names its place", () => {
  it.each([
    [{ sheet: "表二", cell: "D5" }, "「表二」D5：“收到申请数”不能为负数，实际为 -3。"],
    [{ sheet: "表二" }, "「表二」：“收到申请数”不能为负数，实际为 -3。"],
    [{ field: "tables.received" }, "「tables.received」：“收到申请数”不能为负数，实际为 -3。"],
    [{}, "“收到申请数”不能为负数，实际为 -3。"],
    [
      { section: "三、收到和处理政府信息公开申请情况", row: "（一）予以公开", column: "自然人" },
      "「三、收到和处理政府信息公开申请情况」「（一）予以公开」行「自然人」列：“收到申请数”不能为负数，实际为 -3。",
    ],
    [
      { section: "四、政府信息公开行政复议、行政诉讼情况", column: "维持", page: 3 },
      "「四、政府信息公开行政复议、行政诉讼情况」「维持」列（第 3 页）：“收到申请数”不能为负数，实际为 -3。",
    ],
    [{ section: "一、总体情况", paragraphNumber: 2 }, "「一、总体情况」第 2 段：“收到申请数”不能为负数，实际为 -3。"],
    // A section comes first, whatever else is given.
    [{ section: "一、总体情况", sheet: "表二", cell: "D5", field: "x" }, "「一、总体情况」：“收到申请数”不能为负数，实际为 -3。"],
  ])("%j", (location, message) => {
    expect(makeFinding("value/negative", location, negative).message).toBe(message);
  });

  it("quotes a template paragraph up to 40 characters, and cuts a longer one with an ellipsis", () => {
    const forty = "一二三四五六七八九十".repeat(4);
    expect(makeFinding("value/negative", { paragraph: forty }, negative).message).toBe(
      `段落“${forty}”：“收到申请数”不能为负数，实际为 -3。`,
    );
    expect(makeFinding("value/negative", { paragraph: `${forty}甲乙` }, negative).message).toBe(
      `段落“${forty}…”：“收到申请数”不能为负数，实际为 -3。`,
    );
    expect(makeFinding("value/negative", { paragraph: "" }, negative).message).toBe("段落“”：“收到申请数”不能为负数，实际为 -3。");
  });
});

describe("a finding carries", () => {
  it("its code's rule and severity, its places without the empty ones, and the expected and actual values", () => {
    const related = [{ sheet: "表二", cell: "D6" }];
    expect(makeFinding("value/negative", { sheet: "表二", cell: "D5", field: "", related }, negative)).toStrictEqual({
      rule: "V1",
      code: "value/negative",
      severity: "error",
      sheet: "表二",
      cell: "D5",
      related,
      actual: -3,
      message: "「表二」D5：“收到申请数”不能为负数，实际为 -3。",
    });
  });

  it("the expected value beside the actual one, where its code has one", () => {
    const finding = makeFinding("desk/other-agency", { file: "甲.xlsx" }, { actual: "乙局", expected: "甲局" });
    expect([finding.expected, finding.actual, finding.file]).toEqual(["甲局", "乙局", "甲.xlsx"]);
    expect(finding.message).toBe("这份报告的机关名称是“乙局”，本链接只收“甲局”的报告。");
  });

  it("as an InputError, its message, under the error's own name", () => {
    const finding = makeFinding("value/negative", {}, negative);
    const error = new InputError(finding);
    expect([error.name, error.message, error.finding]).toEqual(["InputError", finding.message, finding]);
  });

  it("no empty list of related places, and its code's hint", () => {
    const finding = makeFinding("document/row-missing", { section: "三", row: "（二）", related: [] }, { label: "（二）" });
    expect(finding).not.toHaveProperty("related");
    expect(finding.hint).toBe("官方格式的每一行都要印出，没有的数据填 0。");
    expect(makeFinding("value/negative", {}, negative)).not.toHaveProperty("hint");
  });
});

describe("places in short", () => {
  it.each([
    [{ sheet: "表二", cell: "D5", row: "甲" }, "D5"],
    [{ row: "（一）予以公开", column: "自然人" }, "「（一）予以公开」行「自然人」列"],
    [{ column: "维持", field: "x" }, "「维持」列"],
    [{ field: "tables.received" }, "tables.received"],
    [{ sheet: "表二" }, undefined],
  ])("%j → %s", (location, place) => {
    expect(shortPlace(location)).toBe(place);
  });

  it("a published cell with its paragraph and page", () => {
    expect(tablePlace({ row: "（七）总计", column: "自然人", paragraphNumber: 4, page: 2 })).toBe(
      "「（七）总计」行「自然人」列第 4 段（第 2 页）",
    );
    expect(tablePlace({})).toBe("");
  });
});

describe("findings counted and grouped", () => {
  it("counts by severity", () => {
    const error = makeFinding("value/negative", {}, negative);
    const warning = makeFinding("text/control-characters", {}, { label: "正文", actual: 2 });
    const info = makeFinding("text/section-title-dropped", {}, { label: "一、总体情况" });
    expect(countBySeverity([error, warning, error, info])).toEqual({ errors: 2, warnings: 1, infos: 1 });
  });

  it("puts each rule in its assessor's group, and every rule of the catalogue in one", () => {
    const groups = {
      tables: ["R1", "R2", "R3", "R4", "P1", "P2", "P3", "P4"],
      narrative: ["P5"],
      format: ["input", "template", "archive", "V1", "V2", "V3", "V4", "V5", "V6", "V7"],
      crossYear: ["X1", "X2", "X3", "X4"],
    };
    const grouped = Object.entries(groups).flatMap(([group, rules]) => rules.map((rule) => [rule, group]));
    for (const [rule, group] of grouped)
      expect(groupOf({ rule, code: "value/negative" } as unknown as Parameters<typeof groupOf>[0]), rule).toBe(group);
    const catalogued = new Set(Object.values(CATALOGUE).map((entry) => entry.rule as string));
    expect([...catalogued].sort()).toEqual(grouped.map(([rule]) => rule).sort());
  });

  it.each([
    [{ rule: "R1", code: "table/blank" }, "tables"],
    [{ rule: "P5", code: "narrative/figure" }, "narrative"],
    [{ rule: "V1", code: "value/negative" }, "format"],
    [{ rule: "X1", code: "cross-year/carried-over" }, "crossYear"],
    // The narrative compared with last year's is a narrative rule, but an assessor counts it with the cross-year ones.
    [{ rule: "P5", code: "cross-year/narrative-repeated" }, "crossYear"],
  ] as const)("%j → %s", (finding, group) => {
    expect(groupOf(finding as Parameters<typeof groupOf>[0])).toBe(group);
  });
});
