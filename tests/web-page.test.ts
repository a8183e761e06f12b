/**
 * The clerk's page (dist/web/nianbao.html, issue 20) in headless Chromium, opened from disk as a clerk opens it, with
 * every network request refused and counted. What it shows and downloads is held to what the command line prints
 * and writes for the same files; it is used by its accessible names alone, and by the keyboard alone. Screenshots of
 * each step at 1280 and 375 px go to outputs/screenshots/ to be looked at.
 *
 * Covers: src/web/assets.d.ts, src/web/buffer-global.ts, src/web/dom.ts, src/web/main.ts, src/web/no-pdf.ts, src/web/page.ts, src/web/worker.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckResult } from "../src/pipeline/check-report.js";
import { chromiumPath, launchChromium } from "./helpers/browser.js";
import { nianbao } from "./helpers/cli.js";
import { EXAMPLE_WORKBOOKS } from "./helpers/examples.js";
import { buildWorkbook, tempDir, TODAY } from "./helpers/fixtures.js";
import { HOSTILE_DOCUMENTS } from "./helpers/hostile-documents.js";

const PAGE = pathToFileURL(resolve("dist/web/nianbao.html")).href;
import { textlessPdf } from "./helpers/pdf-files.js";
const SCREENSHOTS = join("outputs", "screenshots");
const SEVERITY = { error: "错误", warning: "警告", info: "提示" } as const;

/** A 2021 workbook with an unbalanced column (R1, with related cells) and a number typed as words. */
const workbookWithErrors = (dir: string) =>
  buildWorkbook("2021", { "requests.newReceived.natural": 99, "requests.granted.business": "十二" } as never, { dir });

