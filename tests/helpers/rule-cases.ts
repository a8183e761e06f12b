/** The rule cases shared by the in-memory rule tests and the behaviour snapshot (scripts/behaviour-snapshot.ts). */
import type { EditionId } from "../../src/schema/index.js";
import { validReport } from "./fixtures.js";

export type Delta = Record<string, unknown>;
export interface Case {
  it: string;
  set: Delta | ((edition: EditionId) => Delta);
  /** Text to rewrite in the file's XML after writing, the way Excel encodes control characters. */
  xml?: [from: string, to: string];
  expect: [rule: string, cell: string][] | Partial<Record<EditionId, [string, string][]>>;
  only?: EditionId;
}

const valid = (edition: EditionId) => validReport(edition);
const plusOne = (edition: EditionId, id: string) => (valid(edition).inputs[id] as number) + 1;
const totalPlusOne = (edition: EditionId, id: string) => valid(edition).totals[id] + 1;


export const CASES: Case[] = [
  { it: "R1: a column whose 一+二 differs from 三+四", set: (e) => ({ "requests.newReceived.natural": plusOne(e, "requests.newReceived.natural") }), expect: [["R1", "D5"], ["R1", "J5"]] },
  {
    it: "R2: a （七）总计 typed over its formula with a wrong sum",
    set: (e) => ({ "requests.resultTotal.natural": totalPlusOne(e, "requests.resultTotal.natural") }),
    expect: { "2019": [["R1", "D5"], ["R2", "D26"], ["R3", "J26"]], "2021": [["R1", "D5"], ["R2", "D28"], ["R3", "J28"]] },
  },
  { it: "R3: a row 总计 that is not the sum of its applicants", set: (e) => ({ "requests.newReceived.total": totalPlusOne(e, "requests.newReceived.total") }), expect: [["R1", "J5"], ["R3", "J5"]] },
  { it: "R4: a 行政复议 总计 that is not the sum of its outcomes", set: (e) => ({ "review.total": totalPlusOne(e, "review.total") }), expect: [["R4", "E5"]] },
  { it: "R4: the 复议后起诉 group", set: (e) => ({ "suitAfterReview.total": 0 }), expect: [["R4", "O5"]] },
  { it: "V1: a number written in words", set: { "requests.granted.natural": "十二" }, expect: [["V1", "D7"]] },
  { it: "V1: an approximate number", set: { "requests.granted.natural": "约80" }, expect: [["V1", "D7"]] },
  { it: "V1: 80余", set: { "review.upheld": "80余" }, expect: [["V1", "A5"]] },
  { it: "V1: a negative count", set: { "review.upheld": -1 }, expect: [["V1", "A5"]] },
  { it: "V1: a fractional count", set: { "review.upheld": 1.5 }, expect: [["V1", "A5"]] },
  { it: "V1: a formula error", set: { "review.upheld": { error: "#REF!" } }, expect: [["V1", "A5"]] },
  { it: "V1: a date where a count belongs", set: { "review.upheld": new Date(Date.UTC(2026, 0, 3)) }, expect: [["V1", "A5"]] },
  { it: "V1: an amount with 7 decimal places", set: { "active.fees.amount": 1.2345678 }, expect: [["V1", "B15"]], only: "2021" },
  { it: "V1: 采购总金额 with 7 decimal places", set: { "active.procurement.amount": 0.0000001 }, expect: [["V1", "C19"]], only: "2019" },
  { it: "V1: a signed change that is not whole", set: { "active.penalty.change": -2.5 }, expect: [["V1", "C12"]], only: "2019" },
  { it: "V6: a count above ten million", set: { "review.upheld": 10_000_001 }, expect: [["V6", "A5"]] },
  { it: "V4: no agency name", set: { "meta.agency": null }, expect: [["V4", "B3"]] },
  { it: "V4: no date", set: { "meta.date": null }, expect: [["V4", "B11"]] },
  { it: "V4: a year in the future", set: { "meta.year": 2030 }, expect: [["V4", "B4"], ["V5", "B11"]] },
  { it: "V4: a year before 2008", set: { "meta.year": 2005 }, expect: [["V4", "B4"], ["V5", "B11"]] },
  { it: "V4: a year that is not a year", set: { "meta.year": "去年" }, expect: [["V4", "B4"]] },
  { it: "V4: a 2021 report in the 2019 edition", set: { "meta.year": 2021, "meta.date": "2022年1月10日" }, expect: [["V4", "B4"]], only: "2019" },
  { it: "V4: a 2020 report in the 2021 edition", set: { "meta.year": 2020, "meta.date": "2021年1月10日" }, expect: [["V4", "B4"]], only: "2021" },
  { it: "V4: a date that is not a date", set: { "meta.date": "一月底" }, expect: [["V4", "B11"]] },
  { it: "V5: a date after 1月31日 of the next year", set: (e) => ({ "meta.date": `${valid(e).inputs["meta.year"] as number + 1}年3月1日` }), expect: [["V5", "B11"]] },
  { it: "V5: a date in the report year itself", set: (e) => ({ "meta.date": `${valid(e).inputs["meta.year"]}-12-30` }), expect: [["V5", "B11"]] },
  { it: "V7: a control character in a text cell", set: { "meta.address": "银川市金凤区" }, xml: ["银川市金凤区", "银川市_x0001_金凤区"], expect: [["V7", "B6"]] },
  { it: "V7: a control character in a paragraph", set: { "text.problems": [{ text: "问题一" }] }, xml: ["问题一", "问题_x0007_一"], expect: [["V7", "B3"]] },
  { it: "V7: an unknown paragraph level", set: { "text.problems": [{ level: "小标题", text: "问题" }] }, expect: [["V7", "B3"]] },
  { it: "P1: 规章 reported by an agency", set: { "active.rules.inForce": 3 }, expect: { "2021": [["P1", "D4"]] }, only: "2021" },
  { it: "P1: 规章 reported under edition 2019", set: { "active.rules.made": 1 }, expect: [["P1", "B4"]], only: "2019" },
  { it: "P2: fees that look like yuan", set: { "active.fees.amount": 25_000 }, expect: [["P2", "B15"]], only: "2021" },
  { it: "P3: requests dropped for unpaid fees without any fee notice", set: { "fees.noticesIssued": 0 }, expect: [["P3", "B3"]], only: "2021" },
  {
    it: "P4: every 项目 row adds up to its 处理决定数量",
    set: {
      "active.licensing.lastYear": 278, "active.licensing.change": -7, "active.licensing.decisions": 271,
      "active.otherServices.lastYear": 5822, "active.otherServices.change": 505, "active.otherServices.decisions": 6327,
      "active.penalty.lastYear": 231, "active.penalty.change": -198, "active.penalty.decisions": 33,
      "active.coercion.lastYear": 15, "active.coercion.change": 11, "active.coercion.decisions": 26,
    },
    expect: [["P4", "D8"]],
    only: "2019",
  },
];

