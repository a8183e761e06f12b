/**
 * `check` on real published reports (tests/fixtures/published-corpus.ts): each is read as the edition it is, every
 * hand-checked cell reads as printed, and the check reports the defects each published report has.
 *
 * Covers: src/published/read-tables.ts.
 */
import iconv from "iconv-lite";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/findings/finding.js";
import { checkReport } from "../src/pipeline/check.js";
import { loadReport } from "../src/pipeline/load.js";
import { SHEET } from "../src/schema/sheet-names.js";
import { EDITION_IDS } from "../src/schema/editions.js";
import { isReadableHere, PUBLISHED_CORPUS, publishedPath } from "./fixtures/published-corpus.js";
import { NEEDS_SHARED_CORPUS } from "./helpers/shared-corpus.js";

const SECTION = SHEET;
import { tempDir, TODAY } from "./helpers/fixtures.js";

const fixture = publishedPath;

/** The project's reproduction of 上海市人民政府办公厅's 2019 page (tests/fixtures/published/), read on every machine. */
const SHANGHAI = "shanghai-office-2019-reproduced.html";

/**
 * it.each over cases whose first element (or `file`) names a report of the corpus: those that cannot be read here
 * (a shared one, without ../shared/corpus/) are listed as skipped, saying why.
 */
function eachReport<T extends object>(cases: readonly T[], name: string, test: (...args: T extends unknown[] ? T : [T]) => Promise<void>) {
  const fileOf = (c: T) => (Array.isArray(c) ? (c[0] as string) : (c as { file: string }).file);
  const here = cases.filter((c) => isReadableHere(fileOf(c)));
  const absent = cases.filter((c) => !isReadableHere(fileOf(c)));
  if (here.length > 0) it.each(here as never[])(name, test as never);
  if (absent.length > 0) it.skip.each(absent as never[])(`${name} ${NEEDS_SHARED_CORPUS}`, test as never);
}

