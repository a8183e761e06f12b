/** rules.md X1–X4 and 内容雷同 with `--previous`: in memory, then on files, across the edition change. *
 * Covers: src/validate/rules/cross-year.ts, src/values/agency-name.ts.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/findings/finding.js";
import { EDITIONS, type EditionId } from "../src/schema/index.js";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, tempDir, validReport, YEAR } from "./helpers/fixtures.js";
import { setPath, validJson, writeJson } from "./helpers/json.js";
import { checkInMemory, loadInMemory } from "./helpers/memory.js";
import { EDITION_IDS } from "../src/schema/editions.js";

const COLUMNS = ["natural", "business", "research", "nonprofit", "legal", "otherOrg"];

/** Last year's report that agrees with this year's baseline on every cross-year rule, plus a delta. */
function agreeingLastYear(edition: EditionId, thisYear: Record<string, unknown> = validReport(edition).inputs): Record<string, unknown> {
  const last: Record<string, unknown> = { "meta.year": (thisYear["meta.year"] as number) - 1 };
  for (const column of COLUMNS) last[`requests.carriedForward.${column}`] = thisYear[`requests.carriedOver.${column}`];
  if (edition === "2021") {
    for (const line of ["rules", "normative"]) {
      const n = (key: string) => thisYear[`active.${line}.${key}`] as number;
      last[`active.${line}.inForce`] = n("inForce") - n("issued") + n("repealed");
    }
  } else {
    for (const row of ["licensing", "otherServices", "penalty", "coercion", "fees"]) {
      last[`active.${row}.change`] = 2;
      last[`active.${row}.lastYear`] = (thisYear[`active.${row}.lastYear`] as number) - 2;
    }
  }
  return last;
}

