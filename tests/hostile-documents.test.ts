/**
 * Hostile published documents (issue 24, items 1-4): each is refused quickly, within bounded memory, with a Chinese
 * sentence naming what is too large, exit 2, no stack trace. Time and peak memory are printed, not asserted.
 *
 * Covers: src/document/limits.ts, src/document/prescan.ts.
 */
import { describe, expect, it } from "vitest";
import { tempDir } from "./helpers/fixtures.js";
import { HOSTILE_DOCUMENTS, measuredCheck } from "./helpers/hostile-documents.js";

describe("published documents built to exhaust a reader", () => {
  it.each(HOSTILE_DOCUMENTS)("$name: refused, naming what is too large", ({ file, bytes, says }) => {
    const start = performance.now();
    const run = measuredCheck(tempDir(), file, bytes());
    console.info(`${file}: exit ${run.code}, ${((performance.now() - start) / 1000).toFixed(2)} s, peak ${run.peakMb.toFixed(0)} MB`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`文件 ${file} 超出了年度报告可能有的规模（${says}），没有读取。`);
    expect(run.stderr).not.toMatch(/\bat \S+:\d+|Error|Maximum call stack/);
  });
});
