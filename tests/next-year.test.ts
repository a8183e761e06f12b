/**
 * What a new year's workbook takes from last year's report, value by value, written out by hand: contacts (not a
 * signer that only repeats the agency, not a value of the wrong kind), 上年结转 from 结转下年度继续办理, 2021's
 * 现行有效件数, 2019's 上一年项目数量 as last year's plus its change (only when both are there), and the narrative as a
 * marked draft (not an empty one).
 *
 * Covers: src/report/next-year.ts.
 */
import { describe, expect, it } from "vitest";
import { nextYearValues } from "../src/report/next-year.js";
import type { Report } from "../src/report/report.js";
import { EDITIONS } from "../src/schema/editions.js";

const last2019 = {
  edition: "2019",
  values: {
    "meta.agency": "某县交通运输局",
    "meta.signer": "某县交通运输局",
    "meta.phone": "0951-1234567",
    "meta.address": "某县某路 1 号",
    "meta.website": "http://www.example.gov.cn",
    "meta.email": 12345,
    "requests.carriedForward.natural": 3,
    "requests.carriedForward.business": "三",
    "requests.carriedForward.legal": 0,
    "active.licensing.lastYear": 10,
    "active.licensing.change": -2,
    "active.otherServices.lastYear": 5,
    "active.penalty.change": 1,
    "active.rules.made": 4,
    "text.overview": [
      { level: 1, text: "主动公开情况" },
      { level: 0, text: "全年主动公开信息 120 条。" },
    ],
    "text.problems": [],
  },
} as unknown as Report;

describe("init --from: what the next year's workbook takes", () => {
  it("from a 2019-edition report into the 2019 edition", () => {
    const { values, carried } = nextYearValues(last2019, EDITIONS["2019"]);
    expect(values).toStrictEqual({
      "meta.address": "某县某路 1 号",
      "meta.phone": "0951-1234567",
      "meta.website": "http://www.example.gov.cn",
      "requests.carriedOver.natural": 3,
      "requests.carriedOver.legal": 0,
      "active.licensing.lastYear": 8,
      "text.overview": [
        { level: "标题（一）", text: "【上年内容，请改写】主动公开情况" },
        { level: "正文", text: "【上年内容，请改写】全年主动公开信息 120 条。" },
      ],
    });
    expect(carried.map((entry) => entry.id)).toEqual(Object.keys(values));
    expect(carried.find((entry) => entry.id === "active.licensing.lastYear")).toEqual({
      id: "active.licensing.lastYear",
      label: expect.stringContaining("行政许可"),
      value: 8,
    });
  });

  it("a signer of its own, and 2021's 现行有效件数 from last year's, into the 2021 edition", () => {
    const last = {
      edition: "2021",
      values: {
        "meta.agency": "某县交通运输局",
        "meta.signer": "某县人民政府办公室",
        "active.rules.inForce": 7,
        "active.normative.inForce": "七",
        "active.rules.issued": 2,
        "requests.carriedForward.total": 9,
      },
    } as unknown as Report;
    expect(nextYearValues(last, EDITIONS["2021"]).values).toStrictEqual({
      "meta.signer": "某县人民政府办公室",
      "active.rules.inForce": 7,
    });
  });

  it("across the edition change: 2019's fields the 2021 edition lacks are not carried", () => {
    const { values } = nextYearValues(last2019, EDITIONS["2021"]);
    expect(Object.keys(values)).toEqual([
      "meta.address",
      "meta.phone",
      "meta.website",
      "requests.carriedOver.natural",
      "requests.carriedOver.legal",
      "text.overview",
    ]);
  });
});
