/** Every rule case of rules.md, in memory: the findings' code, severity and field, on both editions. *
 * Covers: src/validate/derive.ts, src/validate/interpret.ts, src/validate/rules/arithmetic.ts.
 */
import { describe, expect, it } from "vitest";
import type { EditionId } from "../src/schema/index.js";
import { checkInMemory } from "./helpers/memory.js";
import { CASES, type Case } from "./helpers/rule-cases.js";
import { EDITION_IDS } from "../src/schema/editions.js";

/** The case's delta; text that Excel would encode as `_xHHHH_` is given encoded, as the reader meets it. */
function deltaOf(c: Case, edition: EditionId): Record<string, unknown> {
  const delta = typeof c.set === "function" ? c.set(edition) : c.set;
  if (!c.xml) return delta;
  const [from, to] = c.xml;
  const encode = (value: unknown): unknown =>
    typeof value === "string" ? value.replace(from, to) : Array.isArray(value) ? value.map((p) => ({ ...p, text: encode(p.text) })) : value;
  return Object.fromEntries(Object.entries(delta).map(([id, value]) => [id, encode(value)]));
}

describe.each([...EDITION_IDS])("rules on edition %s", (edition) => {
  const cases = CASES.filter((c) => !c.only || c.only === edition);
  it.each(cases.map((c) => [c.it, c] as const))("%s", (_, c) => {
    const result = checkInMemory(edition, deltaOf(c, edition) as never);
    const expected = Array.isArray(c.expect) ? c.expect : c.expect[edition]!;
    const found = result.findings.map((f) => [f.code, f.severity, f.field]);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it("finds nothing in the valid baseline", () => {
    expect(checkInMemory(edition).findings).toEqual([]);
  });
});
