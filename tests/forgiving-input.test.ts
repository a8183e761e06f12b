import { describe, expect, it } from "vitest";
import type { FieldId } from "../src/schema/index.js";
import { checkFile } from "../src/pipeline/check.js";
import { buildWorkbook, TODAY } from "./helpers/fixtures.js";

// rules.md V2: what clerks type that is still clearly a number; each is read, and said, with a warning.
const FORGIVING: { it: string; field: string; typed: string; read: number }[] = [
  { it: "a number stored as text", field: "review.upheld", typed: "12", read: 12 },
  { it: "full-width digits", field: "review.upheld", typed: "１２", read: 12 },
  { it: "surrounding spaces", field: "review.upheld", typed: " 12 ", read: 12 },
  { it: "a thousands separator", field: "active.licensing.decisions", typed: "1,823", read: 1823 },
  { it: "a full-width thousands separator", field: "active.licensing.decisions", typed: "1，823", read: 1823 },
  { it: "a trailing 件", field: "review.upheld", typed: "12件", read: 12 },
  { it: "a trailing 条", field: "review.upheld", typed: "12条", read: 12 },
  { it: "a trailing 项", field: "review.upheld", typed: "12 项", read: 12 },
  { it: "an amount as text", field: "active.fees.amount", typed: "160.5964", read: 160.5964 },
];

const SIGNED: typeof FORGIVING = [
  { it: "an explicit plus sign", field: "active.otherServices.change", typed: "+505", read: 505 },
  { it: "减 in words", field: "active.licensing.change", typed: "减4", read: -4 },
  { it: "增 in words", field: "active.licensing.change", typed: "增5", read: 5 },
  { it: "a full-width minus", field: "active.licensing.change", typed: "－7", read: -7 },
];

describe("forgiving input (V2)", () => {
  it.each([...FORGIVING.map((c) => ["2021", c] as const), ...SIGNED.map((c) => ["2019", c] as const)])("%s: %o", async (edition, c) => {
    const file = await buildWorkbook(edition, { [c.field]: c.typed });
    const { result, report } = await checkFile(file, { today: TODAY });
    expect(report.values[c.field as FieldId]).toBe(c.read);
    expect(result.findings.map((f) => [f.rule, f.severity, f.actual, f.expected])).toEqual([["V2", "warning", c.typed, c.read]]);
    expect(result.findings[0].message).toContain(`已按 ${c.read} 读取`);
    expect(result.valid).toBe(true);
  });
});