describe("the corpus of published reports", () => {
  it("has ten reports of four levels of government and both editions, three of them whole", () => {
    expect(PUBLISHED_CORPUS.filter((r) => !r.shared).length).toBeGreaterThanOrEqual(10);
    expect(new Set(PUBLISHED_CORPUS.map((r) => r.level)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(PUBLISHED_CORPUS.map((r) => r.edition))).toEqual(new Set(EDITION_IDS));
    // 上海 counted once: the shared page and the project's reproduction of it.
    expect(PUBLISHED_CORPUS.filter((r) => r.whole && !r.shared)).toHaveLength(3);
  });

  eachReport(PUBLISHED_CORPUS, "$file: read as printed, with the defects it has", async (report) => {
    const loaded = await loadReport(fixture(report.file));
    const { findings } = checkReport(loaded, { today: TODAY });
    expect(loaded.edition.id).toBe(report.edition);
    if (report.agency) expect(loaded.report.values["meta.agency"]).toBe(report.agency);
    if (report.year) expect(loaded.report.values["meta.year"]).toBe(report.year);
    const read = Object.fromEntries(
      Object.keys(report.cells).map((id) => [id, loaded.report.values[id as keyof typeof loaded.report.values]]),
    );
    expect(read).toEqual(report.cells);
    expect([...new Set(findings.map((f) => f.code))]).toEqual(expect.arrayContaining(report.findings));
    // Every finding of a published report points at a section of it, never at a workbook cell.
    for (const finding of findings) expect(finding.sheet).toBeUndefined();
  });

  const codes = async (file: string) => checkReport(await loadReport(fixture(file)), { today: TODAY }).findings.map((f) => f.code);

  it("reads a whole report's R1–R4 arithmetic as published: 淮安's tables balance", async () => {
    expect((await codes("huaian-city-2024.docx")).filter((code) => code.startsWith("rule/"))).toEqual([]);
  });

  it("reads 上海's blank 总计 cells as published", async () => {
    const shanghai = await codes(SHANGHAI);
    // 11 rows whose 总计 is blank beside non-zero parts, and （七）总计's 总计 against its blank column.
    expect(shanghai.filter((code) => code === "rule/r3-row-total")).toHaveLength(11);
    expect(shanghai.filter((code) => code === "rule/r2-result-total")).toHaveLength(1);
    expect(shanghai.filter((code) => code === "rule/r1-balance")).toEqual([]);
  });

  // Every finding of four reports, where it points and what it says it expected and found: read against the sources.
  eachReport<[string, unknown[][]]>(
    [
      [
        SHANGHAI,
        [
          ["rule/r2-result-total", SECTION.requests, "（七）总计", "总计", 0, 805],
          ["rule/r3-row-total", SECTION.requests, "（一）予以公开", "总计", 272, 0],
          ["rule/r3-row-total", SECTION.requests, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "总计", 3, 0],
          ["rule/r3-row-total", SECTION.requests, "1.属于国家秘密", "总计", 14, 0],
          ["rule/r3-row-total", SECTION.requests, "5.属于三类内部事务信息", "总计", 5, 0],
          ["rule/r3-row-total", SECTION.requests, "6.属于四类过程性信息", "总计", 4, 0],
          ["rule/r3-row-total", SECTION.requests, "8.属于行政查询事项", "总计", 12, 0],
          ["rule/r3-row-total", SECTION.requests, "1.本机关不掌握相关政府信息", "总计", 265, 0],
          ["rule/r3-row-total", SECTION.requests, "2.没有现成信息需要另行制作", "总计", 47, 0],
          ["rule/r3-row-total", SECTION.requests, "3.补正后申请内容仍不明确", "总计", 25, 0],
          ["rule/r3-row-total", SECTION.requests, "1.信访举报投诉类申请", "总计", 149, 0],
          ["rule/r3-row-total", SECTION.requests, "2.重复申请", "总计", 9, 0],
          ["document/date-missing", "落款", null, null, null, null],
          ["document/blank-cells", SECTION.requests, null, null, null, 126],
          ["document/blank-cells", SECTION.review, null, null, null, 9],
          // 予以公开及部分公开258件 against 272 + 3 by the rows; 无法提供265件 against 265 + 47 + 25.
          ["narrative/contradicts-table", SECTION.overview, null, 6, 275, 258],
          ["narrative/contradicts-table", SECTION.overview, null, 6, 337, 265],
          ["document/cell-read", SECTION.active, "第二十条第（九）项 政府集中采购", "采购总金额", 25.1, "251000元"],
          ["plausibility/rules-issued", SECTION.active, "第二十条第（一）项 规章", "本年新制作数量", null, 13],
        ],
      ],
      [
        "helan-transport-2020.html",
        [
          ["table/blank", SECTION.review, null, null, null, null],
          ["document/label-deviates", SECTION.requests, null, "社会公益组织", "社会公益组织", "社会组织"],
          ["document/blank-cells", SECTION.requests, null, null, null, 138],
          ["narrative/parts-do-not-add-up", SECTION.overview, null, 3, 1623, 1823],
          ["plausibility/columns-misread", SECTION.active, "第二十条第（五）项 行政许可", "处理决定数量", null, null],
        ],
      ],
      [
        "wendeng-housing-2019.html",
        [
          ["document/table-missing", SECTION.review, null, null, null, null],
          ["document/row-missing", SECTION.requests, null, null, null, null],
          ["meta/required", "标题", null, null, null, null],
          ["meta/required", "标题", null, null, null, null],
          ["text/section-empty", SECTION.problems, null, null, null, null],
          ["rule/r1-balance", SECTION.requests, "一、本年新收政府信息公开申请数量", "自然人", 2, 0],
          ["rule/r1-balance", SECTION.requests, "一、本年新收政府信息公开申请数量", "总计", 2, 0],
          ["document/date-missing", "落款", null, null, null, null],
        ],
      ],
      [
        "huaian-city-2024.docx",
        [
          ["document/date-missing", "落款", null, null, null, null],
          ["plausibility/rules-issued", SECTION.active, "第二十条第（一）项 规章", "本年制发件数", null, 1],
          [
            "plausibility/fees-in-yuan",
            SECTION.active,
            "第二十条第（八）项 行政事业性收费",
            "本年收费金额（单位：万元）",
            "961,716,000",
            96171.6,
          ],
        ],
      ],
    ],
    "%s: every finding where it is printed",
    async (file, expected) => {
      const { findings } = checkReport(await loadReport(fixture(file)), { today: TODAY });
      const placed = findings.map((f) => [
        f.code,
        f.section ?? null,
        f.row ?? null,
        f.column ?? f.paragraphNumber ?? null,
        f.expected ?? null,
        f.actual ?? null,
      ]);
      expect(placed).toEqual(expected);
      for (const finding of findings) expect(finding.message.startsWith(`「${finding.section}」`)).toBe(true);
    },
  );

  it("names a table's missing rows: the first three and how many, or each of up to three", async () => {
    const { findings } = checkReport(await loadReport(fixture("wendeng-housing-2019.html")), { today: TODAY });
    const missing = findings.find((f) => f.code === "document/row-missing")!;
    expect(missing.message).toBe(
      "「三、收到和处理政府信息公开申请情况」：表中没有“二、上年结转政府信息公开申请数量”、“（一）予以公开”、“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”等 22 行，按 0 处理。",
    );
  });

  it.each([
    ["datong-petitions-2021.html", "「二、主动公开政府信息情况」：表中没有“第二十条第（八）项 行政事业性收费”这一行，按 0 处理。"],
    [
      "laifeng-services-2021.html",
      "「二、主动公开政府信息情况」：表中没有“第二十条第（五）项 行政许可”、“第二十条第（六）项 行政处罚”、“第二十条第（六）项 行政强制”等 4 行，按 0 处理。",
    ],
  ])("%s: %s", async (file, message) => {
    const { findings } = checkReport(await loadReport(fixture(file)), { today: TODAY });
    expect(findings.filter((f) => f.code === "document/row-missing").map((f) => f.message)).toEqual([message]);
  });

  it.skipIf(!isReadableHere("shanghai-office-2019.html"))(
    `reads the reproduction of 上海's page as the page itself: every table field, every finding ${NEEDS_SHARED_CORPUS}`,
    async () => {
      const [page, reproduction] = [await loadReport(fixture("shanghai-office-2019.html")), await loadReport(fixture(SHANGHAI))];
      const tableFields = (values: object) => Object.entries(values).filter(([id]) => !id.startsWith("text."));
      expect(tableFields(reproduction.report.values)).toEqual(tableFields(page.report.values));
      const placed = (findings: readonly Finding[]) =>
        findings.map((f) => [f.code, f.section, f.row, f.column, f.paragraphNumber, f.expected, f.actual]);
      expect(placed(checkReport(reproduction, { today: TODAY }).findings)).toEqual(placed(checkReport(page, { today: TODAY }).findings));
    },
  );

  // A page kept here as well as the shared one: the reading of GB2312 is tested on every machine.
  eachReport([["helan-transport-2020.html"], [SHANGHAI]], "%s: served as GB2312, read as the same report", async (file) => {
    const page = readFileSync(fixture(file), "utf8");
    const served = join(tempDir(), "gb2312.html");
    // As a portal serves it: declared GB2312, encoded as GB18030 (its superset) by iconv-lite.
    writeFileSync(
      served,
      iconv.encode(
        page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
        "gb18030",
      ),
    );
    const [utf8, gb] = [await loadReport(fixture(file)), await loadReport(served)];
    expect(gb.report.values).toEqual(utf8.report.values);
  });
});
