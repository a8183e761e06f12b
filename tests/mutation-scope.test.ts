/**
 * What Stryker mutates (stryker.config.json): at least 80 % of src's lines of code (issue 23), and only files that
 * exist. Lines of code: not blank, not a comment.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, matchesGlob } from "node:path";
import { describe, expect, it } from "vitest";

const config = JSON.parse(readFileSync("stryker.config.json", "utf8")) as { mutate: string[] };
const sources = readdirSync("src", { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith(".ts") && !path.endsWith(".d.ts"))
  .map((path) => join("src", path));

/** Stryker's reading of the list: a file is in when the last pattern that matches it is not a negation. */
const mutated = (path: string): boolean =>
  config.mutate.reduce((inside, pattern) => {
    const negated = pattern.startsWith("!");
    return matchesGlob(path, negated ? pattern.slice(1) : pattern) ? !negated : inside;
  }, false);

function linesOfCode(text: string): number {
  let count = 0;
  let inComment = false;
  for (const line of text.split("\n").map((raw) => raw.trim())) {
    if (inComment) inComment = !line.includes("*/");
    else if (line.startsWith("/*")) inComment = !line.includes("*/");
    else if (line !== "" && !line.startsWith("//")) count++;
  }
  return count;
}

describe("mutation testing's scope", () => {
  it("covers at least 80 % of src's lines of code", () => {
    const lines = new Map(sources.map((path) => [path, linesOfCode(readFileSync(path, "utf8"))]));
    const total = [...lines.values()].reduce((a, b) => a + b, 0);
    const inside = [...lines].filter(([path]) => mutated(path)).reduce((sum, [, count]) => sum + count, 0);
    expect(total).toBeGreaterThan(10_000);
    expect(inside / total).toBeGreaterThanOrEqual(0.8);
  });

  it("names no file that does not exist", () => {
    const named = config.mutate.filter((pattern) => !pattern.includes("*")).map((pattern) => pattern.replace(/^!/, ""));
    expect(named.filter((path) => !sources.includes(path))).toEqual([]);
  });

  it("counts lines of code as it says", () => {
    expect(linesOfCode("/**\n * A comment.\n */\nconst a = 1;\n\n// note\nconst b = /* inline */ 2;\n/* one */\n")).toBe(2);
  });
});
