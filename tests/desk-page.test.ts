/**
 * The desk's pages in Chromium (issue 21): an agency's link through check → 提交 → its versions and their files, and
 * the office's overview refreshing itself. Requests go to the desk only (any other is refused and counted).
 * Screenshots at 1280 and 375 px go to outputs/screenshots/desk-*.png to be looked at.
 *
 * Covers: src/desk/served-page.ts, src/web/desk-config.ts, src/web/desk-panel.ts, src/web/office.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchChromium } from "./helpers/browser.js";
import { AGENCIES, agencyLink, DESK_YEAR, officeLink, startTestDesk, submit, workbookOf } from "./helpers/desk.js";
import { tempDir } from "./helpers/fixtures.js";

const SCREENSHOTS = join("outputs", "screenshots");
const [A, B] = AGENCIES;

describe.skipIf(!process.env.CI && !chromiumPath)("the desk's pages in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  /** A page of the desk at `url`; `elsewhere` counts every request to another origin (each refused). */
  async function open(url: string, width = 1280): Promise<{ page: Page; context: BrowserContext; elsewhere: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
    const origin = new URL(url).origin;
    const elsewhere: string[] = [];
    await context.route(
      (target) => target.origin !== origin && /^(https?|wss?):$/.test(target.protocol),
      (route) => {
        elsewhere.push(route.request().url());
        return route.abort();
      },
    );
    const page = await context.newPage();
    await page.goto(url);
    return { page, context, elsewhere };
  }

  /** Screenshots of a step at 1280 and 375 px, back to 1280 after: how far the page overflows each width. */
  async function shootBothWidths(page: Page, step: string): Promise<number[]> {
    const overflows: number[] = [];
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(SCREENSHOTS, `desk-${step}-${width}.png`), fullPage: true });
      overflows.push(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth));
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    return overflows;
  }

  it("an agency's link: the agency fixed, another agency's workbook held back, 提交 files it and lists its files", async () => {
    const desk = await startTestDesk();
    const dir = tempDir();
    const own = join(dir, `${DESK_YEAR}-${A}.xlsx`);
    const other = join(dir, `${DESK_YEAR}-${B}.xlsx`);
    writeFileSync(own, await workbookOf(A));
    writeFileSync(other, await workbookOf(B));
    const { page, context, elsewhere } = await open(agencyLink(desk, A));
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(A);
    expect(await page.getByLabel("机关名称").inputValue()).toBe(A);
    expect(await page.getByLabel("机关名称").getAttribute("readonly")).not.toBeNull();
    expect(await page.getByLabel("年度", { exact: true }).inputValue()).toBe(String(DESK_YEAR));
    const submitButton = page.getByRole("button", { name: "提交", exact: true });

    await page.getByLabel("选择要检查的文件", { exact: true }).setInputFiles(other);
    await page.getByText(`本链接只收“${A}”的报告，不能提交。`).waitFor();
    expect(await submitButton.isDisabled()).toBe(true);

    await page.getByLabel("选择要检查的文件", { exact: true }).setInputFiles(own);
    await page.getByText("检查没有错误，可以提交。").waitFor();
    await shootBothWidths(page, "agency-checked");
    await submitButton.click();
    await page.getByText("已提交并存档为第 1 版。下面可以下载存档的文件。").waitFor();
    const base = `${DESK_YEAR}年${A}政府信息公开工作年度报告`;
    const link = page.getByRole("link", { name: `${base}.docx` });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const archived = readFileSync(join(desk.dir, "档案", String(DESK_YEAR), A, "v1", `${base}.docx`));
    expect(readFileSync((await download.path())!).equals(archived)).toBe(true);
    for (const overflow of await shootBothWidths(page, "agency-submitted")) expect(overflow).toBeLessThanOrEqual(0);
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  it("the office's link: every agency's state, updated by itself as agencies submit, without reloading", async () => {
    const desk = await startTestDesk();
    await submit(agencyLink(desk, A), await workbookOf(A));
    const { page, context, elsewhere } = await open(officeLink(desk));
    const rowOf = (agency: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: agency }) });
    await rowOf(A).getByText("已提交 v1").waitFor();
    await rowOf(B).getByText("未提交").waitFor();
    await page.getByText("共 3 个机关：已提交 1，有错误 0，未提交 2；PDF/A 已生成 0。").waitFor();
    // A mark on the window: a reload would lose it.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await submit(agencyLink(desk, B), await workbookOf(B, { "review.upheld": "十二" }));
    await rowOf(B).getByText("有错误").waitFor();
    await submit(agencyLink(desk, B), await workbookOf(B));
    await rowOf(B).getByText("已提交 v1").waitFor();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

    await page.getByRole("button", { name: "核对存档" }).click();
    await page.getByText("存档完好：2 份存档清单，6 个文件的 SHA-256 都一致。").waitFor();
    const [summary] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载汇总表（.xlsx）" }).click()]);
    expect(summary.suggestedFilename()).toBe(`${DESK_YEAR}年政府信息公开工作年度报告汇总.xlsx`);
    for (const overflow of await shootBothWidths(page, "office")) expect(overflow).toBeLessThanOrEqual(0);
    expect(elsewhere).toEqual([]);
    await context.close();
  });
});
