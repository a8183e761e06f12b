/** Unit tables for the value parsers and formatters: what a cell holds → the number or date read → what is printed. *
 * Covers: src/schema/kinds.ts, src/values/base-name.ts.
 */
import { describe, expect, it } from "vitest";
import { formatAmount, formatDate, formatLine, formatNumber } from "../src/render/format-value.js";
import type { FieldType } from "../src/schema/index.js";
import { formatChineseDate, readDate } from "../src/values/date.js";
import { decimalPlaces, describeNumber, parseNumberText, readNumber } from "../src/values/number.js";
import type { RawValue } from "../src/values/raw-value.js";
import { contentStart, stripControlCharacters } from "../src/values/text.js";

const number = (value: number): RawValue => ({ kind: "number", value });
const text = (value: string): RawValue => ({ kind: "text", value });

describe("parseNumberText (V2: what clerks type)", () => {
  it.each([
    ["12", 12],
    ["１２", 12],
    [" 1 234 ", 1234],
    ["1,234", 1234],
    ["1,234,567.5", 1234567.5],
    ["+5", 5],
    ["-7", -7],
    ["\u22127", -7],
    ["\u20137", -7],
    ["\u20147", -7],
    ["减4", -4],
    ["增5", 5],
    ["12件", 12],
    ["12条", 12],
    ["12项", 12],
    ["12个", 12],
    ["12.5", 12.5],
    ["0", 0],
    ["12,345", 12345],
    ["+1,234", 1234],
    ["-1,234", -1234],
    ["1,234.56", 1234.56],
  ])("%j → %d", (typed, read) => expect(parseNumberText(typed)).toBe(read));

  it.each(["1,23", "1,2345", "12345,678", "1,234,56", "十二", "约80", "80余", "1e3", ".5", "5.", "", "12件件", "--1", "1-2", "a5", "s5"])(
    "%j is not a number",
    (typed) => {
      expect(parseNumberText(typed)).toBeUndefined();
    },
  );

  it("reads -0 typed as text as 0, never -0", () => {
    expect(Object.is(parseNumberText("-0"), 0)).toBe(true);
    expect(Object.is(parseNumberText("减0"), 0)).toBe(true);
  });
});

describe("describeNumber (a number as a message shows it)", () => {
  it.each([
    [12, "12"],
    [-2.5, "-2.5"],
    [1e20, "100000000000000000000"],
    [1.23456789012346e23, "123456789012346000000000"],
    [-5e21, "-5000000000000000000000"],
    [1.2e30, "1200000000000000000000000000000"],
    [Number.POSITIVE_INFINITY, "超出可计算范围的数"],
    [Number.NaN, "超出可计算范围的数"],
  ])("%d → %s", (value, shown) => expect(describeNumber(value)).toBe(shown));
});

