/** What a template receives for a report: every value formatted as printed, section 六 filled when left empty. *
 * Covers: src/schema/active.ts, src/schema/meta.ts, src/schema/review.ts.
 */
import { describe, expect, it } from "vitest";
import { buildTemplateData, LOOP_TAGS } from "../src/render/template-data.js";
import type { Report } from "../src/report/report.js";
import { EDITIONS, type EditionId } from "../src/schema/index.js";
import { EDITION_IDS } from "../src/schema/editions.js";

const data = (edition: EditionId, values: Report["values"]) => buildTemplateData({ edition, values }, EDITIONS[edition]);
const section6 = (edition: EditionId, values: Report["values"]) =>
  (data(edition, { "meta.year": 2025, ...values })["text.other"] as { text: string }[]).map((p) => p.text);

describe("section 六 left empty", () => {
  it("says 无其他需要报告的事项 in edition 2019", () => {
    expect(section6("2019", {})).toEqual(["无其他需要报告的事项。"]);
  });

  it("says no fee was collected in edition 2021 when no notice was sent and nothing collected", () => {
    expect(section6("2021", { "fees.noticesIssued": 0, "fees.noticedAmount": 0, "fees.collectedAmount": 0 })).toEqual([
      "本机关2025年度未收取政府信息公开信息处理费。",
    ]);
    expect(section6("2021", {})).toEqual(["本机关2025年度未收取政府信息公开信息处理费。"]);
  });

  it.each([
    [
      { "fees.noticesIssued": 2, "fees.noticedAmount": 150, "fees.collectedAmount": 100.5 },
      "发出收费通知2件，通知金额150元，实际收取信息处理费100.5元。",
    ],
    [
      { "fees.noticesIssued": 1, "fees.noticedAmount": 80, "fees.collectedAmount": 0 },
      "发出收费通知1件，通知金额80元，实际收取信息处理费0元。",
    ],
    [
      { "fees.noticesIssued": 0, "fees.noticedAmount": 0, "fees.collectedAmount": 35.25 },
      "发出收费通知0件，通知金额0元，实际收取信息处理费35.25元。",
    ],
  ])("states the fees in edition 2021: %o", (fees, sentence) => {
    expect(section6("2021", fees)).toEqual([`2025年度，本机关依据《政府信息公开信息处理费管理办法》${sentence}`]);
  });

  it("prints the clerk's own text when there is some, in either edition", () => {
    for (const edition of EDITION_IDS)
      expect(section6(edition, { "text.other": [{ level: 0, text: "其他事项。" }] })).toEqual(["其他事项。"]);
  });
});

describe("template values", () => {
  it("gives each paragraph one flag for its level and marks the section's last", () => {
    const overview = data("2021", {
      "text.overview": [
        { level: 1, text: "（一）主动公开" },
        { level: 2, text: "1.规范性文件" },
        { level: 0, text: "正文。" },
      ],
    })["text.overview"];
    expect(overview).toEqual([
      { text: "（一）主动公开", h1: true, h2: false, body: false, last: false },
      { text: "1.规范性文件", h1: false, h2: true, body: false, last: false },
      { text: "正文。", h1: false, h2: false, body: true, last: true },
    ]);
    expect([...LOOP_TAGS].sort()).toEqual(["body", "h1", "h2", "last", "text"]);
  });

  it("formats numbers by kind, dates the Chinese way, and leaves what is absent empty", () => {
    const values = data("2019", {
      "active.licensing.change": 505,
      "active.penalty.change": -7,
      "active.procurement.amount": 7380.28959,
      "review.upheld": 3,
      "meta.date": "2021-01-20",
      "meta.year": 2020,
      "meta.agency": "贺兰县交通运输局",
    });
    expect(values).toMatchObject({
      "active.licensing.change": "+505",
      "active.penalty.change": "-7",
      "active.coercion.change": "0",
      "active.procurement.amount": "7380.28959",
      "review.upheld": "3",
      "review.corrected": "0",
      "meta.date": "2021年1月20日",
      "meta.year": "2020",
      "meta.agency": "贺兰县交通运输局",
      "meta.website": "",
      "text.problems": [],
    });
    expect(data("2019", {})["meta.date"]).toBe("");
    expect(data("2021", {})["active.fees.amount"]).toBe("0");
  });

  it("has a value for every field of the edition, the fee facts included", () => {
    for (const edition of EDITION_IDS) {
      expect(Object.keys(data(edition, {})).sort()).toEqual(EDITIONS[edition].fields.map((f) => f.id).sort());
    }
  });
});
