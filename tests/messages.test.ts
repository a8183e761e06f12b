/** What a clerk reads: short findings, each code's advice once, no formulas pasted into sentences. */
import { describe, expect, it } from "vitest";
import { DESK_TEXT } from "../src/i18n/ui-text.js";
import { checkFile } from "../src/pipeline/check.js";
import { definedNameOf } from "../src/schema/index.js";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, tempDir, TODAY } from "./helpers/fixtures.js";
import { writeJson } from "./helpers/json.js";

const APPLICANTS = ["natural", "business", "research", "nonprofit", "legal", "otherOrg", "total"];

describe("findings that repeat", () => {
  it("a deleted row of table 三 gives 7 short findings and its advice once", async () => {
    const file = await buildWorkbook(
      "2021",
      {},
      {
        edit: (workbook) => {
          for (const column of APPLICANTS) {
            const name = definedNameOf(`requests.partlyGranted.${column}`);
            const [range] = workbook.definedNames.getRanges(name).ranges;
            workbook.definedNames.remove(range, name);
          }
        },
      },
    );
    const run = await nianbao(["check", file], tempDir());
    const lines = run.stdout.split("\n");
    const missing = lines.filter((line) => line.includes("工作簿缺少"));
    expect(missing).toHaveLength(7);
    for (const line of missing) expect(line).not.toContain("请勿删除");
    expect(lines.filter((line) => line.includes("请勿删除表格中的单元格"))).toHaveLength(1);
    // The advice follows the last of the run it belongs to.
    expect(lines.indexOf(missing[6]) + 1).toBe(lines.findIndex((line) => line.includes("请勿删除表格中的单元格")));
  });

  it("blank cells: one warning a table, the advice to fill 0 once", async () => {
    const file = await buildWorkbook("2021", {
      "review.upheld": null,
      "review.corrected": null,
      "suitDirect.other": null,
      "requests.granted.natural": null,
    });
    const run = await nianbao(["check", file], tempDir());
    expect(run.stdout.split("\n").filter((line) => line.includes("个格子未填写（A5、B5、H5），均按 0 处理"))).toHaveLength(1);
    expect(run.stdout.split("\n").filter((line) => line.includes("未填写，按 0 处理"))).toHaveLength(1);
    expect(run.stdout.split("\n").filter((line) => line.includes("没有发生的事项请填 0"))).toHaveLength(1);
  });

  it("the JSON output carries the advice with each finding, as data", async () => {
    const { result } = await checkFile(await buildWorkbook("2021", { "review.upheld": "约5" }), { today: TODAY });
    expect(result.findings[0]).toMatchObject({ code: "value/not-a-number", hint: expect.stringContaining("只填阿拉伯数字") });
    expect(result.findings[0].message).not.toContain("只填阿拉伯数字");
  });

  it("a blank workbook says once, not once per table, that tables need 0 for what did not happen", async () => {
    const dir = tempDir();
    await nianbao(["init", "--year", "2026", "--agency", "某局", "-o", "blank.xlsx"], dir);
    const run = await nianbao(["check", "blank.xlsx"], dir);
    const lines = run.stdout.split("\n");
    expect(lines.filter((line) => line.endsWith("整张表格都没有填写。"))).toHaveLength(3);
    expect(lines.filter((line) => line.includes("没有发生的事项请填 0，不要留空。"))).toHaveLength(1);
  });
});

describe("findings of the JSON form", () => {
  it("keys left out of a JSON report: one finding each, the advice once", async () => {
    const file = writeJson({ meta: { edition: "2021", agency: "某局", year: 2025, date: "2026-01-20" }, review: { upheld: 1 } });
    const run = await nianbao(["check", file], tempDir());
    const lines = run.stdout.split("\n");
    expect(lines.filter((line) => line.includes("JSON 中没有这一项")).length).toBeGreaterThan(100);
    expect(lines.filter((line) => line.includes("没有发生的事项请填 0"))).toHaveLength(1);
  });
});

describe("findings that used to paste internals", () => {
  it("a formula without a result is named, not quoted", async () => {
    const formula = "SUM(requests_newReceived_natural,requests_newReceived_business)*1";
    const { result } = await checkFile(await buildWorkbook("2021", { "active.licensing.decisions": { formula } }), { today: TODAY });
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([["value/formula-no-result", "B8"]]);
    expect(result.findings[0].message).toBe(
      "「二、主动公开政府信息情况」B8：“第二十条第（五）项 行政许可 · 本年处理决定数量”是公式，但文件中没有它的计算结果。",
    );
    expect(result.findings[0].actual).toBe(formula);
  });

  it("an unreadable date is answered with an example date of the report's own year", async () => {
    const { result } = await checkFile(await buildWorkbook("2019", { "meta.date": "一月底" }), { today: TODAY });
    expect(result.findings[0].message).toBe(
      "「基本信息」B11：“成文日期”无法识别为日期，实际为“一月底”。请按年月日填写，如 2021年1月20日。",
    );
  });
});

describe("the desk's words", () => {
  /**
   * Every text of the desk that takes values (most are read only in the browser, where v8 does not count them): given
   * a distinct value for each parameter, it is Chinese and says every one of them.
   */
  it.each(Object.entries(DESK_TEXT).filter(([, text]) => typeof text === "function") as [string, (...args: unknown[]) => string][])(
    "%s says what it is given",
    (_, text) => {
      const values = Array.from({ length: text.length }, (_, i) => (i % 2 === 0 ? `甲${i}乙` : 1000 + i));
      const said = text(...values);
      expect(said).toMatch(/\p{Script=Han}/u);
      for (const value of values) expect(said).toContain(String(value));
      expect(said).not.toMatch(/undefined|NaN|\[object/);
    },
  );

  it("names each PDF/A state in words of its own", () => {
    const states = Object.values(DESK_TEXT.pdfState);
    expect(new Set(states).size).toBe(5);
    for (const state of states) expect(state).toContain("PDF/A");
  });
});
