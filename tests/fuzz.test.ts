/**
 * Hostile input, at random (issues 10 and 24: workbooks, JSON, published pages and documents, templates): a few hundred cases per run; scripts/fuzz.ts runs ten thousand and more.
 * Every case ends checked or refused in Chinese: never a crash, a hang or an internal error.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { families } from "./helpers/fuzz.js";

const RUNS = 100;

describe("random input never crashes the reader or the validator", async () => {
  it.each((await families()).map((family) => [family.name, family] as const))("%s", async (_, family) => {
    await fc.assert(
      fc.asyncProperty(family.cases, async (input) => {
        expect(await family.check(input as never)).toMatch(/^(valid|findings|refused:(input|document)\/)/);
      }),
      { numRuns: RUNS },
    );
  });
});
