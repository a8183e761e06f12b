/**
 * `generate --html`: the report as a web page for the portal. The page is checked as a browser shows it, in headless
 * Chromium at a desktop width (1280 px) and a phone's (375 px): the page itself never scrolls sideways, each wide
 * table scrolls in its own box, and every value cell shows the report's value. The screenshots are kept in
 * outputs/screenshots/ to be looked at.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { generateReport } from "../src/pipeline/generate.js";
import { verifyArchive } from "../src/pipeline/verify.js";
import { loadReport } from "../src/pipeline/load.js";
import { renderHtml } from "../src/render/html.js";
import { tableLayouts } from "../src/render/table-layout.js";
import { buildTemplateData } from "../src/render/template-data.js";
import { readHtmlBlocks } from "../src/document/read-html.js";
import { placeRows } from "../src/document/grid.js";
import type { DocumentTable } from "../src/document/types.js";
import { EDITIONS } from "../src/schema/editions.js";
import { toNestedJson } from "../src/report/report.js";
import { chromiumPath, launchChromium } from "./helpers/browser.js";
import { tempDir, TODAY } from "./helpers/fixtures.js";

const EXAMPLES = ["inputs/2020-贺兰县交通运输局.xlsx", "inputs/2025-示范市自然资源局.xlsx"];
const SCREENSHOTS = join("outputs", "screenshots");

async function pageOf(input: string) {
  const loaded = await loadReport(input);
  return { loaded, html: renderHtml(loaded.report, loaded.edition) };
}

/** What each table's value cells must show, in the order of the page: the printed values of the report. */
function expectedCells(loaded: Awaited<ReturnType<typeof loadReport>>): string[][] {
  const data = buildTemplateData(loaded.report, loaded.edition);
  return Object.values(tableLayouts(loaded.edition)).map((layout) =>
    layout.rows.flatMap((row) => row.cells.filter((c) => c.kind === "value").map((c) => `${String(data[c.field!])}${c.suffix ?? ""}`)),
  );
}

describe("the web page", () => {
  it.each(EXAMPLES)("of %s is the same bytes for the same input, with no script and no external resource", async (input) => {
    const first = (await pageOf(input)).html;
    expect((await pageOf(input)).html).toBe(first);
    expect(first).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import|\bclass=/i);
    expect(first.startsWith("<!DOCTYPE html>")).toBe(true);
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
    if (outcome.status !== "done") throw new Error(outcome.status);
    const manifest = JSON.parse(readFileSync(outcome.paths.manifest, "utf8"));
    expect(manifest.html.file).toBe("2020年贺兰县交通运输局政府信息公开工作年度报告.html");
    expect(readFileSync(outcome.paths.html, "utf8")).toBe((await pageOf(EXAMPLES[0])).html);
  });
});

describe("the web page in an archive", () => {
  it("is filed with the version, checked by verify, and a changed page is a change", async () => {
    const archive = tempDir();
    const first = await generateReport({ input: EXAMPLES[0], outDir: tempDir(), archive, today: TODAY, version: "test", html: true });
    if (first.status !== "done") throw new Error(first.status);
    const verified = await verifyArchive(archive);
    expect([verified.valid, verified.files]).toEqual([true, 3]);
    writeFileSync(first.paths.html, "<p>改过</p>");
    expect((await verifyArchive(archive)).findings.map((f) => f.code)).toEqual(["archive/changed"]);
  });
});

describe.skipIf(!process.env.CI && !chromiumPath)("the web page in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);
  afterAll(() => browser?.close());

  for (const input of EXAMPLES) {
    for (const width of [1280, 375]) {
      it(`${input} at ${width} px: the page never scrolls sideways, tables scroll in their box, every value as reported`, async () => {
        const { loaded, html } = await pageOf(input);
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.setContent(html);
        const layout = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
          boxes: [...document.querySelectorAll("table")].map((t) => ({
            overflow: getComputedStyle(t.parentElement!).overflowX,
            box: t.parentElement!.getBoundingClientRect().right,
            cells: [...t.querySelectorAll("td")].map((td) => td.textContent),
          })),
        }));
        expect(layout.page).toBeLessThanOrEqual(layout.viewport);
        for (const box of layout.boxes) {
          expect(box.overflow).toBe("auto");
          expect(box.box).toBeLessThanOrEqual(layout.viewport);
        }
        expect(layout.boxes.map((b) => b.cells)).toEqual(expectedCells(loaded));
        const name = `${input.replace(/^inputs\//, "").replace(/\.xlsx$/, "")}-${width}.png`;
        await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
        await page.close();
      }, 60_000);
    }
  }
});
