/**
 * `check` on real published reports (tests/fixtures/published-corpus.ts): each is read as the edition it is, every
 * hand-checked cell reads as printed, and the check reports the defects each published report has.
 */
import iconv from "iconv-lite";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkReport } from "../src/pipeline/check.js";
import { loadReport } from "../src/pipeline/load.js";
import { PUBLISHED_CORPUS } from "./fixtures/published-corpus.js";
import { tempDir, TODAY } from "./helpers/fixtures.js";

const fixture = (file: string) => `tests/fixtures/published/${file}`;

describe("the corpus of published reports", () => {
  it("has ten reports of four levels of government and both editions, three of them whole", () => {
    expect(PUBLISHED_CORPUS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(PUBLISHED_CORPUS.map((r) => r.level)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(PUBLISHED_CORPUS.map((r) => r.edition))).toEqual(new Set(["2019", "2021"]));
    expect(PUBLISHED_CORPUS.filter((r) => r.whole)).toHaveLength(3);
  });

  it.each(PUBLISHED_CORPUS)("$file: read as printed, with the defects it has", async (report) => {
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

  it("reads the whole reports' R1–R4 arithmetic as published: 淮安's tables balance, 上海's blank 总计 cells do not", async () => {
    const codes = async (file: string) => checkReport(await loadReport(fixture(file)), { today: TODAY }).findings.map((f) => f.code);
    expect((await codes("huaian-city-2024.docx")).filter((code) => code.startsWith("rule/"))).toEqual([]);
    const shanghai = await codes("shanghai-office-2019.html");
    // 11 rows whose 总计 is blank beside non-zero parts, and （七）总计's 总计 against its blank column.
    expect(shanghai.filter((code) => code === "rule/r3-row-total")).toHaveLength(11);
    expect(shanghai.filter((code) => code === "rule/r2-result-total")).toHaveLength(1);
    expect(shanghai.filter((code) => code === "rule/r1-balance")).toEqual([]);
  });

  it("reads a page served as GB2312 as the same report", async () => {
    const page = readFileSync(fixture("shanghai-office-2019.html"), "utf8");
    const served = join(tempDir(), "gb2312.html");
    // As a portal serves it: declared GB2312, encoded as GB18030 (its superset) by iconv-lite.
    writeFileSync(
      served,
      iconv.encode(
        page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
        "gb18030",
      ),
    );
    const [utf8, gb] = [await loadReport(fixture("shanghai-office-2019.html")), await loadReport(served)];
    expect(gb.report.values).toEqual(utf8.report.values);
  });
});
