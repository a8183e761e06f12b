/**
 * The library's public surface (src/index.ts, the package's "exports"), pinned: a name added or dropped is a choice
 * made here, not an accident of `export *`.
 */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

describe("the public API", () => {
  it("exports exactly the stages, coordinators, tables and the error type it curates", () => {
    expect(Object.keys(api).sort()).toEqual([
      "CATALOGUE",
      "EDITIONS",
      "EDITION_IDS",
      "FINDING_CODES",
      "InputError",
      "OUTPUT_FORMATS",
      "RULE_IDS",
      "blankWorkbook",
      "checkFile",
      "checkReport",
      "checkTemplate",
      "collectInputs",
      "documentOf",
      "editionForYear",
      "generateBatch",
      "generateReport",
      "initWorkbook",
      "loadReport",
      "prepareTemplate",
      "toNestedJson",
      "verifyArchive",
      "writeReport",
      "writeSummary",
    ]);
  });
});
