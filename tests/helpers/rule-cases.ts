/** The rule cases shared by the in-memory rule tests and the behaviour snapshot (scripts/behaviour-snapshot.ts). */
import type { FindingCode, Severity } from "../../src/i18n/finding-messages.js";
import type { EditionId } from "../../src/schema/index.js";
import { HELAN_2020 } from "../../scripts/examples/helan-2020.js";
import { validReport } from "./fixtures.js";

export type Delta = Record<string, unknown>;
/** A finding as a case expects it: its code, severity and field (the cell follows from the field). */
export type Expected = [code: FindingCode, severity: Severity, field: string];

export interface Case {
  it: string;
  set: Delta | ((edition: EditionId) => Delta);
  /** Text to rewrite in the file's XML after writing, the way Excel encodes control characters. */
  xml?: [from: string, to: string];
  expect: Expected[] | Partial<Record<EditionId, Expected[]>>;
  only?: EditionId;
}

const valid = (edition: EditionId) => validReport(edition);
const plusOne = (edition: EditionId, id: string) => (valid(edition).inputs[id] as number) + 1;
const totalPlusOne = (edition: EditionId, id: string) => valid(edition).totals[id] + 1;

export const CASES: Case[] = [
  {
    it: "R1: a column whose 一+二 differs from 三+四",
    set: (e) => ({ "requests.newReceived.natural": plusOne(e, "requests.newReceived.natural") }),
    expect: [
      ["rule/r1-balance", "error", "requests.newReceived.natural"],
      ["rule/r1-balance", "error", "requests.newReceived.total"],
    ],
  },
  {
    it: "R2: a （七）总计 typed over its formula with a wrong sum",
    set: (e) => ({ "requests.resultTotal.natural": totalPlusOne(e, "requests.resultTotal.natural") }),
    expect: [
      ["rule/r1-balance", "error", "requests.newReceived.natural"],
      ["rule/r2-result-total", "error", "requests.resultTotal.natural"],
      ["rule/r3-row-total", "error", "requests.resultTotal.total"],
    ],
  },
  {
    it: "R3: a row 总计 that is not the sum of its applicants",
    set: (e) => ({ "requests.newReceived.total": totalPlusOne(e, "requests.newReceived.total") }),
    expect: [
      ["rule/r1-balance", "error", "requests.newReceived.total"],
      ["rule/r3-row-total", "error", "requests.newReceived.total"],
    ],
  },
  {
    it: "R4: a 行政复议 总计 that is not the sum of its outcomes",
    set: (e) => ({ "review.total": totalPlusOne(e, "review.total") }),
    expect: [["rule/r4-group-total", "error", "review.total"]],
  },
  {
    it: "R4: the 复议后起诉 group",
    set: { "suitAfterReview.total": 0 },
    expect: [["rule/r4-group-total", "error", "suitAfterReview.total"]],
  },
  {
    it: "V1: a number written in words",
    set: { "requests.granted.natural": "十二" },
    expect: [["value/not-a-number", "error", "requests.granted.natural"]],
  },
  {
    it: "V1: an approximate number",
    set: { "requests.granted.natural": "约80" },
    expect: [["value/not-a-number", "error", "requests.granted.natural"]],
  },
  { it: "V1: 80余", set: { "review.upheld": "80余" }, expect: [["value/not-a-number", "error", "review.upheld"]] },
  { it: "V1: a negative count", set: { "review.upheld": -1 }, expect: [["value/negative", "error", "review.upheld"]] },
  { it: "V1: a fractional count", set: { "review.upheld": 1.5 }, expect: [["value/not-integer", "error", "review.upheld"]] },
  { it: "V1: a formula error", set: { "review.upheld": { error: "#REF!" } }, expect: [["value/formula-error", "error", "review.upheld"]] },
  {
    it: "V1: a date where a count belongs",
    set: { "review.upheld": new Date(Date.UTC(2026, 0, 3)) },
    expect: [["value/is-date", "error", "review.upheld"]],
  },
  {
    it: "V1: an amount with 7 decimal places",
    set: { "active.fees.amount": 1.2345678 },
    expect: [["value/too-many-decimals", "error", "active.fees.amount"]],
    only: "2021",
  },
  {
    it: "V1: 采购总金额 with 7 decimal places",
    set: { "active.procurement.amount": 0.0000001 },
    expect: [["value/too-many-decimals", "error", "active.procurement.amount"]],
    only: "2019",
  },
  {
    it: "V1: a signed change that is not whole",
    set: { "active.penalty.change": -2.5 },
    expect: [["value/not-integer", "error", "active.penalty.change"]],
    only: "2019",
  },
  { it: "V6: a count above ten million", set: { "review.upheld": 10_000_001 }, expect: [["value/out-of-range", "error", "review.upheld"]] },
  { it: "V4: no agency name", set: { "meta.agency": null }, expect: [["meta/required", "error", "meta.agency"]] },
  { it: "V4: no date", set: { "meta.date": null }, expect: [["meta/required", "error", "meta.date"]] },
  {
    it: "V4: a year in the future",
    set: { "meta.year": 2030 },
    expect: [
      ["meta/date-not-next-year", "warning", "meta.date"],
      ["meta/year-implausible", "error", "meta.year"],
    ],
  },
  {
    it: "V4: a year before 2019, the first with an official format",
    set: { "meta.year": 2005 },
    expect: [
      ["meta/date-not-next-year", "warning", "meta.date"],
      ["meta/year-implausible", "error", "meta.year"],
    ],
  },
  { it: "V4: a year that is not a year", set: { "meta.year": "去年" }, expect: [["meta/year-invalid", "error", "meta.year"]] },
  {
    it: "V4: a 2021 report in the 2019 edition",
    set: { "meta.year": 2021, "meta.date": "2022年1月10日" },
    expect: [["meta/edition-mismatch", "error", "meta.year"]],
    only: "2019",
  },
  {
    it: "V4: a 2020 report in the 2021 edition",
    set: { "meta.year": 2020, "meta.date": "2021年1月10日" },
    expect: [["meta/edition-mismatch", "error", "meta.year"]],
    only: "2021",
  },
  { it: "V4: a date that is not a date", set: { "meta.date": "一月底" }, expect: [["meta/date-invalid", "error", "meta.date"]] },
  {
    it: "V5: a date after 1月31日 of the next year",
    set: (e) => ({ "meta.date": `${(valid(e).inputs["meta.year"] as number) + 1}年3月1日` }),
    expect: [["meta/date-after-deadline", "warning", "meta.date"]],
  },
  {
    it: "V5: a date in the report year itself",
    set: (e) => ({ "meta.date": `${valid(e).inputs["meta.year"]}-12-30` }),
    expect: [["meta/date-not-next-year", "warning", "meta.date"]],
  },
  {
    it: "V7: a control character in a text cell",
    set: { "meta.address": "银川市金凤区" },
    xml: ["银川市金凤区", "银川市_x0001_金凤区"],
    expect: [["text/control-characters", "warning", "meta.address"]],
  },
  {
    it: "V7: a control character in a paragraph",
    set: { "text.problems": [{ text: "问题一" }] },
    xml: ["问题一", "问题_x0007_一"],
    expect: [["text/control-characters", "warning", "text.problems"]],
  },
  {
    it: "V7: an unknown paragraph level",
    set: { "text.problems": [{ level: "小标题", text: "问题" }] },
    expect: [["text/unknown-level", "warning", "text.problems"]],
  },
  {
    it: "P1: 规章 reported by an agency",
    set: { "active.rules.inForce": 3 },
    expect: [["plausibility/rules-issued", "info", "active.rules.inForce"]],
    only: "2021",
  },
  {
    it: "P1: 规章 reported under edition 2019",
    set: { "active.rules.made": 1 },
    expect: [["plausibility/rules-issued", "info", "active.rules.made"]],
    only: "2019",
  },
  {
    it: "P2: fees that look like yuan",
    set: { "active.fees.amount": 25_000 },
    expect: [["plausibility/fees-in-yuan", "info", "active.fees.amount"]],
    only: "2021",
  },
  {
    it: "P3: requests dropped for unpaid fees without any fee notice",
    set: { "fees.noticesIssued": 0 },
    expect: [["plausibility/fee-unpaid-without-notice", "warning", "fees.noticesIssued"]],
    only: "2021",
  },
  {
    // The published 2020 report of 贺兰县交通运输局 (scripts/examples/helan-2020.ts) fills its item rows this way.
    it: "P4: every 项目 row adds up to its 处理决定数量",
    set: Object.fromEntries(
      ["licensing", "otherServices", "penalty", "coercion"].flatMap((row) =>
        ["lastYear", "change", "decisions"].map((column) => [
          `active.${row}.${column}`,
          (HELAN_2020.values as Record<string, unknown>)[`active.${row}.${column}`],
        ]),
      ),
    ),
    expect: [["plausibility/columns-misread", "info", "active.licensing.decisions"]],
    only: "2019",
  },
];
