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
import { chromiumPath, launchChromium } from "./helpers/browser.js";
import { EXAMPLES, pageOf } from "./helpers/html-page.js";
import { buildWorkbook } from "./helpers/fixtures.js";
import { EXAMPLE_PAGE_CELLS } from "./fixtures/example-page-cells.js";

const SCREENSHOTS = join("outputs", "screenshots");

/** What each table's value cells must show, in the order of the page: written out by hand (tests/fixtures). */
const expectedCells = (input: string): string[][] => EXAMPLE_PAGE_CELLS[input].map((table) => table.flat());

describe.skipIf(!process.env.CI && !chromiumPath)("the web page in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  for (const input of EXAMPLES) {
    for (const width of [1280, 375]) {
      it(`${input} at ${width} px: the page never scrolls sideways, tables scroll in their box, every value as reported`, async () => {
        const { html } = await pageOf(input);
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.setContent(html);
        const layout = await page.evaluate(() => {
          const lines = (element: Element) => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            return { count: tops.size, last: [...range.getClientRects()].at(-1)!.width };
          };
          const titleLine = document.querySelector("h1 span")!;
          return {
            page: document.documentElement.scrollWidth,
            viewport: window.innerWidth,
            fontSize: parseFloat(getComputedStyle(titleLine).fontSize),
            titleLast: lines(titleLine).last,
            boxes: [...document.querySelectorAll("table")].map((t) => ({
              overflow: getComputedStyle(t.parentElement!).overflowX,
              cue: getComputedStyle(t.parentElement!).backgroundImage,
              box: t.parentElement!.getBoundingClientRect().right,
              firstFigure: t.querySelector("td")!.getBoundingClientRect().right,
              shortHeaders: [...t.querySelectorAll("th")].filter((th) => [...th.textContent!].length <= 3).map((th) => lines(th).count),
              cells: [...t.querySelectorAll("td")].map((td) => td.textContent),
            })),
          };
        });
        expect(layout.page).toBeLessThanOrEqual(layout.viewport);
        for (const box of layout.boxes) {
          expect(box.overflow).toBe("auto");
          expect(box.box).toBeLessThanOrEqual(layout.viewport);
          // A table wider than the screen says so: a shadow at the edge it scrolls towards (issue 19, item 9).
          expect(box.cue).toContain("radial-gradient");
          // The first figure shows without a swipe; 自然人, 其他, 总计 and the like read on one line.
          expect(box.firstFigure).toBeLessThanOrEqual(layout.viewport);
          expect(
            box.shortHeaders.every((count) => count === 1),
            `${box.shortHeaders}`,
          ).toBe(true);
        }
        // The title's last line is more than 报告 alone.
        expect(layout.titleLast).toBeGreaterThan(3 * layout.fontSize);
        expect(layout.boxes.map((b) => b.cells)).toEqual(expectedCells(input));
        const name = `${input.replace(/^inputs\//, "").replace(/\.xlsx$/, "")}-${width}.png`;
        await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
        await page.close();
      });
    }
  }

  it("shows a report's hostile text as plain text: no element is made from it (issue 19, item 12)", async () => {
    const agency = '<script>window.hacked=1</script><img src=x onerror="window.hacked=2">示范局';
    const text = `</p></td><b>粗体</b> & "引号" <script>window.hacked=3</script>`;
    const { html } = await pageOf(await buildWorkbook("2021", { "meta.agency": agency, "text.overview": [{ text }] }));
    const page = await browser.newPage();
    await page.setContent(html);
    const seen = await page.evaluate(() => ({
      hacked: (window as unknown as { hacked?: number }).hacked,
      scripts: document.querySelectorAll("script, img, b").length,
      title: document.querySelector("h1")!.textContent,
      paragraphs: [...document.querySelectorAll("p")].map((p) => p.textContent),
    }));
    expect(seen.hacked).toBeUndefined();
    expect(seen.scripts).toBe(0);
    expect(seen.title).toBe(`${agency}2025年政府信息公开工作年度报告`);
    expect(seen.paragraphs).toContain(text);
    await page.close();
  });
});
