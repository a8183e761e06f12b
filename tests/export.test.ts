/** `nianbao export FILE --json`: a report's JSON form, from a workbook or JSON, that reads back as the same report. *
 * Covers: src/cli/export-command.ts.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile } from "../src/pipeline/check.js";
import { nianbao } from "./helpers/cli.js";
import { buildWorkbook, tempDir, TODAY } from "./helpers/fixtures.js";

describe("nianbao export", () => {
  it.each(["inputs/2020-贺兰县交通运输局.xlsx", "inputs/2025-示范市自然资源局.xlsx"])(
    "turns %s into JSON that checks as the same report, with no findings",
    async (example) => {
      const dir = tempDir();
      const run = await nianbao(["export", resolve(example), "--json"], dir);
      expect([run.code, run.stderr]).toEqual([0, ""]);
      writeFileSync(join(dir, "导出.json"), run.stdout);
      const [fromWorkbook, fromJson] = [
        await checkFile(resolve(example), { today: TODAY }),
        await checkFile(join(dir, "导出.json"), { today: TODAY }),
      ];
      expect(fromJson.report).toEqual(fromWorkbook.report);
      expect(fromJson.result.findings.filter((f) => f.severity !== "info")).toEqual([]);
    },
  );

  it("exports what could be read, and says how many values could not", async () => {
    const dir = tempDir();
    copyFileSync(await buildWorkbook("2021", { "review.upheld": "十二" }), join(dir, "有错.xlsx"));
    const run = await nianbao(["export", "有错.xlsx"], dir);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as { review: Record<string, unknown>; meta: { agency: string } };
    expect([data.review.upheld, data.meta.agency]).toEqual([undefined, "银川市交通运输局"]);
    expect(run.stderr.trim()).toBe("注意：读取时有 1 项错误，有误的数值未导出（“行政复议 · 结果维持”）。可先用 check 查看并改正。");
  });

  it("names the first five values it left out, in the table's order, and how many there were", async () => {
    const dir = tempDir();
    const bad = [
      "review.upheld",
      "review.corrected",
      "review.other",
      "review.pending",
      "suitDirect.upheld",
      "suitDirect.corrected",
      "suitDirect.other",
    ];
    copyFileSync(await buildWorkbook("2021", Object.fromEntries(bad.map((id) => [id, "十二"]))), join(dir, "多错.xlsx"));
    const run = await nianbao(["export", "多错.xlsx"], dir);
    expect(run.code).toBe(0);
    // Seven values that are not numbers; the totals they leave blank are not named (they are not the clerk's to type).
    expect(run.stderr).toContain(
      "有误的数值未导出（“行政复议 · 结果维持”、“行政复议 · 结果纠正”、“行政复议 · 其他结果”、“行政复议 · 尚未审结”、“行政诉讼 未经复议直接起诉 · 结果维持” 等 7 项）",
    );
  });

  it("refuses what it cannot read, with exit 2", async () => {
    const run = await nianbao(["export", "没有.xlsx"], tempDir());
    expect([run.code, run.stderr]).toEqual([2, expect.stringContaining("中找不到 没有.xlsx")]);
  });
});
