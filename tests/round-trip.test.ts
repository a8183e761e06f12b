import { describe, expect, it } from "vitest";
import { checkFile } from "../src/pipeline/check.js";
import { EDITIONS } from "../src/schema/index.js";
import { buildWorkbook, TODAY, validReport, YEAR } from "./helpers/fixtures.js";
import { EDITION_IDS } from "../src/schema/editions.js";

describe.each([...EDITION_IDS])("edition %s round trip", (edition) => {
  it("reads back exactly the report it was filled with, with no findings", async () => {
    const file = await buildWorkbook(edition);
    const { result, report } = await checkFile(file, { today: TODAY });
    expect(result.findings).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.edition).toBe(edition);

    const { inputs, totals } = validReport(edition);
    const expected: Record<string, unknown> = {
      ...inputs,
      ...totals,
      "meta.edition": edition,
      "meta.date": `${YEAR[edition] + 1}-01-20`,
      "meta.signer": inputs["meta.agency"],
      "meta.publicity": "（此件公开发布）",
      "text.overview": [
        { level: 1, text: "（一）主动公开情况" },
        { level: 0, text: "全年主动公开政府信息 1200 条。" },
      ],
      "text.problems": [{ level: 0, text: "公开内容还不够全面。" }],
      "text.other": [{ level: 0, text: "无其他需要报告的事项。" }],
    };
    expect(report.values).toEqual(expected);
    // Every field of the edition has a value: nothing is silently dropped.
    expect(Object.keys(report.values).sort()).toEqual(EDITIONS[edition].fields.map((f) => f.id).sort());
  });
});
