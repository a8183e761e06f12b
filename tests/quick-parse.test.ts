/**
 * The everyday command lines read without yargs: what they read (hand-written), what they leave to yargs, and that
 * whatever they read, yargs reads the same from the same option tables.
 *
 * Covers: src/cli/quick-parse.ts.
 */
import fc from "fast-check";
import yargs from "yargs";
import { describe, expect, it } from "vitest";
import { quickParse } from "../src/cli/quick-parse.js";
import { declareFlags, QUICK_COMMANDS } from "../src/cli/options.js";

const GENERATE_DEFAULTS = { output: "outputs", force: false, html: false, pdf: false, json: false, summary: false };

describe("quick-parse reads", () => {
  it.each([
    [["check", "报告.xlsx"], "check", { file: "报告.xlsx", json: false, annotate: false }],
    [["check", "--json", "报告.xlsx"], "check", { file: "报告.xlsx", json: true, annotate: false }],
    [
      ["check", "报告.xlsx", "--previous", "去年.docx", "--annotate"],
      "check",
      { file: "报告.xlsx", json: false, annotate: true, previous: "去年.docx" },
    ],
    [["generate", "报告.xlsx"], "generate", { files: ["报告.xlsx"], ...GENERATE_DEFAULTS }],
    [
      ["generate", "甲.xlsx", "乙 局.xlsx", "-o", "输出", "--html", "-j", "2", "--force"],
      "generate",
      { files: ["甲.xlsx", "乙 局.xlsx"], ...GENERATE_DEFAULTS, output: "输出", html: true, jobs: 2, force: true },
    ],
    [
      ["generate", "--archive", "档案", "报告.xlsx", "--template", "模板.docx", "--previous", "2020.xlsx", "--pdf"],
      "generate",
      { files: ["报告.xlsx"], ...GENERATE_DEFAULTS, archive: "档案", template: "模板.docx", previous: "2020.xlsx", pdf: true },
    ],
    [["generate", "文件夹", "--json", "--summary"], "generate", { files: ["文件夹"], ...GENERATE_DEFAULTS, json: true, summary: true }],
  ])("%j", (argv, command, args) => {
    expect(quickParse(argv, QUICK_COMMANDS)).toEqual({ command, args });
  });
});

describe("quick-parse leaves to yargs", () => {
  it.each([
    [[]],
    [["init", "--year", "2026"]],
    [["check"]],
    [["check", "甲.xlsx", "乙.xlsx"]],
    [["check", "报告.xlsx", "--help"]],
    [["check", "-h"]],
    [["generate", "--version"]],
    [["check", "报告.xlsx", "--json=true"]],
    [["check", "报告.xlsx", "--no-json"]],
    [["check", "报告.xlsx", "--json", "false"]],
    [["check", "报告.xlsx", "--previous"]],
    [["check", "报告.xlsx", "--previous", ""]],
    [["check", "报告.xlsx", "--previous", "--json"]],
    [["check", "报告.xlsx", "--json", "--json"]],
    [["check", "报告.xlsx", "--jsno"]],
    [["check", "--", "-报告.xlsx"]],
    [["check", ""]],
    [["generate", "报告.xlsx", "-j", "abc"]],
    [["generate", "报告.xlsx", "-j", "1.5"]],
    [["generate", "报告.xlsx", "-oj", "2"]],
    [["generate", "报告.xlsx", "--output=出"]],
    [["generate", "-o", "出"]],
    [["generate", "报告.xlsx", "--out-dir", "出"]],
    [["constructor", "报告.xlsx"]],
  ])("%j", (argv) => {
    expect(quickParse(argv, QUICK_COMMANDS)).toBeUndefined();
  });
});

/** yargs given the same tables, without handlers: what it parses, or undefined where it refuses the words. */
function yargsParse(argv: string[]): Record<string, unknown> | undefined {
  let parsed: Record<string, unknown> | undefined;
  try {
    yargs(argv)
      .command(
        "check <file>",
        "",
        (y) => declareFlags(y.positional("file", { type: "string" }), QUICK_COMMANDS.check.flags),
        (args) => void (parsed = args),
      )
      .command(
        "generate <files..>",
        "",
        (y) => declareFlags(y.positional("files", { type: "string", array: true }), QUICK_COMMANDS.generate.flags),
        (args) => void (parsed = args),
      )
      .strict()
      .exitProcess(false)
      .fail((message, error) => {
        throw error ?? new Error(message);
      })
      .parseSync();
  } catch {
    return undefined;
  }
  return parsed;
}

describe("quick-parse and yargs", () => {
  // Words and flags with their values, in any order: mostly what quick-parse reads, some of what it leaves to yargs.
  const groups = [
    ...[["报告.xlsx"], ["乙 局.xlsx"], ["2021"], ["--json"], ["--annotate"], ["--previous", "去年.xlsx"], ["--html"], ["--pdf"]],
    ...[["--force"], ["--summary"], ["-o", "出"], ["--output", "输出"], ["--archive", "档案"], ["--template", "模板.docx"]],
    ...[["-j", "2"], ["--jobs", "3"], ["--no-html"], ["--help"], ["--"], [""], ["-oj"], ["true"], ["--jobs", "x"], ["check"]],
  ];
  const line = fc.shuffledSubarray(groups, { maxLength: 6 }).map((chosen) => chosen.flat());

  it("read the same from every command line quick-parse reads (fast-check, 2,000 lines)", () => {
    let read = 0;
    fc.assert(
      fc.property(fc.constantFrom("check", "generate"), line, (command, rest) => {
        const argv = [command, ...rest];
        const quick = quickParse(argv, QUICK_COMMANDS);
        if (quick === undefined) return;
        read++;
        const parsed = yargsParse(argv);
        expect(parsed, argv.join(" ")).toBeDefined();
        for (const [key, value] of Object.entries(quick.args)) expect(parsed![key], `${argv.join(" ")}: ${key}`).toEqual(value);
        const given = Object.keys(parsed!).filter((key) => key !== "_" && key !== "$0" && parsed![key] !== undefined);
        const aliases = new Set(["o", "j", "outDir"]);
        expect(
          given.filter((key) => !aliases.has(key) && !(key in quick.args)),
          argv.join(" "),
        ).toEqual([]);
      }),
      { numRuns: 2000, seed: 20261204 },
    );
    // The property says something only if quick-parse read a good share of the lines.
    expect(read).toBeGreaterThan(200);
  });
});
