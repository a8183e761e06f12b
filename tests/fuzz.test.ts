/**
 * Hostile input, at random (issue 10): a few hundred cases per run; scripts/fuzz.ts runs ten thousand and more.
 * Every case ends checked or refused in Chinese: never a crash, a hang or an internal error.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildWorkbook } from "./helpers/fixtures.js";
import { byteEdits, cellsCase, checkBytes, checkCells, editBytes, editPart, jsonCase, partEdit } from "./helpers/fuzz.js";
import { validJson } from "./helpers/json.js";

const RUNS = 100;

describe("random input never crashes the reader or the validator", () => {
  it.each(["2019", "2021"] as const)("random values in the cells of edition %s", (edition) => {
    fc.assert(
      fc.property(cellsCase(edition), (values) => {
        expect(["valid", "findings"]).toContain(checkCells(edition, values));
      }),
      { numRuns: RUNS },
    );
  });

  it("random bytes changed in a valid workbook", { timeout: 120_000 }, async () => {
    const workbook = readFileSync(await buildWorkbook("2021"));
    await fc.assert(
      fc.asyncProperty(byteEdits, async (edits) => {
        expect(await checkBytes(editBytes(workbook, edits), "工作簿.xlsx")).toMatch(/^(valid|findings|refused:input\/)/);
      }),
      { numRuns: RUNS },
    );
  });

  it("random edits of the XML parts of a valid workbook", { timeout: 120_000 }, async () => {
    const workbook = readFileSync(await buildWorkbook("2021"));
    await fc.assert(
      fc.asyncProperty(partEdit, async (edit) => {
        expect(await checkBytes(editPart(workbook, edit), "工作簿.xlsx")).toMatch(/^(valid|findings|refused:input\/)/);
      }),
      { numRuns: RUNS },
    );
  });

  it("random JSON", async () => {
    await fc.assert(
      fc.asyncProperty(jsonCase(validJson("2021")), async (json) => {
        expect(await checkBytes(Buffer.from(json), "报告.json")).toMatch(/^(valid|findings|refused:input\/)/);
      }),
      { numRuns: RUNS },
    );
  });
});
