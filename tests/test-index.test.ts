/**
 * A module's tests are found by its name: every module of src/ is named in tests/, by an import of it or by a
 * test file's `Covers:` line (for modules tested through the command, the page or another module). Searching tests/
 * for `published/read-tables` finds the tests that hold its behaviour.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(dir, name).split("\\").join("/"));

/** src/published/read-tables.ts → "published/read-tables". */
const moduleName = (path: string) => relative("src", path).split("\\").join("/").replace(/\.ts$/, "");

const MODULES = filesUnder("src").map(moduleName);
const TEST_FILES = filesUnder("tests").filter((path) => !path.startsWith("tests/fixtures/"));
const TEST_TEXT = TEST_FILES.map((path) => readFileSync(path, "utf8"));

/** The modules a test file's `Covers:` line names. */
const coversLines = (text: string): string[] =>
  [...text.matchAll(/Covers:([^\n]*(?:\n \*(?! *$)[^\n]*)*)/g)].flatMap((match) =>
    [...match[1].matchAll(/src\/([\w./-]+)\.ts/g)].map((named) => named[1]),
  );

describe("tests found by a module's name", () => {
  it("names every module of src/ in some test file, by an import or a Covers: line", () => {
    const named = (module: string) => TEST_TEXT.some((text) => text.includes(`src/${module}.js"`) || coversLines(text).includes(module));
    expect(MODULES.length).toBeGreaterThan(150);
    expect(MODULES.filter((module) => !named(module))).toEqual([]);
  });

  it("names in Covers: lines only modules that exist", () => {
    const covered = TEST_TEXT.flatMap(coversLines);
    expect(covered.length).toBeGreaterThan(80);
    expect(covered.filter((module) => !MODULES.includes(module))).toEqual([]);
  });
});
