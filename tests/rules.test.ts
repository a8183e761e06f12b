import { describe, expect, it } from "vitest";
import { checkFile } from "../src/pipeline/check.js";
import type { EditionId } from "../src/schema/index.js";
import { buildWorkbook, patchZip, TODAY } from "./helpers/fixtures.js";
import { CASES } from "./helpers/rule-cases.js";

describe.each(["2019", "2021"] as EditionId[])("rules on edition %s", (edition) => {
  const cases = CASES.filter((c) => !c.only || c.only === edition);
  it.each(cases.map((c) => [c.it, c] as const))("%s", async (_, c) => {
    const delta = typeof c.set === "function" ? c.set(edition) : c.set;
    const file = await buildWorkbook(edition, delta as never);
    if (c.xml) patchZip(file, (_, xml) => xml.replace(c.xml![0], c.xml![1]));
    const { result } = await checkFile(file, { today: TODAY });
    const expected = Array.isArray(c.expect) ? c.expect : c.expect[edition]!;
    const found = result.findings.map((f) => [f.rule, f.cell]);
    expect(found.sort()).toEqual([...expected].sort());
  });
});
