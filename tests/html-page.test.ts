/**
 * `generate --html` in a browser (its markup: tests/html-render.test.ts). The page is checked as a browser shows it, in headless
 * Chromium at a desktop width (1280 px) and a phone's (375 px): the page itself never scrolls sideways, each wide
 * table scrolls in its own box, and every value cell shows the report's value. The screenshots are kept in
 * outputs/screenshots/ to be looked at.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { loadReport } from "../src/pipeline/load.js";
import { tableLayouts } from "../src/render/table-layout.js";
import { buildTemplateData } from "../src/render/template-data.js";
import { chromiumPath, launchChromium } from "./helpers/browser.js";
import { EXAMPLES, pageOf } from "./helpers/html-page.js";

const SCREENSHOTS = join("outputs", "screenshots");

/** What each table's value cells must show, in the order of the page: the printed values of the report. */
function expectedCells(loaded: Awaited<ReturnType<typeof loadReport>>): string[][] {
  const data = buildTemplateData(loaded.report, loaded.edition);
  return Object.values(tableLayouts(loaded.edition)).map((layout) =>
    layout.rows.flatMap((row) => row.cells.filter((c) => c.kind === "value").map((c) => `${String(data[c.field!])}${c.suffix ?? ""}`)),
  );
}

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
