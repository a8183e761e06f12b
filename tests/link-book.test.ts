/**
 * 链接.xlsx (src/desk/link-book.ts) read back as a clerk may have left it: links with stray spaces and slashes, rows
 * without a link or without a name, an agency twice, and 政务公开办 only in its own row; and the tokens a new list
 * keeps or gets.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { linkBookBytes, linkBookFor, readLinkBook } from "../src/desk/link-book.js";
import { TOKEN_PATTERN } from "../src/desk/tokens.js";
import { tempDir } from "./helpers/fixtures.js";

const T = (letter: string) => letter.repeat(32);

async function bookOf(rows: [string, string][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("链接");
  sheet.addRow(["机关名称", "链接"]);
  for (const row of rows) sheet.addRow(row);
  const file = join(tempDir(), "链接.xlsx");
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

describe("reading 链接.xlsx", () => {
  it("gives nothing when there is no book yet", async () => {
    expect(await readLinkBook(join(tempDir(), "链接.xlsx"))).toBeUndefined();
  });

  it("reads back every token the desk wrote, the office's apart from the agencies'", async () => {
    const file = join(tempDir(), "链接.xlsx");
    const book = {
      office: T("o"),
      agencies: new Map([
        ["贺兰县交通运输局", T("a")],
        ["永宁县 教育局", T("b")],
      ]),
    };
    writeFileSync(file, await linkBookBytes(book, "https://gongkai.example.gov.cn/nianbao/"));
    expect(await readLinkBook(file)).toEqual(
      new Map([
        [" office", T("o")],
        ["贺兰县交通运输局", T("a")],
        ["永宁县教育局", T("b")],
      ]),
    );
  });

  it("takes a link's token past spaces and trailing slashes, and passes over rows it cannot use", async () => {
    const file = await bookOf([
      ["政务公开办", ` http://127.0.0.1:8080/${T("o")}// `],
      ["甲局", `http://127.0.0.1:8080/${T("a")}`],
      // Not one of ours: too short, or no link at all.
      ["乙局", "http://127.0.0.1:8080/abc/"],
      ["丙局", ""],
      // A token without a name, and 甲局 again: the first row of an agency counts.
      ["", `http://127.0.0.1:8080/${T("x")}/`],
      ["甲局", `http://127.0.0.1:8080/${T("y")}/`],
      // 政务公开办 below the second row is an agency of that name, not the office.
      ["政务公开办", `http://127.0.0.1:8080/${T("z")}/`],
    ]);
    expect(await readLinkBook(file)).toEqual(
      new Map([
        [" office", T("o")],
        ["甲局", T("a")],
        ["政务公开办", T("z")],
      ]),
    );
  });
});

describe("the tokens of a list", () => {
  it("keeps the office's and each agency's token, whatever spaces its name is typed with, and gives a new one to each without", () => {
    const previous = new Map([
      [" office", T("o")],
      ["甲局", T("a")],
    ]);
    const book = linkBookFor(["甲 局", "乙局"], previous);
    expect(book.office).toBe(T("o"));
    expect(book.agencies.get("甲 局")).toBe(T("a"));
    const fresh = book.agencies.get("乙局")!;
    expect(fresh).toMatch(TOKEN_PATTERN);
    expect(new Set([fresh, T("a"), T("o")]).size).toBe(3);
    const first = linkBookFor(["甲局"]);
    expect([first.office, first.agencies.get("甲局")].every((token) => TOKEN_PATTERN.test(token!))).toBe(true);
    expect(first.office).not.toBe(first.agencies.get("甲局"));
  });
});
