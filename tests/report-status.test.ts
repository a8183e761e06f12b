/**
 * A report's status in words, as the batch's table, its summary and the page show it (written out by hand).
 *
 * Covers: src/pipeline/report-status.ts.
 */
import { describe, expect, it } from "vitest";
import { DONE_STATUSES, statusText } from "../src/pipeline/report-status.js";

describe("statusText", () => {
  it.each([
    [{ status: "generated" as const }, "已生成"],
    [{ status: "generated" as const, pdf: { status: "ok" as const } }, "已生成"],
    [{ status: "generated" as const, pdf: { status: "failed" as const } }, "已生成（无 PDF）"],
    [{ status: "unchanged" as const, pdf: { status: "unavailable" as const } }, "未变化（无 PDF）"],
    [{ status: "other-year" as const }, "其他年度，未生成"],
    [{ status: "write-failed" as const }, "写入失败"],
  ])("%j → %s", (item, text) => {
    expect(statusText(item)).toBe(text);
  });

  it("counts generated and unchanged reports as done, nothing else", () => {
    expect([...DONE_STATUSES].sort()).toEqual(["generated", "unchanged"]);
  });
});