describe("decimalPlaces (as written, shortest round trip)", () => {
  it.each([
    [160.5964, 4],
    [12.500000001, 9],
    [0.1 + 0.2, 17],
    [1e21, 0],
    [1e-7, 7],
    [1.5e-10, 11],
    [-2.25, 2],
    [-0, 0],
    [7, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])("%d has %i places", (value, places) => expect(decimalPlaces(value)).toBe(places));
});

describe("readNumber (V1, V3, V6)", () => {
  const cases: [string, RawValue, FieldType, ReturnType<typeof readNumber>][] = [
    ["a count", number(12), "count", { status: "ok", value: 12 }],
    ["-0", number(-0), "count", { status: "ok", value: 0 }],
    ["a count at the bound", number(10_000_000), "count", { status: "ok", value: 10_000_000 }],
    [
      "a count over the bound",
      number(10_000_001),
      "count",
      { status: "invalid", code: "value/out-of-range", actual: 10_000_001, expected: 10_000_000 },
    ],
    [
      "1e21",
      number(1e21),
      "count",
      { status: "invalid", code: "value/out-of-range", actual: "1000000000000000000000", expected: 10_000_000 },
    ],
    [
      "a 24-digit number cell, as Excel keeps it (15 digits)",
      number(1.23456789012346e23),
      "count",
      { status: "invalid", code: "value/out-of-range", actual: "123456789012346000000000", expected: 10_000_000 },
    ],
    [
      "400 nines typed as text",
      text("9".repeat(400)),
      "count",
      { status: "invalid", code: "value/out-of-range", actual: "9".repeat(400), expected: 10_000_000 },
    ],
    [
      "a negative signed change over the bound",
      number(-10_000_001),
      "signed",
      { status: "invalid", code: "value/out-of-range", actual: -10_000_001, expected: 10_000_000 },
    ],
    ["a negative count", number(-1), "count", { status: "invalid", code: "value/negative", actual: -1 }],
    ["a negative change", number(-7), "signed", { status: "ok", value: -7 }],
    ["a fractional change", number(-2.5), "signed", { status: "invalid", code: "value/not-integer", actual: -2.5 }],
    ["a negative amount", number(-1.5), "amount", { status: "invalid", code: "value/negative", actual: -1.5 }],
    [
      "0.1+0.2 as an amount",
      number(0.1 + 0.2),
      "amount",
      { status: "invalid", code: "value/too-many-decimals", actual: 0.1 + 0.2, expected: 6 },
    ],
    ["six places", number(0.012345), "amount", { status: "ok", value: 0.012345 }],
    ["three places in yuan", number(1.005), "yuan", { status: "invalid", code: "value/too-many-decimals", actual: 1.005, expected: 2 }],
    ["two places in yuan", number(100.5), "yuan", { status: "ok", value: 100.5 }],
    ["NaN", number(Number.NaN), "count", { status: "invalid", code: "value/not-a-number", actual: "NaN" }],
    [
      "Infinity (a JSON 1e400)",
      number(Number.POSITIVE_INFINITY),
      "count",
      { status: "invalid", code: "value/out-of-range", actual: "超出可计算范围的数", expected: 10_000_000 },
    ],
    ["text forgiven", text("１,２３４件"), "count", { status: "ok", value: 1234, readFrom: "１,２３４件" }],
    ["text with a fraction for a count", text("2.5"), "count", { status: "invalid", code: "value/not-integer", actual: "2.5" }],
    ["text of spaces", text("   "), "count", { status: "blank" }],
    ["a blank cell", { kind: "blank" }, "count", { status: "blank" }],
    ["a missing JSON key", { kind: "missing" }, "amount", { status: "blank" }],
    [
      "a date",
      { kind: "date", value: new Date(Date.UTC(2026, 0, 3)) },
      "count",
      { status: "invalid", code: "value/is-date", actual: "2026-01-03" },
    ],
    ["a formula error", { kind: "error", value: "#REF!" }, "count", { status: "invalid", code: "value/formula-error", actual: "#REF!" }],
    [
      "a formula without result",
      { kind: "formula", formula: "SUM(A1:A3)" },
      "count",
      { status: "invalid", code: "value/formula-no-result", actual: "SUM(A1:A3)" },
    ],
    ["a boolean", { kind: "boolean", value: true }, "count", { status: "invalid", code: "value/not-a-number", actual: "true" }],
    ["a number in words", text("十二"), "count", { status: "invalid", code: "value/not-a-number", actual: "十二" }],
  ];
  // Strict: a reading carries readFrom only when the value needed forgiving.
  it.each(cases)("%s", (_, raw, type, reading) => expect(readNumber(raw, type)).toStrictEqual(reading));
});

describe("readDate (V4)", () => {
  it.each([
    ["an Excel serial", number(46042), "2026-01-20"],
    ["an Excel serial with a time", number(46042.75), "2026-01-20"],
    ["serial 1", number(1), "1899-12-31"],
    ["the last serial Excel has", number(2_958_465), "9999-12-31"],
    ["a Date from exceljs", { kind: "date", value: new Date(Date.UTC(2027, 0, 20)) } as RawValue, "2027-01-20"],
    ["年月日", text("2027年1月20日"), "2027-01-20"],
    ["full-width digits and spaces", text("２０２７年 １月 ２０日"), "2027-01-20"],
    ["slashes", text("2027/1/20"), "2027-01-20"],
    ["dots", text("2027.01.20"), "2027-01-20"],
    ["dashes", text("2027-1-2"), "2027-01-02"],
    ["29 February of a leap year", text("2028-02-29"), "2028-02-29"],
    ["a year before 1000", text("0999-01-01"), "0999-01-01"],
  ])("%s", (_, raw, iso) => expect(readDate(raw)).toBe(iso));

  it.each([
    ["serial 0", number(0)],
    ["a serial past 9999", number(2_958_466)],
    ["a negative serial", number(-5)],
    ["NaN", number(Number.NaN)],
    ["an invalid Date", { kind: "date", value: new Date(Number.NaN) } as RawValue],
    ["30 February", text("2027-02-30")],
    ["month 13", text("2027-13-01")],
    ["29 February of a common year", text("2027-02-29")],
    ["words", text("一月底")],
    ["a year and month only", text("2027年1月")],
    ["words before the date", text("于2027年1月20日")],
    ["words after the date", text("2027年1月20日前")],
    ["a two-digit year JavaScript would move to 1900", text("0050-01-01")],
    ["a blank", { kind: "blank" } as RawValue],
    ["a boolean", { kind: "boolean", value: true } as RawValue],
  ])("%s is not a date", (_, raw) => expect(readDate(raw)).toBeUndefined());

  it("prints a date the Chinese way", () => {
    expect(formatChineseDate("2027-01-20")).toBe("2027年1月20日");
    expect(formatDate("2030-12-05")).toBe("2030年12月5日");
  });
});

describe("formatting for the report (never String() of a float)", () => {
  it.each([
    [12.5, "12.5"],
    [7380.28959, "7380.28959"],
    [0.1 + 0.2, "0.3"],
    [0.000001, "0.000001"],
    [1e-7, "0"],
    [-0, "0"],
    [0, "0"],
    [100, "100"],
    [2.675, "2.675"],
    [-1e-7, "0"],
  ])("formatAmount(%d) = %j", (value, printed) => expect(formatAmount(value)).toBe(printed));

  it.each([
    [505, "signed", "+505"],
    [-7, "signed", "-7"],
    [0, "signed", "0"],
    [-0, "signed", "0"],
    [undefined, "signed", "0"],
    [12, "count", "12"],
    [-0, "count", "0"],
    [undefined, "count", "0"],
    [10_000_000, "count", "10000000"],
    [0.1 + 0.2, "amount", "0.3"],
    [100.5, "yuan", "100.5"],
    [undefined, "amount", "0"],
  ] as const)("formatNumber(%d, %s) = %j", (value, type, printed) => expect(formatNumber(value, type)).toBe(printed));

  it.each([
    ["贺兰县交通运输局", "贺兰县交通运输局"],
    ["宁夏银川市\n贺兰县", "宁夏银川市 贺兰县"],
    ["Room 5 \r\n  Building 2", "Room 5 Building 2"],
    ["甲\n\n\n乙", "甲 乙"],
    ["甲　乙", "甲　乙"], // a full-width space typed on purpose stays
  ])("formatLine(%j) = %j", (text, printed) => expect(formatLine(text)).toBe(printed));
});

describe("control characters (V7)", () => {
  it.each([
    ["a C0 control", "银川\u0001市", "银川市", 1],
    ["DEL and a C1 control", "a\u007Fb\u0085c", "abc", 2],
    ["U+FFFE and U+FFFF", "x\uFFFEy\uFFFF", "xy", 2],
    ["a lone high surrogate", "a\uD800b", "ab", 1],
    ["a lone low surrogate", "a\uDC00b", "ab", 1],
    ["a vertical tab and form feed", "a\u000Bb\u000Cc", "abc", 2],
  ])("removes %s", (_, dirty, clean, removed) => expect(stripControlCharacters(dirty)).toEqual({ text: clean, removed }));

  it.each([
    ["tab, line feed and carriage return", "a\tb\nc\rd"],
    ["a surrogate pair (𠀀)", "机关\uD840\uDC00名"],
    ["Chinese punctuation", "（一）“三安全一稳定”、"],
  ])("keeps %s", (_, kept) => expect(stripControlCharacters(kept)).toEqual({ text: kept, removed: 0 }));
});

describe("where a text file's content starts", () => {
  const bytes = (...values: (number | string)[]) =>
    new Uint8Array(values.flatMap((value) => (typeof value === "string" ? [...Buffer.from(value)] : [value])));
  it.each([
    ["no byte-order mark, no space", bytes("{"), 0],
    ["ASCII white space", bytes(" \t\n\r\f\v{"), 6],
    ["a UTF-8 byte-order mark", bytes(0xef, 0xbb, 0xbf, "{"), 3],
    ["a byte-order mark and spaces", bytes(0xef, 0xbb, 0xbf, "  <"), 5],
    ["two bytes of a byte-order mark only", bytes(0xef, 0xbb, "{"), 0],
    ["a mark's last byte alone", bytes(0xbb, 0xbf, "{"), 0],
    ["a full-width space, which is content", bytes("\u3000{"), 0],
    ["nothing but space", bytes("  "), 2],
    ["nothing", bytes(), 0],
  ])("%s", (_, text, start) => expect(contentStart(text)).toBe(start));
});