describe.skipIf(!process.env.CI && !chromiumPath)("the clerk's page in Chromium, from disk, offline", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  /** The page opened from disk; `network` counts every request that would leave the computer (each refused). */
  async function open(width = 1280, fixedTime?: Date): Promise<{ page: Page; context: BrowserContext; network: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
    const network: string[] = [];
    await context.route(/^(https?|wss?|ftp):/, (route) => {
      network.push(route.request().url());
      return route.abort();
    });
    context.on("request", (request) => {
      if (!/^(file|blob|data):/.test(request.url())) network.push(request.url());
    });
    const page = await context.newPage();
    if (fixedTime) await page.clock.setFixedTime(fixedTime);
    else await page.clock.setFixedTime(TODAY);
    await page.goto(PAGE);
    return { page, context, network };
  }

  const results = (page: Page) => page.getByRole("region", { name: "检查结果" });

  /** Checks a file through 选择要检查的文件, waiting for the command line's closing line. */
  async function check(page: Page, file: string, closing: string): Promise<void> {
    await page.getByLabel("选择要检查的文件", { exact: true }).setInputFiles(file);
    await results(page).getByText(closing, { exact: true }).waitFor();
    await results(page)
      .getByText(`检查 ${basename(file)}（`, { exact: false })
      .waitFor();
  }

  const closingOf = (result: CheckResult) =>
    result.valid ? "校验通过，可以生成报告。" : `有 ${result.stats.errors} 项错误，请改正后再生成报告。`;

  async function downloads(page: Page, count: number, act: () => Promise<void>): Promise<Map<string, Buffer>> {
    const got: Download[] = [];
    const done = new Promise<void>((resolveAll) =>
      page.on("download", (download) => {
        got.push(download);
        if (got.length === count) resolveAll();
      }),
    );
    await act();
    await done;
    const files = new Map<string, Buffer>();
    for (const download of got) files.set(download.suggestedFilename(), readFileSync((await download.path())!));
    return files;
  }

  const shoot = (page: Page, step: string, width: number) =>
    page.screenshot({ path: join(SCREENSHOTS, `page-${step}-${width}.png`), fullPage: true });

  it("makes no request to any network, and says so in its policy", async () => {
    const { page, context, network } = await open();
    await check(page, EXAMPLE_WORKBOOKS[1], "校验通过，可以生成报告。");
    await downloads(page, 2, () => page.getByRole("button", { name: "生成 Word 文档" }).click());
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    expect(network).toEqual([]);
    await context.close();
  });

  it("新建工作簿 downloads the workbook init writes, byte for byte, and refuses a year init refuses", async () => {
    const created = new Date("2027-01-05T09:00:00Z");
    const { page, context, network } = await open(1280, created);
    await page.getByLabel("年度", { exact: true }).fill("2026");
    await page.getByLabel("机关名称", { exact: true }).fill("贺兰县交通运输局");
    const files = await downloads(page, 1, () => page.getByRole("button", { name: "新建工作簿" }).click());
    const dir = tempDir();
    const run = await nianbao(
      ["init", "--year", "2026", "--agency", "贺兰县交通运输局", "--created", created.toISOString(), "-o", "新.xlsx"],
      dir,
    );
    expect(run.code).toBe(0);
    expect([...files.keys()]).toEqual(["2026-贺兰县交通运输局.xlsx"]);
    expect(files.get("2026-贺兰县交通运输局.xlsx")!.equals(readFileSync(join(dir, "新.xlsx")))).toBe(true);
    await page.getByText("格式版本：2021 版（国办公开办函〔2021〕30号）", { exact: false }).waitFor();
    await shoot(page, "1-new-workbook", 1280);

    await page.getByLabel("年度", { exact: true }).fill("1999");
    await page.getByRole("button", { name: "新建工作簿" }).click();
    // The page's today is its clock's (fixed at 2027-01-05 here): the years check accepts run to 2027.
    await page.getByText("“报告年度”应在 2019–2027 之间，实际为 1999。", { exact: true }).waitFor();
    expect(network).toEqual([]);
    await context.close();
  });

  it("shows the findings check --json gives, grouped by sheet with errors first, each with its cell", async () => {
    const dir = tempDir();
    const crafted = await workbookWithErrors(dir);
    const { page, context } = await open();
    for (const file of [...EXAMPLE_WORKBOOKS, crafted]) {
      const result = JSON.parse((await nianbao(["check", "--json", file], process.cwd())).stdout) as CheckResult;
      await check(page, file, closingOf(result));
      const groups = await results(page)
        .locator("section.group")
        .evaluateAll((sections) =>
          sections.map((section) => ({
            sheet: section.querySelector("h3")!.textContent,
            items: [...section.querySelectorAll("li")].map((li) => ({
              severity: li.className,
              place: li.querySelector(".place")!.textContent,
              text: li.textContent,
            })),
          })),
        );
      const shown = groups.flatMap((group) => group.items.map((item) => ({ ...item, sheet: group.sheet })));
      expect(shown).toHaveLength(result.findings.length);
      for (const finding of result.findings) {
        const item = shown.find((candidate) => candidate.text!.includes(finding.message) && candidate.severity === finding.severity);
        expect(item, finding.message).toBeDefined();
        expect(item!.text).toContain(`[${SEVERITY[finding.severity]}]`);
        if (finding.sheet) expect(item!.sheet).toBe(finding.sheet);
        if (finding.cell) expect(item!.place).toBe(finding.cell);
      }
      for (const group of groups) {
        const order = group.items.map((item) => ["error", "warning", "info"].indexOf(item.severity));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    }
    await context.close();
  });

  it("draws the table a finding is in, its cell marked with its value, the cells of an unbalanced column highlighted", async () => {
    const dir = tempDir();
    const crafted = await workbookWithErrors(dir);
    const result = JSON.parse((await nianbao(["check", "--json", crafted], process.cwd())).stdout) as CheckResult;
    const balance = result.findings.find((f) => f.code === "rule/r1-balance" && f.field === "requests.newReceived.natural")!;
    for (const width of [1280, 375]) {
      const { page, context } = await open(width);
      await check(page, crafted, closingOf(result));
      await shoot(page, "2-findings", width);
      const item = results(page).locator("li", { hasText: balance.message });
      await item.getByRole("button", { name: "在表中查看" }).click();
      const grid = results(page).locator("figure.grid-view");
      await expect(grid.locator("figcaption").innerText()).resolves.toContain(`「${balance.sheet}」${balance.cell}`);
      await expect(grid.locator(".marked").getAttribute("title")).resolves.toBe(balance.cell);
      await expect(grid.locator(".marked").innerText()).resolves.toBe("99");
      const related = await grid.locator(".related").evaluateAll((cells) => cells.map((cell) => cell.getAttribute("title")));
      expect(related.sort()).toEqual(balance.related!.map((place) => place.cell).sort());
      await shoot(page, "3-grid", width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  it("downloads generate's .docx, manifest and portal page, the annotated copy and the JSON export, byte for byte", async () => {
    const dir = tempDir();
    const example = EXAMPLE_WORKBOOKS[0];
    const run = await nianbao(["generate", resolve(example), "--html", "-o", dir], dir);
    expect(run.code).toBe(0);
    const { page, context } = await open();
    await check(page, example, "校验通过，可以生成报告。");
    const word = await downloads(page, 2, () => page.getByRole("button", { name: "生成 Word 文档" }).click());
    const html = await downloads(page, 1, () => page.getByRole("button", { name: "下载网页版" }).click());
    const base = "2020年贺兰县交通运输局政府信息公开工作年度报告";
    expect([...word.keys()].sort()).toEqual([`${base}.docx`, `${base}.manifest.json`]);
    expect(word.get(`${base}.docx`)!.equals(readFileSync(join(dir, `${base}.docx`)))).toBe(true);
    expect(html.get(`${base}.html`)!.equals(readFileSync(join(dir, `${base}.html`)))).toBe(true);
    const manifest = JSON.parse(word.get(`${base}.manifest.json`)!.toString("utf8")) as Record<string, unknown>;
    const written = JSON.parse(readFileSync(join(dir, `${base}.manifest.json`), "utf8")) as Record<string, unknown>;
    expect({ ...manifest, generatedAt: "" }).toEqual({ ...written, generatedAt: "" });
    await page.getByText("用 WPS 或 Word 打开生成的 .docx", { exact: false }).waitFor();
    await shoot(page, "4-generated", 1280);
    const json = await downloads(page, 1, () => page.getByRole("button", { name: "导出 JSON" }).click());
    expect(json.get("2020-贺兰县交通运输局.json")!.toString("utf8")).toBe((await nianbao(["export", example], process.cwd())).stdout);

    const crafted = await workbookWithErrors(dir);
    writeFileSync(join(dir, "交通局.xlsx"), readFileSync(crafted));
    await nianbao(["check", "交通局.xlsx", "--annotate"], dir);
    await check(page, join(dir, "交通局.xlsx"), "有 2 项错误，请改正后再生成报告。");
    expect(await page.getByRole("button", { name: "生成 Word 文档" }).isDisabled()).toBe(true);
    const annotated = await downloads(page, 1, () => page.getByRole("button", { name: "下载带批注的副本" }).click());
    expect(annotated.get("交通局.批注.xlsx")!.equals(readFileSync(join(dir, "交通局.批注.xlsx")))).toBe(true);
    await context.close();
  });

  it("refuses unusable and hostile files with the command line's message, and goes on working", async () => {
    const dir = tempDir();
    const PizZip = (await import("pizzip")).default;
    const bomb = new PizZip();
    bomb.file("xl/workbook.xml", "<a/>".padEnd(40 * 1024 * 1024, " "));
    writeFileSync(join(dir, "炸弹.xlsx"), bomb.generate({ type: "nodebuffer", compression: "DEFLATE" }));
    writeFileSync(join(dir, "~$交通局.xlsx"), readFileSync(EXAMPLE_WORKBOOKS[0]));
    const { page, context } = await open(375);
    for (const name of ["炸弹.xlsx", "~$交通局.xlsx"]) {
      const run = await nianbao(["check", name], dir);
      expect(run.code).toBe(2);
      const message = (run.stdout + run.stderr).trim().split("\n")[0];
      await page.getByLabel("选择要检查的文件", { exact: true }).setInputFiles(join(dir, name));
      await results(page).getByText(message, { exact: true }).waitFor();
    }
    // A PDF: the page carries no PDF reader, and says where one is.
    writeFileSync(join(dir, "报告.pdf"), textlessPdf());
    await page.getByLabel("选择要检查的文件", { exact: true }).setInputFiles(join(dir, "报告.pdf"));
    await results(page).getByText("网页版不读取 PDF（报告.pdf）：请在命令行用 nianbao check 检查 PDF", { exact: false }).waitFor();
    await shoot(page, "5-refused", 375);
    await check(page, EXAMPLE_WORKBOOKS[1], "校验通过，可以生成报告。");
    await context.close();
  });

  it("refuses every document built to exhaust a reader, in the worker: no task of the page's own thread takes most of a document's time", async () => {
    const { page, context } = await open();
    // Tasks of the page's thread longer than 50 ms, as Chromium reports them.
    await page.evaluate(() => {
      const seen: number[] = ((window as unknown as { longTasks: number[] }).longTasks = []);
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.push(entry.duration))).observe({ type: "longtask" });
    });
    // Measured against each document's own time, not a fixed limit, so that it holds on a slow machine: a reader on
    // the page's thread would be one task lasting nearly all of it. What the page's thread does take grows with the
    // file's size (the 3.5 MB page: 818 of 1,497 ms, 2026-12-04), as Playwright hands the file over on that thread;
    // the documents small and slow to refuse take none (400,000 paragraphs: no task over 50 ms in 1,353 ms).
    const tasksSoFar = () => page.evaluate(() => [...(window as unknown as { longTasks: number[] }).longTasks]);
    for (const { file, bytes, says } of HOSTILE_DOCUMENTS) {
      const content = bytes();
      const before = (await tasksSoFar()).length;
      const start = performance.now();
      await page
        .getByLabel("选择要检查的文件", { exact: true })
        .setInputFiles({ name: file, mimeType: "application/octet-stream", buffer: Buffer.from(content) });
      await results(page).getByText(`文件 ${file} 超出了年度报告可能有的规模（${says}），没有读取。`, { exact: false }).waitFor();
      const took = performance.now() - start;
      const longest = Math.max(0, ...(await tasksSoFar()).slice(before));
      expect(longest, `${file}: the page's thread's longest task against the ${took.toFixed(0)} ms the document took`).toBeLessThan(
        0.75 * took,
      );
    }
    await context.close();
  });

  it("checks a file dropped on the 检查 section", async () => {
    const { page, context } = await open();
    const bytes = [...readFileSync(EXAMPLE_WORKBOOKS[1])];
    const transfer = await page.evaluateHandle((data) => {
      const dropped = new DataTransfer();
      dropped.items.add(new File([new Uint8Array(data)], "拖入的.xlsx"));
      return dropped;
    }, bytes);
    await page.locator("section.drop").dispatchEvent("drop", { dataTransfer: transfer });
    await results(page).getByText("检查 拖入的.xlsx（2021 版格式", { exact: false }).waitFor();
    await results(page).getByText("校验通过，可以生成报告。", { exact: true }).waitFor();
    await context.close();
  });

  it("is used with the keyboard alone: Tab reaches every control in order, Enter and Space press them", async () => {
    const { page, context } = await open();
    await check(page, EXAMPLE_WORKBOOKS[1], "校验通过，可以生成报告。");
    await page.locator("body").focus();
    const reached: string[] = [];
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press("Tab");
      reached.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLInputElement | null;
          if (!element) return "";
          return element.labels?.[0]?.textContent ?? element.textContent ?? "";
        }),
      );
    }
    const controls = [
      "年度",
      "机关名称",
      "用于预填的上年文件（可选）",
      "新建工作簿",
      "选择要检查的文件",
      "上年报告",
      "生成 Word 文档",
      "下载网页版",
      "导出 JSON",
    ];
    const positions = controls.map((name) => reached.indexOf(name));
    expect(
      positions.every((position) => position >= 0),
      reached.join(" | "),
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    await page.getByRole("button", { name: "生成 Word 文档" }).focus();
    const byEnter = await downloads(page, 2, () => page.keyboard.press("Enter"));
    expect(byEnter.size).toBe(2);
    await page.getByRole("button", { name: "导出 JSON" }).focus();
    const bySpace = await downloads(page, 1, () => page.keyboard.press("Space"));
    expect([...bySpace.keys()]).toEqual(["2025-示范市自然资源局.json"]);
    // A file input opens the file chooser from the keyboard too.
    await page.getByLabel("选择要检查的文件", { exact: true }).focus();
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
    await chooser.setFiles(EXAMPLE_WORKBOOKS[0]);
    await results(page).getByText("检查 2020-贺兰县交通运输局.xlsx", { exact: false }).waitFor();
    await context.close();
  });
});
