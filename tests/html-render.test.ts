/**
 * `generate --html`: the report as a web page for the portal, as markup. The same page in a browser is
 * tests/html-page.test.ts.
 *
 * Covers: src/render/outline.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateReport } from "../src/pipeline/generate.js";
import { loadReport } from "../src/pipeline/load.js";
import { verifyArchive } from "../src/pipeline/verify.js";
import { openingTemplate, openingText } from "../src/render/opening.js";
import { tableLayouts } from "../src/render/table-layout.js";
import { readHtmlBlocks } from "../src/document/read-html.js";
import { placeRows } from "../src/document/grid.js";
import type { DocumentTable } from "../src/document/types.js";
import { EDITIONS } from "../src/schema/editions.js";
import { toNestedJson } from "../src/report/report.js";
import { buildWorkbook, tempDir, TODAY } from "./helpers/fixtures.js";
import { EXAMPLE_PAGE_CELLS } from "./fixtures/example-page-cells.js";
import { EXAMPLES, pageOf } from "./helpers/html-page.js";

/** Each table's value cells, row by row, as the markup holds them. */
const valueCells = (html: string) =>
  [...html.matchAll(/<table[^]*?<\/table>/g)].map((table) =>
    [...table[0].matchAll(/<tr>([^]*?)<\/tr>/g)]
      .map((row) => [...row[1].matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((cell) => cell[1]))
      .filter((row) => row.length > 0),
  );

describe("the web page", () => {
  it.each(EXAMPLES)("of %s prints every value cell as written out by hand (issue 19, item 12)", async (input) => {
    expect(valueCells((await pageOf(input)).html)).toEqual(EXAMPLE_PAGE_CELLS[input]);
  });

  it("escapes what a report's text holds: no markup of its own reaches the page", async () => {
    const hostile = {
      agency: '<script>alert("局")</script>示范局',
      text: `第一段 <img src=x onerror=alert(1)> & "引号" 'single' </td></tr></table><p>`,
    };
    const input = await buildWorkbook("2021", { "meta.agency": hostile.agency, "text.overview": [{ text: hostile.text }] });
    const { html } = await pageOf(input);
    expect(html).not.toMatch(/<script|<img|<\/td><\/tr><\/table><p>/);
    expect(html).toContain("&lt;script&gt;alert(&quot;局&quot;)&lt;/script&gt;示范局");
    expect(html).toContain(
      "第一段 &lt;img src=x onerror=alert(1)&gt; &amp; &quot;引号&quot; 'single' &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;",
    );
    expect(html.match(/<table/g)).toHaveLength(3);
  });

  it.each(EXAMPLES)("of %s is the same bytes for the same input, with no script and no external resource", async (input) => {
    const first = (await pageOf(input)).html;
    expect((await pageOf(input)).html).toBe(first);
    expect(first).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import|\bclass=/i);
    expect(first.startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it.each(EXAMPLES)("of %s is a whole page: its head for phones and its title, each element it opens closed", async (input) => {
    const { html } = await pageOf(input);
    const head = html.slice(0, html.indexOf("<body"));
    expect(head).toContain(
      '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>',
    );
    expect(head).toMatch(/<title>[^<]+\d{4}年政府信息公开工作年度报告<\/title>\n<\/head>\n$/);
    for (const element of ["div", "table", "thead", "tbody", "caption", "tr", "p", "h1", "h2", "html", "body"]) {
      const opened = html.match(new RegExp(`<${element}[ >]`, "g"))?.length ?? 0;
      expect(html.match(new RegExp(`</${element}>`, "g"))?.length ?? 0, element).toBe(opened);
    }
    expect(html.match(/<div /g)).toHaveLength(3);
    expect(html.trimEnd().endsWith("</body>\n</html>")).toBe(true);
  });

  it.each(EXAMPLES)("of %s gives each table a caption and each header its scope", async (input) => {
    const { html } = await pageOf(input);
    expect(html.match(/<caption/g)).toHaveLength(3);
    const headers = html.match(/<th [^>]*>/g)!;
    expect(headers.length).toBeGreaterThan(40);
    for (const th of headers) expect(th).toMatch(/scope="(col|colgroup|row|rowgroup)"/);
  });

  it("keeps table 三's 3-row header and table 四's 15 value columns", async () => {
    const { html } = await pageOf(EXAMPLES[1]);
    const blocks = readHtmlBlocks(html).filter((b) => b.kind === "table");
    const [, requests, review] = blocks.map((b) => (b.kind === "table" ? b.table : undefined)!);
    expect(requests.columnCount).toBe(10);
    expect(requests.cells.find((c) => c.text.startsWith("（本列数据"))).toMatchObject({ row: 0, column: 0, rows: 3, columns: 3 });
    expect(review.columnCount).toBe(15);
    expect(review.cells.filter((c) => c.row === review.rowCount - 1)).toHaveLength(15);
  });

  it.each(EXAMPLES)("of %s spans every cell as the official layout does", async (input) => {
    const { loaded, html } = await pageOf(input);
    const printed = readHtmlBlocks(html).flatMap((b) => (b.kind === "table" ? [b.table] : []));
    const official = Object.values(tableLayouts(loaded.edition)).map((layout) =>
      placeRows(layout.rows.map((row) => row.cells.map((c) => ({ text: "", rows: c.rows, columns: c.columns })))),
    );
    const shape = (table: DocumentTable) => table.cells.map(({ row, column, rows, columns }) => [row, column, rows, columns]);
    expect(printed.map(shape)).toEqual(official.map(shape));
  });

  it.each(EXAMPLES)("of %s reads back as the same report", async (input) => {
    const { loaded, html } = await pageOf(input);
    const file = join(tempDir(), "page.html");
    writeFileSync(file, html);
    const back = await loadReport(file);
    expect(toNestedJson(back.report, back.edition)).toEqual(toNestedJson(loaded.report, EDITIONS[loaded.edition.id]));
  });

  it("is written beside the .docx by generate --html, and recorded in the manifest", async () => {
    const outDir = tempDir();
    const outcome = await generateReport({ input: EXAMPLES[0], outDir, today: TODAY, version: "test", html: true });
    if (outcome.status !== "generated") throw new Error(outcome.status);
    const manifest = JSON.parse(readFileSync(outcome.paths.manifest, "utf8"));
    expect(manifest.html.file).toBe("2020年贺兰县交通运输局政府信息公开工作年度报告.html");
    expect(readFileSync(outcome.paths.html, "utf8")).toBe((await pageOf(EXAMPLES[0])).html);
  });
});

describe("the web page in an archive", () => {
  it("is filed with the version, checked by verify, and a changed page is a change", async () => {
    const archive = tempDir();
    const first = await generateReport({ input: EXAMPLES[0], outDir: tempDir(), archive, today: TODAY, version: "test", html: true });
    if (first.status !== "generated") throw new Error(first.status);
    const verified = await verifyArchive(archive);
    expect([verified.valid, verified.files]).toEqual([true, 3]);
    writeFileSync(first.paths.html, "<p>改过</p>");
    expect((await verifyArchive(archive)).findings.map((f) => f.code)).toEqual(["archive/changed"]);
  });
});

describe("the opening", () => {
  it("leaves out the sentence of a contact detail the report does not have, in the page and in the template", () => {
    const text = openingText({ "meta.year": 2020, "meta.agency": "某局", "meta.website": "", "meta.phone": "0951-1" });
    expect(text).toBe(
      "本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室印发的政府信息公开工作年度报告格式要求编制。" +
        "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。如对本报告有疑问，请与某局联系。联系电话（传真）：0951-1。",
    );
    expect(openingTemplate()).toContain(
      "{#meta.website}本报告电子版可在{meta.website}下载。{/meta.website}如对本报告有疑问，请与{meta.agency}联系。",
    );
    expect(openingTemplate()).toContain("{#meta.email}电子邮箱：{meta.email}。{/meta.email}");
  });
});
