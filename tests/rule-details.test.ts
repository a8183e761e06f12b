/**
 * What rule findings say beyond their code: the expected values, the parts a total was compared with, the cells of
 * both sides of a balance, and the edges of each rule's range. In memory, on the valid baseline with one change.
 *
 * Covers: src/validate/rules/context.ts, src/validate/rules/plausibility.ts.
 */
import { describe, expect, it } from "vitest";
import { FRAGMENT } from "../src/i18n/ui-text.js";
import { describeRaw } from "../src/values/raw-value.js";
import { implausibleYear } from "../src/validate/rules/metadata.js";
import { TODAY, validReport } from "./helpers/fixtures.js";
import { interpretReport } from "../src/pipeline/load.js";
import { checkInMemory, memorySource } from "./helpers/memory.js";

const findings = (delta: Record<string, unknown>, edition: "2019" | "2021" = "2021") => checkInMemory(edition, delta as never).findings;
const only = (delta: Record<string, unknown>, edition: "2019" | "2021" = "2021") => {
  const all = findings(delta, edition);
  expect(all).toHaveLength(1);
  return all[0];
};
const year = validReport("2021").inputs["meta.year"] as number;

describe("arithmetic findings (R1–R4)", () => {
  it("R1 names the cells of both sides and the column", () => {
    const finding = findings({ "requests.newReceived.natural": 99 }).find((f) => f.field === "requests.newReceived.natural")!;
    expect(finding.message).toMatch(
      /^「三、收到和处理政府信息公开申请情况」D5：“自然人”列不平衡：第一项加第二项（\d+，见 D5、D6）应等于第三项加第四项（\d+，见 D\d+、D\d+）。$/,
    );
    expect(finding.related?.map((l) => l.cell)).toEqual(["D6", "D28", "D29"]);
  });

  it("R2 lists the non-zero result rows it summed, by row", () => {
    const finding = findings({ "requests.resultTotal.natural": 99 }).find((f) => f.code === "rule/r2-result-total")!;
    expect(finding.message).toContain("“（七）总计 · 自然人”应为");
    expect(finding.message).toMatch(
      /应为 \d+（（二）部分公开（区分处理的，只计这一情形，不计其他情形） \d+ \+ （三）不予公开1\.属于国家秘密 \d+ \+ /,
    );
    expect(finding.message).not.toMatch(/ 0( \+|）)/);
    expect(finding.related).toHaveLength(21); // the 21 result rows of edition 2021
  });

  it("R3 lists the non-zero applicants it summed, by column", () => {
    const finding = findings({ "requests.granted.total": 99 }).find((f) => f.code === "rule/r3-row-total")!;
    expect(finding.message).toMatch(
      /^「三、收到和处理政府信息公开申请情况」J7：“总计”应为 (\d+)（(商业企业|自然人) \d+( \+ [^ ]+ \d+)*），实际为 99。$/,
    );
    expect(finding.message).not.toMatch(/ 0( \+|）)/);
    expect([finding.expected, finding.actual]).toEqual([validReport("2021").totals["requests.granted.total"], 99]);
  });

  it("says all parts are 0 when a total has a value over empty parts", () => {
    const zeros = Object.fromEntries(["upheld", "corrected", "other", "pending"].map((k) => [`review.${k}`, 0]));
    const finding = only({ ...zeros, "review.total": 4 });
    expect([finding.code, finding.expected, finding.actual]).toEqual(["rule/r4-group-total", 0, 4]);
    expect(finding.message).toContain(`（${FRAGMENT.allPartsZero}）`);
  });

  it("does not sum over a part that could not be read", () => {
    expect(findings({ "requests.newReceived.natural": "十二" }).map((f) => f.code)).toEqual(["value/not-a-number"]);
    expect(findings({ "requests.carriedForward.natural": "十二" }).map((f) => f.code)).toEqual(["value/not-a-number"]);
  });
});

