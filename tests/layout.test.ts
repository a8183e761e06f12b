/**
 * The one test of where fields sit: the workbook `init` writes puts every field in the cell its definition names,
 * under its defined name, and the reader finds it there. Rule cases run in memory on this layout (helpers/memory.ts).
 *
 * Covers: src/pipeline/new-workbook.ts, src/schema/active.ts, src/schema/cells.ts, src/schema/meta.ts, src/schema/review.ts, src/workbook/formulas.ts, src/workbook/ranges.ts, src/workbook/styles.ts.
 */
import { describe, expect, it } from "vitest";
import { blankWorkbook } from "../src/pipeline/init.js";
import { EDITIONS } from "../src/schema/index.js";
import { readWorkbookSource } from "../src/workbook/read-workbook.js";
import { memorySource } from "./helpers/memory.js";
import { EDITION_IDS } from "../src/schema/editions.js";

describe.each([...EDITION_IDS])("the layout of edition %s", (edition) => {
  it("puts every field at its defined cell, where the reader and the in-memory source both locate it", async () => {
    const bytes = Buffer.from(await blankWorkbook(edition, { agency: "某局", year: edition === "2019" ? 2020 : 2025 }));
    const read = await readWorkbookSource(bytes, "blank.xlsx");
    const memory = memorySource(edition);
    expect(read.findings).toEqual([]);
    for (const field of EDITIONS[edition].fields) {
      const topLeft = field.cell.split(":")[0];
      const expected = field.type === "paragraphs" ? `B${topLeft.slice(1)}` : topLeft;
      expect(read.entries.get(field.id)?.location, field.id).toEqual({ sheet: field.sheet, cell: expected, field: field.id });
      expect(memory.entries.get(field.id)?.location, field.id).toEqual({ sheet: field.sheet, cell: expected, field: field.id });
    }
  });
});