const crossYear = (findings: Finding[]) => findings.filter((f) => /^cross-year\//.test(f.code));
const described = (findings: Finding[]) => crossYear(findings).map((f) => [f.code, f.severity, f.field, f.expected, f.actual]);

function checkAgainst(edition: EditionId, lastYearDelta: Record<string, unknown>, thisYearDelta: Record<string, unknown> = {}) {
  const previous = loadInMemory(edition, { ...agreeingLastYear(edition), ...lastYearDelta } as never, "上年报告.xlsx");
  return checkInMemory(edition, thisYearDelta as never, { previous }).findings;
}

describe("with last year's report", () => {
  it.each(EDITION_IDS)("finds nothing when the %s edition's figures carry on", (edition) => {
    expect(described(checkAgainst(edition, {}))).toEqual([]);
  });

  it("X1: names the column whose carried-over count is not what last year carried forward, with both files and cells", () => {
    const findings = checkAgainst("2021", { "requests.carriedForward.natural": 4 });
    expect(described(findings)).toEqual([["cross-year/carried-over", "warning", "requests.carriedOver.natural", 4, 0]]);
    const [finding] = crossYear(findings);
    const sheet = EDITIONS["2021"].fields.find((f) => f.id === "requests.carriedForward.natural")!.sheet;
    expect(finding.related).toEqual([{ file: "上年报告.xlsx", sheet, cell: expect.any(String), field: "requests.carriedForward.natural" }]);
    expect(finding.message).toMatch(
      /为 0，而上年报告 上年报告\.xlsx 「三、收到和处理政府信息公开申请情况」[A-Z]+\d+“四、结转下年度继续办理 · 自然人”为 4/,
    );
  });

  it("X2 (2021): says what 现行有效件数 should be from last year's count, this year's issued and repealed", () => {
    const inputs = validReport("2021").inputs;
    const expected = (inputs["active.normative.inForce"] as number) + 5;
    const findings = checkAgainst("2021", {
      "active.normative.inForce":
        expected - (inputs["active.normative.issued"] as number) + (inputs["active.normative.repealed"] as number),
    });
    expect(described(findings)).toEqual([
      ["cross-year/in-force", "warning", "active.normative.inForce", expected, inputs["active.normative.inForce"]],
    ]);
    expect(crossYear(findings)[0].hint).toContain("集中清理");
  });

  it("X3 (2019): says what 上一年项目数量 should be from last year's items and change", () => {
    const inputs = validReport("2019").inputs;
    const findings = checkAgainst("2019", { "active.penalty.change": 10 });
    expect(described(findings)).toEqual([
      [
        "cross-year/items",
        "warning",
        "active.penalty.lastYear",
        (inputs["active.penalty.lastYear"] as number) + 8,
        inputs["active.penalty.lastYear"],
      ],
    ]);
  });

  it("X3 (2019): compares nothing where last year's items, last year's change or this year's items are no number", () => {
    // A blank table cell reads as 0; a word is no number at all.
    for (const [lastYear, thisYear] of [
      [{ "active.penalty.change": "十二" }, {}],
      [{ "active.penalty.lastYear": "十二" }, {}],
      [{ "active.penalty.change": 10 }, { "active.penalty.lastYear": "十二" }],
    ])
      expect(described(checkAgainst("2019", lastYear, thisYear)).filter(([code]) => code === "cross-year/items")).toEqual([]);
  });

  it("X4: warns when last year's report is of another year or another agency", () => {
    const findings = checkAgainst("2021", { "meta.year": YEAR["2021"] - 2, "meta.agency": "银川市教育局" });
    expect(described(findings)).toEqual([
      ["cross-year/not-consecutive", "warning", "meta.year", YEAR["2021"] - 1, YEAR["2021"] - 2],
      ["cross-year/other-agency", "warning", "meta.agency", "银川市教育局", "银川市交通运输局"],
    ]);
    const sheet = EDITIONS["2021"].fields.find((f) => f.id === "meta.agency")!.sheet;
    expect(crossYear(findings)[1].related).toEqual([{ file: "上年报告.xlsx", sheet, cell: expect.any(String), field: "meta.agency" }]);
  });

  it("X4: recognises the same agency under its longer official name, and says so instead of warning", () => {
    const findings = checkAgainst("2021", { "meta.agency": "淮安市洪泽区人民政府" }, { "meta.agency": "洪泽区人民政府" });
    expect(described(findings)).toEqual([
      ["cross-year/agency-name-variant", "info", "meta.agency", "淮安市洪泽区人民政府", "洪泽区人民政府"],
    ]);
    expect(crossYear(findings)[0].message).toContain("按同一机关比对");
  });

  it("X4: compares agencies only when both years name one, and years only when both give one", () => {
    expect(described(checkAgainst("2021", { "meta.agency": "银川市教育局" }, { "meta.agency": "" }))).toEqual([]);
    expect(described(checkAgainst("2021", { "meta.agency": "" }))).toEqual([]);
    expect(described(checkAgainst("2021", { "meta.year": "去年" }))).toEqual([]);
  });

  it("X1: compares the 总计 column only when every column agrees, so that a typed total is still caught", () => {
    const inputs = validReport("2021").inputs;
    const total = COLUMNS.reduce((sum, column) => sum + (inputs[`requests.carriedOver.${column}`] as number), 0);
    expect(described(checkAgainst("2021", { "requests.carriedForward.total": total + 1 }))).toEqual([
      ["cross-year/carried-over", "warning", "requests.carriedOver.total", total + 1, total],
    ]);
    expect(
      described(checkAgainst("2021", { "requests.carriedForward.total": total + 1, "requests.carriedForward.business": 9 })).map(
        ([, , field]) => field,
      ),
    ).toEqual(["requests.carriedOver.business"]);
  });

  it("warns when a narrative section is (nearly) last year's, never for short standard sentences", () => {
    const overview = [
      { text: "（一）主动公开情况" },
      { text: "本机关坚持以公开为常态、不公开为例外，围绕中心工作主动公开各类政府信息，及时更新政府信息公开指南和目录。" },
    ];
    const edited = [overview[0], { text: overview[1].text.replace("及时更新", "按季度更新") }];
    const rewritten = [overview[0], { text: "本年度重点做好财政预决算、重大项目和民生领域信息公开，新增政策解读专栏，回应社会关切。" }];
    expect(described(checkAgainst("2021", { "text.overview": overview }, { "text.overview": edited }))).toEqual([
      ["cross-year/narrative-repeated", "warning", "text.overview", undefined, "95%"],
    ]);
    expect(described(checkAgainst("2021", { "text.overview": overview }, { "text.overview": rewritten }))).toEqual([]);
    const [same] = checkAgainst("2021", { "text.overview": overview }, { "text.overview": overview });
    expect(same.message).toMatch(/的同一部分完全相同。$/);
    expect(described(checkAgainst("2021", { "text.other": [{ text: "无其他需要报告的事项。" }] }))).toEqual([]);
  });
});

describe("nianbao check --previous on files", () => {
  it("compares a 2021-edition workbook with last year's 2019-edition JSON (the edition change), naming both files", async () => {
    const dir = tempDir();
    const thisYear: Record<string, unknown> = {
      ...validReport("2021").inputs,
      "meta.year": 2021,
      "meta.date": new Date(Date.UTC(2022, 0, 20)),
    };
    copyFileSync(await buildWorkbook("2021", { "meta.year": 2021, "meta.date": new Date(Date.UTC(2022, 0, 20)) }), join(dir, "2021.xlsx"));
    const last = validJson("2019");
    setPath(last, "meta.year", 2020);
    for (const column of COLUMNS) setPath(last, `requests.carriedForward.${column}`, thisYear[`requests.carriedOver.${column}`]);
    setPath(last, "requests.carriedForward.legal", 7);
    copyFileSync(writeJson(last), join(dir, "2020.json"));
    const run = await nianbao(["check", "2021.xlsx", "--previous", "2020.json", "--json"], dir);
    const findings = JSON.parse(run.stdout).findings as Finding[];
    expect(described(findings)).toEqual([["cross-year/carried-over", "warning", "requests.carriedOver.legal", 7, 0]]);
    expect(crossYear(findings)[0].related?.[0]).toEqual({
      file: "2020.json",
      field: "requests.carriedForward.legal",
      section: "三、收到和处理政府信息公开申请情况",
      row: "四、结转下年度继续办理",
      column: "法律服务机构",
    });
    expect(run.code).toBe(0);
  });

  it("refuses a previous report that cannot be read, naming it, with exit 2", async () => {
    const dir = tempDir();
    copyFileSync(await buildWorkbook("2021"), join(dir, "本年.xlsx"));
    const run = await nianbao(["check", "本年.xlsx", "--previous", "上年.xlsx"], dir);
    expect([run.code, run.stderr]).toEqual([2, expect.stringContaining("上年.xlsx")]);
  });

  it("takes --previous on generate for one report, and refuses it for a batch", async () => {
    const dir = tempDir();
    copyFileSync(await buildWorkbook("2021"), join(dir, "a.xlsx"));
    copyFileSync(await buildWorkbook("2021", { "meta.agency": "银川市教育局" }), join(dir, "b.xlsx"));
    copyFileSync(writeJson({ ...validJson("2021"), meta: { ...validJson("2021").meta, year: YEAR["2021"] - 1 } }), join(dir, "last.json"));
    const one = await nianbao(["generate", "a.xlsx", "--previous", "last.json", "-o", "out"], dir);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("上年报告 last.json");
    const batch = await nianbao(["generate", "a.xlsx", "b.xlsx", "--previous", "last.json", "-o", "out2"], dir);
    expect([batch.code, batch.stderr.trim()]).toEqual([2, "--previous 只能与一份报告一起使用：每个机关的上年报告不同。"]);
  });
});