describe("metadata findings (V4, V5)", () => {
  it.each([
    [2018, "2019–2026"],
    [2027, "2019–2026"],
  ])("refuses the year %i, naming the range", (y, range) => {
    expect(implausibleYear(y, TODAY)?.expected).toBe(range);
  });

  it.each([[2019], [2026]])("accepts the year %i, at the edge of the range", (y) => {
    expect(implausibleYear(y, TODAY)).toBeUndefined();
  });

  it("names the year a date should be in", () => {
    const finding = only({ "meta.date": `${year}-12-30` });
    expect([finding.code, finding.expected, finding.actual]).toEqual(["meta/date-not-next-year", year + 1, `${year}年12月30日`]);
  });

  it("names the deadline a late date is after, and accepts the deadline itself", () => {
    const finding = only({ "meta.date": `${year + 1}-02-01` });
    expect([finding.code, finding.expected]).toEqual(["meta/date-after-deadline", `${year + 1}年1月31日`]);
    expect(findings({ "meta.date": `${year + 1}-01-31` })).toEqual([]);
  });

  it("gives an example date for the report year when a date cannot be read, and none without a year", () => {
    expect(only({ "meta.date": "一月底" }).expected).toBe(`${year + 1}年1月20日`);
    const withoutYear = findings({ "meta.date": "一月底", "meta.year": null });
    expect(withoutYear.map((f) => [f.code, f.expected]).sort()).toEqual([
      ["meta/date-invalid", undefined],
      ["meta/required", undefined],
    ]);
  });

  it.each([
    ["blank", null, ["meta/required"]],
    ["of 3 digits", 999, ["meta/year-invalid"]],
    ["of 5 digits", 10000, ["meta/year-invalid"]],
    ["with a fraction", 2025.5, ["meta/year-invalid"]],
    ["of 4 digits before 2019", 1000, ["meta/year-implausible"]],
    ["of 4 digits after this year", 9999, ["meta/year-implausible"]],
  ])("a year %s gets %j", (_, value, codes) => {
    expect(
      findings({ "meta.year": value })
        .map((f) => f.code)
        .filter((code) => code.startsWith("meta/year") || code === "meta/required"),
    ).toEqual(codes);
  });

  it("reads the edition from the layout, whatever the 格式版本 cell says", () => {
    expect(checkInMemory("2021", { "meta.edition": "2019" } as never).findings).toEqual([]);
    expect(interpretReport(memorySource("2021", { "meta.edition": "2019" })).report.values["meta.edition"]).toBe("2021");
  });
});

describe("plausibility findings (P2–P4)", () => {
  it("P2 starts at 10 000 万元 and converts to 元", () => {
    expect(findings({ "active.fees.amount": 9999.5 })).toEqual([]);
    const finding = only({ "active.fees.amount": 10_000 });
    expect([finding.code, finding.expected]).toEqual(["plausibility/fees-in-yuan", (100_000_000).toLocaleString("zh-CN")]);
  });

  it("P3 needs requests dropped for unpaid fees", () => {
    const noUnpaid = Object.fromEntries(
      ["natural", "business", "research", "nonprofit", "legal", "otherOrg"].map((c) => [`requests.otherHandling.feeUnpaid.${c}`, 0]),
    );
    const fixed = Object.fromEntries(Object.keys(noUnpaid).map((id) => [id.replace("feeUnpaid", "misc"), 5]));
    expect(findings({ ...noUnpaid, ...fixed, "fees.noticesIssued": 0 }).map((f) => f.code)).not.toContain(
      "plausibility/fee-unpaid-without-notice",
    );
  });

  const items = (rows: number[][]) =>
    Object.fromEntries(
      ["licensing", "otherServices", "penalty", "coercion"].flatMap((row, r) =>
        ["lastYear", "change", "decisions"].map((column, c) => [`active.${row}.${column}`, rows[r][c]]),
      ),
    );

  it.each([
    [
      "every row adds up, one value non-zero",
      [
        [0, 2, 2],
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
      ["plausibility/columns-misread"],
    ],
    [
      "every row is zero",
      [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
      [],
    ],
    [
      "one row does not add up",
      [
        [1, 1, 2],
        [5, 5, 10],
        [3, 0, 3],
        [1, 1, 3],
      ],
      [],
    ],
  ])("P4 when %s", (_, rows, codes) => {
    expect(findings(items(rows), "2019").map((f) => f.code)).toEqual(codes);
  });
});

describe("describeRaw: a raw value as the clerk typed it", () => {
  it.each([
    [{ kind: "number", value: 12.5 }, "12.5"],
    [{ kind: "text", value: "十二" }, "十二"],
    [{ kind: "boolean", value: false }, "false"],
    [{ kind: "error", value: "#REF!" }, "#REF!"],
    [{ kind: "date", value: new Date(Date.UTC(2027, 0, 20)) }, "2027-01-20"],
    [{ kind: "formula", formula: "SUM(A1:A3)" }, "SUM(A1:A3)"],
    [{ kind: "blank" }, ""],
    [{ kind: "missing" }, ""],
    [{ kind: "derived" }, ""],
  ] as const)("%o → %j", (raw, text) => expect(describeRaw(raw)).toBe(text));
});
