/**
 * Reading a published report (a .docx from any word processor, a portal's page): tables found by their labels
 * and mapped cell by cell, what real tables hold read as numbers, and the same exit codes as for workbooks.
 *
 * Covers: src/published/read-tables.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { placeRows } from "../src/document/grid.js";
import { readDocxBlocks } from "../src/document/read-docx.js";
import { decodeHtml, readHtmlBlocks } from "../src/document/read-html.js";
import { readCellText } from "../src/published/cell-text.js";
import { bestMatch, core, wording } from "../src/published/labels.js";
import { checkReport } from "../src/pipeline/check.js";
import { generateReport } from "../src/pipeline/generate.js";
import { loadReport } from "../src/pipeline/load.js";
import { toNestedJson } from "../src/report/report.js";
import { nianbao } from "./helpers/cli.js";
import { tempDir, TODAY } from "./helpers/fixtures.js";
import { EXAMPLE_INPUT, publishedPage, rowOf } from "./helpers/published.js";
import { publishedPath } from "./fixtures/published-corpus.js";

const codesOf = async (file: string) => checkReport(await loadReport(file), { today: TODAY }).findings.map((f) => f.code);
const valuesOf = async (file: string) => (await loadReport(file)).report.values;

describe("a printed cell", () => {
  it.each([
    ["821", { kind: "number", value: 821 }, undefined],
    ["+505", { kind: "number", value: 505 }, undefined],
    ["-7", { kind: "number", value: -7 }, undefined],
    [" \u00a0", { kind: "blank" }, undefined],
    ["——", { kind: "number", value: 0 }, "dash"],
    ["/", { kind: "number", value: 0 }, "dash"],
    ["22（其中修订16件）", { kind: "number", value: 22 }, "note"],
    ["3，均已办结", { kind: "number", value: 3 }, "note"],
    ["十二", { kind: "text", value: "十二" }, undefined],
    ["3,985,758", { kind: "number", value: 3985758 }, undefined],
    ["12件", { kind: "text", value: "12件" }, undefined],
  ])("%j reads as %j", (text, raw, note) => {
    const reading = readCellText(text);
    expect(reading.raw).toEqual(raw);
    expect(reading.note).toBe(note);
  });

  it("in 万元 converts a figure in 元 and drops a 万元 unit", () => {
    expect(readCellText("251000元", true)).toMatchObject({ raw: { kind: "number", value: 25.1 }, note: "yuan" });
    expect(readCellText("12.5万元", true)).toEqual({ raw: { kind: "number", value: 12.5 } });
    expect(readCellText("251000元").raw).toEqual({ kind: "text", value: "251000元" });
  });
});

describe("a printed label", () => {
  it("is compared by its words: numbering, width, quotes and punctuation do not count", () => {
    expect(core("（三）不予公开")).toBe("不予公开");
    expect(core("3.危及“三安全一稳定”")).toBe(core('3．危及"三安全一稳定"'));
    expect(wording("1、申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请")).toBe(
      wording("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    );
  });

  it("matches its official row despite a typo, a lost number or a cut-off note, and no other row", () => {
    const rows = ["1.属于国家秘密", "4.保护第三方合法权益", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（七）总计"];
    const match = (label: string) => bestMatch(label, rows, (row) => row)?.match;
    expect(match("属于国家秘密")).toBe(rows[0]);
    expect(match("4.保护第三方合法权利")).toBe(rows[1]);
    expect(match("（二）部分公开")).toBe(rows[2]);
    expect(match("（八）其他")).toBeUndefined();
  });
});

describe("a table's grid", () => {
  it("places rows by the HTML table model: a cell skips the slots spanned from above", () => {
    const table = placeRows([
      [
        { text: "A", rows: 2, columns: 1 },
        { text: "B", rows: 1, columns: 2 },
      ],
      [{ text: "C", rows: 1, columns: 1 }],
    ]);
    expect(table.cells.map(({ text, row, column }) => [text, row, column])).toEqual([
      ["A", 0, 0],
      ["B", 0, 1],
      ["C", 1, 1],
    ]);
    expect(table.columnCount).toBe(3);
  });

  it("of a Word table follows w:gridSpan and w:vMerge, and reads no deleted text", () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const cell = (text: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const xml =
      `<w:document ${w}><w:body><w:p><w:r><w:t>标题</w:t></w:r><w:r><w:delText>删去</w:delText></w:r></w:p><w:tbl>` +
      `<w:tr>${cell("甲", '<w:vMerge w:val="restart"/>')}${cell("乙", '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${cell("", "<w:vMerge/>")}${cell("1")}${cell("2")}</w:tr>` +
      `</w:tbl></w:body></w:document>`;
    const [paragraph, table] = readDocxBlocks(xml);
    expect(paragraph).toEqual({ kind: "paragraph", text: "标题" });
    if (table.kind !== "table") throw new Error("no table");
    expect(table.table.cells.map(({ text, row, column, rows, columns }) => [text, row, column, rows, columns])).toEqual([
      ["甲", 0, 0, 2, 1],
      ["乙", 0, 1, 1, 2],
      ["1", 1, 1, 1, 1],
      ["2", 1, 2, 1, 1],
    ]);
  });

  it("of a page skips scripts and nested tables' rows, and joins Chinese text broken by source lines", () => {
    const blocks = readHtmlBlocks(
      "<p>第一项加\n第二项</p><script>var x = '<p>不是</p>';</script><table><tr><td>外<table><tr><td>内</td></tr></table></td></tr></table>",
    );
    expect(blocks[0]).toEqual({ kind: "paragraph", text: "第一项加第二项" });
    expect(blocks).toHaveLength(2);
    if (blocks[1].kind !== "table") throw new Error("no table");
    expect(blocks[1].table.rowCount).toBe(1);
    expect(blocks[1].table.cells[0].text).toBe("外\n内");
    // A script or template may stand in a table's row group or row (the HTML parser keeps it there): no row, no cell.
    const [table] = readHtmlBlocks(
      "<table><tbody><script>var rows = 1;</script><tr><td>甲</td><template><td>模板</td></template><td>乙</td></tr></tbody></table>",
    );
    if (table.kind !== "table") throw new Error("no table");
    expect([table.table.rowCount, table.table.cells.map((cell) => cell.text)]).toEqual([1, ["甲", "乙"]]);
  });

  it("reads a page saved as UTF-16 with its byte-order mark, or after kilobytes of white space, as a web page (issue 18, item 5)", async () => {
    const page = await publishedPage("2021");
    const html = readFileSync(page, "utf8");
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, "utf16le")]);
    const utf16be = Buffer.from([0xfe, 0xff, ...Buffer.from(html, "utf16le").swap16()]);
    const spaced = Buffer.from(`${" \r\n\t".repeat(2000)}${html}`);
    const original = (await loadReport(page)).report;
    for (const [name, bytes] of [
      ["le.html", utf16le],
      ["be.html", utf16be],
      ["空白.htm", spaced],
    ] as const) {
      const file = join(tempDir(), name);
      writeFileSync(file, bytes);
      expect((await loadReport(file)).report, name).toEqual(original);
    }
  });

  it("decodes a page by its byte-order mark or declared charset, and an undeclared non-UTF-8 page as GB18030", () => {
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("<p>年报</p>")]))).toBe("<p>年报</p>");
    const gb = Buffer.from([0xc4, 0xea, 0xb1, 0xa8]); // 年报 in GB2312
    expect(decodeHtml(Buffer.concat([Buffer.from('<meta charset="gb2312"><p>'), gb]))).toContain("年报");
    expect(decodeHtml(Buffer.concat([Buffer.from("<p>"), gb]))).toBe("<p>年报");
  });
});

describe("a published report's tables, as real reports print them", () => {
  it("reads a note in a number cell as the figure before it, and says so", async () => {
    const file = await publishedPage("2021", (html) =>
      html.replace(/(>第二十条第（一）项<[^]*?>行政规范性文件<\/th><td[^>]*>)\d+/, "$122（其中修订16件）"),
    );
    expect((await valuesOf(file))["active.normative.issued"]).toBe(22);
    expect(await codesOf(file)).toContain("document/cell-read");
  });

  it("reads the 2021 table printed with 2019's one （六）其他处理 row into 3.其他, with one warning", async () => {
    const original = await valuesOf(await publishedPage("2021"));
    const file = await publishedPage("2021", (html) => {
      const rows = [
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
      ].map((label) => rowOf(html, label));
      const one = rows[2]
        .replace(/<th scope="row"[^>]*>3\.其他<\/th>/, "")
        .replace(/<th scope="rowgroup" rowspan="3"[^>]*>（六）其他处理<\/th>/, "");
      return html
        .replace(rows[0], "")
        .replace(rows[1], "")
        .replace(rows[2], one.replace("<tr>", '<tr><th colspan="2">（六）其他处理</th>'));
    });
    const values = await valuesOf(file);
    expect(values["requests.otherHandling.misc.total"]).toBe(original["requests.otherHandling.misc.total"]);
    expect(values["requests.otherHandling.noCorrection.total"]).toBe(0);
    const codes = await codesOf(file);
    expect(codes).toContain("document/other-handling-one-row");
    expect(codes).not.toContain("document/row-missing");
  });

  it("matches renumbered and misspelt rows by meaning, and warns of the wording", async () => {
    const file = await publishedPage("2021", (html) =>
      html.replace(">4.保护第三方合法权益<", ">（4）保护第三方合法权利<").replace(">2.重复申请<", ">(2)重复申请<"),
    );
    const original = await valuesOf(await publishedPage("2021"));
    const values = await valuesOf(file);
    expect(values["requests.withheld.thirdParty.natural"]).toBe(original["requests.withheld.thirdParty.natural"]);
    expect(values["requests.unprocessed.repeated.total"]).toBe(original["requests.unprocessed.repeated.total"]);
    const findings = checkReport(await loadReport(file), { today: TODAY }).findings.filter((f) => f.code === "document/label-deviates");
    expect(findings.map((f) => f.actual)).toEqual(["(4)保护第三方合法权利"]);
  });

  it("reads a header split differently: 总计 in its own row, 自然人 not spanning", async () => {
    const file = await publishedPage("2021", (html) =>
      html
        .replace(/<th scope="col" rowspan="2"([^>]*)>自然人<\/th>/, '<th scope="col"$1>自然人</th>')
        .replace(/(<th scope="col"[^>]*>商业企业<\/th>)/, '<th scope="col"></th>$1'),
    );
    const original = await valuesOf(await publishedPage("2021"));
    expect((await valuesOf(file))["requests.newReceived.natural"]).toBe(original["requests.newReceived.natural"]);
  });
});

describe("check and export of a published report", () => {
  it("round trip: the .docx generate writes reads back as the workbook's report, with no findings but hints", async () => {
    for (const input of Object.values(EXAMPLE_INPUT)) {
      const outcome = await generateReport({ input, outDir: tempDir(), today: TODAY, version: "test" });
      if (outcome.status !== "generated") throw new Error(outcome.status);
      const [fromWorkbook, fromDocx] = [await loadReport(input), await loadReport(outcome.paths.docx)];
      expect(toNestedJson(fromDocx.report, fromDocx.edition)).toEqual(toNestedJson(fromWorkbook.report, fromWorkbook.edition));
      const { findings } = checkReport(fromDocx, { today: TODAY });
      expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    }
  });

  it("exits 1 for a published report with errors, naming table, row and column", async () => {
    const run = await nianbao(["check", resolve(publishedPath("shanghai-office-2019-reproduced.html"))], tempDir());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("「三、收到和处理政府信息公开申请情况」「（一）予以公开」行「总计」列：");
  });

  it("exits 2 for a document that is not a 年报, with no stack trace", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "通知.html"), "<html><body><h1>关于开展年度报告编制工作的通知</h1><p>各单位：</p></body></html>");
    const run = await nianbao(["check", "通知.html"], dir);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toContain("文件 通知.html 不是政府信息公开工作年度报告");
    expect(run.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it("checks a published page against last year's published .docx (--previous), naming both places", async () => {
    const lastYear = await generateReport({ input: EXAMPLE_INPUT["2019"], outDir: tempDir(), today: TODAY, version: "test" });
    if (lastYear.status !== "generated") throw new Error(lastYear.status);
    const run = await nianbao(["check", await publishedPage("2021"), "--previous", lastYear.paths.docx], tempDir());
    // Warnings, not errors: 2025 does not follow 2020, and this year's 上年结转 is not last year's 结转下年度继续办理.
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("是 2020 年度的，本报告的上一年度是 2024 年");
    expect(run.stdout).toContain(
      "「三、收到和处理政府信息公开申请情况」「二、上年结转政府信息公开申请数量」行「自然人」列：“二、上年结转政府信息公开申请数量 · 自然人”为 4，而上年报告",
    );
    expect(run.stdout).toContain(
      "「三、收到和处理政府信息公开申请情况」「四、结转下年度继续办理」行「自然人」列“四、结转下年度继续办理 · 自然人”为 0",
    );
  });

  it("reads a portal page as printed: no header date as 成文日期, no footer in 六, no signer or note it does not print", async () => {
    const file = await publishedPage("2021", (html) =>
      html
        .replace(/<body([^>]*)>/, "<body$1><p>发布日期：2026-01-25 来源：示范市自然资源局</p>")
        // The page prints no 落款: its signer, date and note are cut, and the portal's footer follows section 六.
        .replace(
          /(<\/p>)\s*<p[^>]*>示范市自然资源局<\/p>\s*<p[^>]*>2026年1月22日<\/p>\s*<p[^>]*>（此件公开发布）<\/p>/,
          "$1<p>【打印本页】【关闭窗口】</p><p>主办单位：示范市人民政府办公室 网站标识码：1234567890</p>",
        ),
    );
    const loaded = await loadReport(file);
    const json = toNestedJson(loaded.report, loaded.edition) as { meta: Record<string, unknown>; text: { other: { text: string }[] } };
    expect([json.meta.signer, json.meta.publicity, json.meta.date]).toEqual([undefined, undefined, undefined]);
    expect(json.text.other.map((p) => p.text).join("")).not.toMatch(/打印|主办单位/);
    const findings = checkReport(loaded, { today: TODAY }).findings.filter((f) => f.section === "落款");
    expect(findings.map((f) => [f.code, f.severity])).toEqual([["document/date-missing", "warning"]]);
    expect(findings[0].message).toContain("网页上标注的发布日期为 2026年1月25日");
  });

  it("exports a published report's JSON, and init --from starts next year's workbook from it", async () => {
    const dir = tempDir();
    const page = resolve("tests/fixtures/published/helan-transport-2020.html");
    const exported = await nianbao(["export", page, "--json"], dir);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).active.licensing).toEqual({ lastYear: 278, change: -7, decisions: 271 });
    const init = await nianbao(["init", "--from", page, "-o", "2021.xlsx"], dir);
    expect(init.code).toBe(0);
    expect((await loadReport(join(dir, "2021.xlsx"))).report.values["meta.agency"]).toBe("贺兰县交通运输局");
  });
});
