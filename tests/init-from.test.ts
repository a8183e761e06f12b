/** `nianbao init --from LAST`: next year's workbook prefilled from last year's report, across the edition change. *
 * Covers: src/pipeline/new-workbook.ts.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile } from "../src/pipeline/check.js";
import { carryOver } from "../src/pipeline/init.js";
import { loadReport } from "../src/pipeline/load.js";
import { EDITIONS } from "../src/schema/index.js";
import { DRAFT_MARKER } from "../src/schema/narrative.js";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, tempDir, validReport, YEAR } from "./helpers/fixtures.js";
import { setPath, validJson, writeJson } from "./helpers/json.js";

const COLUMNS = ["natural", "business", "research", "nonprofit", "legal", "otherOrg"];

/** Last year's report as JSON in `dir`, its carried-forward applications 1…6 by column. */
function lastYearJson(dir: string, edition: "2019" | "2021", year: number): string {
  const data = validJson(edition);
  setPath(data, "meta.year", year);
  setPath(data, "meta.date", `${year + 1}-01-20`);
  COLUMNS.forEach((column, i) => setPath(data, `requests.carriedForward.${column}`, i + 1));
  copyFileSync(writeJson(data), join(dir, "上年.json"));
  return "上年.json";
}

describe("nianbao init --from", () => {
  it("carries agency, contact, carried-forward applications, 现行有效 and the narrative as a marked draft (2021 → 2021)", async () => {
    const dir = tempDir();
    const from = lastYearJson(dir, "2021", 2024);
    const run = await nianbao(["init", "--from", from, "-o", "本年.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("已根据上年报告 上年.json 预填");
    expect(run.stderr).toContain("现行有效件数填的是上年年底的件数");
    const { report, edition } = await loadReport(join(dir, "本年.xlsx"));
    const last = validReport("2021").inputs;
    expect([edition.id, report.values["meta.year"], report.values["meta.agency"], report.values["meta.phone"]]).toEqual([
      "2021",
      2025,
      last["meta.agency"],
      last["meta.phone"],
    ]);
    expect(COLUMNS.map((column) => report.values[`requests.carriedOver.${column}` as never])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(report.values["requests.carriedOver.total"]).toBe(21);
    expect(report.values["active.normative.inForce"]).toBe(last["active.normative.inForce"]);
    const overview = report.values["text.overview"] as { level: number; text: string }[];
    expect(overview).toEqual(
      (last["text.overview"] as { text: string }[]).map((p, i) => ({ level: i === 0 ? 1 : 0, text: `${DRAFT_MARKER}${p.text}` })),
    );
  });

  it("works across the edition change: a 2020 report in the 2019 edition gives a 2021-edition workbook", async () => {
    const dir = tempDir();
    const from = lastYearJson(dir, "2019", 2020);
    const run = await nianbao(["init", "--from", from, "-o", "2021.xlsx"], dir);
    expect(run.code).toBe(0);
    const { report, edition } = await loadReport(join(dir, "2021.xlsx"));
    expect([edition.id, report.values["meta.year"]]).toEqual(["2021", 2021]);
    expect(COLUMNS.map((column) => report.values[`requests.carriedOver.${column}` as never])).toEqual([1, 2, 3, 4, 5, 6]);
    // Edition 2019 has no 现行有效件数: nothing to carry, and nothing said about it.
    expect(report.values["active.normative.inForce"]).toBe(0);
    expect(run.stderr).not.toContain("现行有效件数");
  });

  it("carries edition 2019's 上一年项目数量 as last year's items plus their change (2019 → 2019)", async () => {
    const dir = tempDir();
    copyFileSync(await buildWorkbook("2019", { "meta.year": 2019, "meta.date": new Date(Date.UTC(2020, 0, 20)) }), join(dir, "2019.xlsx"));
    const run = await nianbao(["init", "--from", "2019.xlsx", "-o", "2020.xlsx"], dir);
    expect(run.code).toBe(0);
    const { report } = await loadReport(join(dir, "2020.xlsx"));
    const last = validReport("2019").inputs;
    expect(report.values["meta.year"]).toBe(2020);
    expect(report.values["active.penalty.lastYear"]).toBe(
      (last["active.penalty.lastYear"] as number) + (last["active.penalty.change"] as number),
    );
  });

  it("makes a report that cannot be generated until every draft paragraph is rewritten, and agrees with X1", async () => {
    const dir = tempDir();
    const from = lastYearJson(dir, "2021", YEAR["2021"] - 1);
    await nianbao(["init", "--from", from, "-o", "本年.xlsx"], dir);
    const previous = await loadReport(join(dir, from));
    const { result } = await checkFile(join(dir, "本年.xlsx"), { previous });
    const drafts = result.findings.filter((f) => f.code === "text/draft-not-rewritten");
    // Each section's first paragraph row, in its text column (B): where the blank workbook puts it.
    const firstRow = (id: string) => `B${/\d+/.exec(EDITIONS["2021"].fields.find((f) => f.id === id)!.cell)![0]}`;
    expect(drafts.map((f) => [f.severity, f.field, f.cell])).toEqual(
      ["text.overview", "text.problems", "text.other"].map((id) => ["error", id, firstRow(id)]),
    );
    expect(drafts[0].related?.map((r) => r.cell)).toEqual(["B4"]);
    expect(result.findings.filter((f) => f.code === "cross-year/carried-over")).toEqual([]);
  });

  it("takes the year and agency the clerk types over last year's, and never writes over a file", async () => {
    const dir = tempDir();
    const from = lastYearJson(dir, "2021", 2024);
    const typed = await nianbao(
      ["init", "--from", from, "--year", "2026", "--agency", "银川市交通运输局（新）", "-o", "a.xlsx"],
      dir,
      "nianbao",
    );
    expect(typed.code).toBe(0);
    const { report } = await loadReport(join(dir, "a.xlsx"));
    expect([report.values["meta.year"], report.values["meta.agency"]]).toEqual([2026, "银川市交通运输局（新）"]);
    const before = readFileSync(join(dir, "a.xlsx"));
    const again = await nianbao(["init", "--from", from, "-o", "a.xlsx"], dir);
    expect(again.code).toBe(2);
    expect(readFileSync(join(dir, "a.xlsx"))).toEqual(before);
  });

  it("refuses a last-year report it cannot read (exit 2, naming it), and asks for --year and --agency without --from", async () => {
    const dir = tempDir();
    const missing = await nianbao(["init", "--from", "没有.xlsx"], dir);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("没有.xlsx")]);
    const bare = await nianbao(["init"], dir);
    expect([bare.code, bare.stderr]).toEqual([2, expect.stringContaining("缺少必须的选项：year、agency（或用 --from 指定上年报告")]);
  });

  it("leaves blank, and names, a value of last year that check would refuse in the new workbook: what it writes checks", async () => {
    // Last year's report as a reader might have taken it: values the readers refuse today, which init must never
    // carry into a workbook check then refuses for them.
    const last = (await loadReport(writeJson(validJson("2021")))).report;
    const values = last.values as Record<string, unknown>;
    values["meta.year"] = 2024;
    values["active.normative.inForce"] = -3;
    values["active.rules.inForce"] = 20_000_000;
    values["requests.carriedForward.natural"] = 2.5;
    values["requests.carriedForward.business"] = 4;
    const carried = await carryOver(last, "2021", { agency: "某县交通运输局", year: 2025 }, new Date(2026, 0, 10));
    expect(carried.dropped.map(({ label, value, finding }) => [label, value, finding.code])).toEqual([
      ["二、上年结转政府信息公开申请数量 · 自然人", 2.5, "value/not-integer"],
      ["第二十条第（一）项 规章 · 现行有效件数", 20_000_000, "value/out-of-range"],
      ["第二十条第（一）项 行政规范性文件 · 现行有效件数", -3, "value/negative"],
    ]);
    expect(carried.values["requests.carriedOver.business"]).toBe(4);
    expect(Object.keys(carried.values)).not.toContain("active.normative.inForce");
    const carriedIds = carried.carried.map((entry) => entry.id);
    expect(carriedIds).toContain("requests.carriedOver.business");
    expect(
      carriedIds.filter((id) => ["requests.carriedOver.natural", "active.rules.inForce", "active.normative.inForce"].includes(id)),
    ).toEqual([]);
    // What init writes with them left out: check gives no error on any cell init filled.
    const dir = tempDir();
    const from = join(dir, "上年.json");
    const json = validJson("2021");
    setPath(json, "meta.year", 2024);
    setPath(json, "meta.date", "2025-01-20");
    copyFileSync(writeJson(json), from);
    expect((await nianbao(["init", "--from", "上年.json", "-o", "本年.xlsx"], dir)).code).toBe(0);
    const filled = new Set(carried.carried.map((entry) => entry.id as string));
    const checked = await checkFile(join(dir, "本年.xlsx"), { today: new Date(2026, 0, 10) });
    const errorsOnFilled = checked.result.findings.filter(
      (f) => f.severity === "error" && f.code !== "text/draft-not-rewritten" && filled.has(f.field ?? ""),
    );
    expect(errorsOnFilled).toEqual([]);
  });
});
