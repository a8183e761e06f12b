/**
 * Workbooks saved by a script (issue 18, item 1): openpyxl and pandas write a formula cell they did not calculate as
 * <f>…</f><v></v>. An empty cached value is no cached value (Excel and LibreOffice open such files); the workbook
 * reads as the one it was saved from.
 */
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile } from "../src/pipeline/check.js";
import { initWorkbook } from "../src/pipeline/init.js";
import { definedNameOf } from "../src/schema/a1.js";
import { EXAMPLE_WORKBOOKS } from "./helpers/examples.js";
import { buildWorkbook, tempDir, TODAY, validReport, YEAR } from "./helpers/fixtures.js";
import { saveWithOpenpyxl, type ScriptValue } from "./helpers/openpyxl.js";
import PizZip from "pizzip";
import { readFileSync } from "node:fs";
import { EDITION_IDS } from "../src/schema/editions.js";

const findingsOf = (findings: { code: string; severity: string; cell?: string; field?: string }[]) =>
  findings.map((f) => [f.code, f.severity, f.cell, f.field]);

/** Formula cells saved without a cached value: what the refusal was about. */
const emptyCachedValues = (file: string): number => {
  const zip = new PizZip(readFileSync(file));
  return Object.keys(zip.files)
    .filter((name) => name.startsWith("xl/worksheets/"))
    .reduce(
      (count, name) =>
        count +
        (zip
          .file(name)!
          .asText()
          .match(/<\/f><v\s*\/?>(<\/v>)?/g)?.length ?? 0),
      0,
    );
};

describe("a workbook loaded and saved by openpyxl", () => {
  it.each(EXAMPLE_WORKBOOKS)("reads %s as the same report with the same findings", async (example) => {
    const copy = join(tempDir(), basename(example));
    saveWithOpenpyxl(example, copy);
    expect(emptyCachedValues(copy)).toBeGreaterThan(10);
    const [original, saved] = [await checkFile(example, { today: TODAY }), await checkFile(copy, { today: TODAY })];
    expect(saved.report).toEqual(original.report);
    expect(findingsOf(saved.result.findings)).toEqual(findingsOf(original.result.findings));
  });

  it("reads init's blank workbook as the same blank report", async () => {
    const dir = tempDir();
    const outcome = await initWorkbook({ year: 2026, agency: "贺兰县交通运输局", output: join(dir, "空白.xlsx"), cwd: dir, today: TODAY });
    if (outcome.status !== "written") throw new Error(outcome.status);
    saveWithOpenpyxl(outcome.path, join(dir, "脚本.xlsx"));
    const [original, saved] = [await checkFile(outcome.path, { today: TODAY }), await checkFile(join(dir, "脚本.xlsx"), { today: TODAY })];
    expect(saved.result.findings.length).toBeGreaterThan(0);
    expect(findingsOf(saved.result.findings)).toEqual(findingsOf(original.result.findings));
  });
});

describe("a workbook filled by openpyxl", () => {
  it.each(EDITION_IDS)("reads the %s edition filled by a script as the same values filled by Excel's writer", async (edition) => {
    const values: Record<string, ScriptValue> = {};
    for (const [id, value] of Object.entries(validReport(edition).inputs))
      values[definedNameOf(id)] = value instanceof Date ? { date: value.toISOString().slice(0, 10) } : (value as ScriptValue);
    const blank = await buildWorkbook(edition, {}, { baseline: false });
    const scripted = join(tempDir(), "脚本填写.xlsx");
    saveWithOpenpyxl(blank, scripted, values);
    const [byExceljs, byScript] = [
      await checkFile(await buildWorkbook(edition), { today: TODAY }),
      await checkFile(scripted, { today: TODAY }),
    ];
    expect(byScript.result.findings).toEqual([]);
    expect(byScript.report).toEqual(byExceljs.report);
    expect(byScript.report.values["meta.year"]).toBe(YEAR[edition]);
  });
});
