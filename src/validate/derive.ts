import type { Report } from "../report/report.js";
import type { EditionDef } from "../schema/types.js";

/**
 * Fills every derived total that the input did not give (or gave as our own formula) with the sum of
 * its parts. Totals build on totals (（七）总计's 总计 sums the result rows' 总计), so repeat until stable.
 * A total whose parts could not all be read stays absent rather than printing a wrong sum.
 */
export function fillDerivedTotals(edition: EditionDef, values: Report["values"]): void {
  const pending = edition.equations.filter((eq) => eq.defines && values[eq.left[0]] === undefined);
  let progressed = true;
  while (pending.length > 0 && progressed) {
    progressed = false;
    for (let i = pending.length - 1; i >= 0; i--) {
      const parts = pending[i].right.map((id) => values[id]);
      if (!parts.every((v) => typeof v === "number")) continue;
      values[pending[i].left[0]] = (parts as number[]).reduce((a, b) => a + b, 0);
      pending.splice(i, 1);
      progressed = true;
    }
  }
}
