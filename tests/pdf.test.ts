/**
 * What a clerk sees in the PDF (formats.md): the signature block never on a page of its own, and a distinct
 * open face for each official role, in simplified-Chinese cuts. Needs LibreOffice, fonts-noto-cjk and
 * fonts-arphic-ukai (.ci/run installs them).
 *
 * Covers: src/pdf/font-environment.ts, src/pdf/installed-fonts.ts, src/schema/fonts.ts.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { generateReport } from "../src/pipeline/generate.js";
import { CLI_TEXT } from "../src/i18n/ui-text.js";
import { fontsInDocx } from "../src/pdf/document-fonts.js";
import { fontconfigXml, planFonts } from "../src/pdf/font-plan.js";
import { sofficeCandidates, sofficeCommand } from "../src/pdf/find-soffice.js";
import { HELAN_2020 } from "../scripts/examples/helan-2020.js";
import { hasCommand } from "./helpers/docx.js";
import { buildWorkbook, tempDir, TODAY } from "./helpers/fixtures.js";
import { convertAllToPdf, pdfPages } from "./helpers/libreoffice.js";

const withLibreOffice = describe.skipIf(!process.env.CI && !hasCommand("soffice"));

/** The reference report with k more one-line paragraphs in 五: the signature block moves down line by line. */
async function helanWithExtraLines(k: number): Promise<string> {
  const extra = Array.from({ length: k }, (_, i) => ({ text: `补充说明第${i + 1}条。` }));
  const values = { ...HELAN_2020.values, "text.problems": [...HELAN_2020.values["text.problems"], ...extra] };
  const input = await buildWorkbook("2019", values, { baseline: false });
  const outcome = await generateReport({ input, outDir: tempDir(), today: TODAY, version: "test" });
  if (outcome.status !== "generated") throw new Error(`not generated: ${outcome.status}`);
  return outcome.paths.docx;
}

withLibreOffice("the signature block", () => {
  it("stays on one page with the last lines of 六, wherever the page breaks", async () => {
    // A page holds about 22 lines: 24 variants carry the block across a page break, one line at a time.
    const docs = await Promise.all(Array.from({ length: 24 }, (_, k) => helanWithExtraLines(k)));
    const pdfs = await convertAllToPdf(docs);
    const pageCounts = new Set<number>();
    pdfs.forEach((pdf, k) => {
      const pages = pdfPages(pdf);
      pageCounts.add(pages.length);
      const last = pages.at(-1)!;
      expect(last, `with ${k} extra lines`).toContain("（此件公开发布）");
      expect(last, `with ${k} extra lines`).toContain("2021年1月19日");
      expect(last, `with ${k} extra lines`).toContain("贺兰县交通运输局");
      expect(last, `with ${k} extra lines`).toContain("无其他需要报告的事项。");
    });
    // The sweep crosses a page break: some variants have one page more than others.
    expect(pageCounts.size).toBeGreaterThan(1);
  }, 300_000);
});

/** Lines of text where a number runs on from one line to the next: "…彩页 50" then "0 余份。". */
function numbersBrokenAcrossLines(pdf: string): string[] {
  const lines = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  // Lines of prose only: a table's rows (cells apart by runs of spaces) also end and start with digits.
  const prose = (line: string) => /[\u4e00-\u9fff]/.test(line) && !/\s{2,}/.test(line);
  return lines.flatMap((line, i) => {
    const next = lines[i + 1] ?? "";
    return prose(line) && prose(next) && /\d$/.test(line) && /^\d/.test(next) ? [`${line} ⏎ ${next}`] : [];
  });
}

withLibreOffice("numbers in the PDF (issue 19, item 6)", () => {
  it("never break inside themselves: the examples, and a text dense with numbers set at every offset of a line", async () => {
    const dense = "全年共受理政府信息公开申请1234件，办结5678件，主动公开政府信息9012345条，收费7380.28959万元，";
    const inputs = await Promise.all(
      Array.from({ length: 12 }, (_, k) =>
        buildWorkbook("2021", {
          "text.overview": [{ text: `${"某".repeat(k)}${dense.repeat(6)}` }, { text: `${dense.repeat(3)}${"某".repeat(k)}` }],
        }),
      ),
    );
    const docs = await Promise.all(
      [HELAN_2020.file, "inputs/2025-示范市自然资源局.xlsx", ...inputs].map(async (input) => {
        const outcome = await generateReport({ input, outDir: tempDir(), today: TODAY, version: "test" });
        if (outcome.status !== "generated") throw new Error(`not generated: ${outcome.status}`);
        return outcome.paths.docx;
      }),
    );
    const pdfs = await convertAllToPdf(docs);
    const broken = pdfs.flatMap(numbersBrokenAcrossLines);
    expect(broken).toEqual([]);
    // The sweep does put numbers at line ends: lines ending with a digit and lines starting with one exist.
    const ends = pdfs.flatMap((pdf) => execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\n"));
    expect(ends.filter((line) => /[\u4e00-\u9fff].*\d$/.test(line.trim())).length).toBeGreaterThan(0);
  });
});

/** The left and right edges, in points, of the last page's line that holds `text` and what follows it on its line. */
function lineEdges(pdf: string, text: string): { left: number; right: number } {
  const page = execFileSync("pdfinfo", [pdf], { encoding: "utf8" }).match(/^Pages:\s+(\d+)/m)![1];
  const xml = execFileSync("pdftotext", ["-bbox", "-f", page, "-l", page, pdf, "-"], { encoding: "utf8" });
  const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    left: Number(m[1]),
    top: Number(m[2]),
    right: Number(m[3]),
    text: m[4],
  }));
  const first = words.find((word) => word.text.startsWith(text.slice(0, 2)))!;
  const line = words.filter((word) => Math.abs(word.top - first.top) < 1);
  return { left: Math.min(...line.map((w) => w.left)), right: Math.max(...line.map((w) => w.right)) };
}

withLibreOffice("the signature block of a document without a seal (issue 19, item 7)", () => {
  // A4 is 595.3 pt wide, the right margin 26 mm; the body is 3号, 16 pt a character.
  const TEXT_RIGHT = 595.3 - (26 / 25.4) * 72;
  const CHAR = 16;
  it.each([
    ["a signer longer than the date", "宁夏回族自治区银川市贺兰县交通运输局", "signer"],
    ["the reference report's signer, about as long as the date", "贺兰县交通运输局", "date"],
    ["a signer shorter than the date", "某局", "date"],
  ])("%s: the date's first character two characters right of the signer's, the longer line 右空二字", async (_, signer, flush) => {
    const input = await buildWorkbook("2021", { "meta.agency": signer, "meta.signer": signer });
    const outcome = await generateReport({ input, outDir: tempDir(), today: TODAY, version: "test" });
    if (outcome.status !== "generated") throw new Error(outcome.status);
    const [pdf] = await convertAllToPdf([outcome.paths.docx]);
    const [signed, dated] = [lineEdges(pdf, signer), lineEdges(pdf, "2026年")];
    expect(dated.left - signed.left).toBeCloseTo(2 * CHAR, -0.5);
    const rightSpace = TEXT_RIGHT - (flush === "signer" ? signed.right : dated.right);
    expect(rightSpace).toBeCloseTo(2 * CHAR, -0.5);
    // The other line stands further in.
    expect(TEXT_RIGHT - (flush === "signer" ? dated.right : signed.right)).toBeGreaterThan(2 * CHAR + 4);
  });
});

withLibreOffice("fonts in the PDF", () => {
  it("sets each official role in its own open face and says which in the output and the manifest", async () => {
    const out = tempDir();
    const outcome = await generateReport({ input: HELAN_2020.file, outDir: out, today: TODAY, version: "test", pdf: true });
    if (outcome.status !== "generated" || outcome.pdf?.status !== "ok") throw new Error("no PDF");
    const fonts = execFileSync("pdffonts", [outcome.pdf.path!], { encoding: "utf8" });
    // Before: one face for everything (NotoSansCJKjp-Regular). Now: bold serif title, serif body, sans 黑体, kai 楷体.
    expect(fonts).toMatch(/NotoSerifCJK\w*-Bold/);
    expect(fonts).toMatch(/NotoSerifCJK\w*-Regular/);
    expect(fonts).toMatch(/NotoSansCJK\w*-Regular/);
    expect(fonts).toMatch(/UKaiCN/);
    const manifest = JSON.parse(readFileSync(outcome.paths.manifest, "utf8"));
    expect(manifest.pdf.fonts).toEqual([
      { official: "方正小标宋简体", role: "title", substitute: "Noto Serif CJK SC", bold: true, installed: false },
      { official: "黑体", role: "heading", substitute: "Noto Sans CJK SC", installed: false },
      { official: "楷体_GB2312", role: "kai", substitute: "AR PL UKai CN", installed: false },
      { official: "仿宋_GB2312", role: "fangsong", substitute: "Noto Serif CJK SC", installed: false },
      { official: "宋体", role: "song", substitute: "Noto Serif CJK SC", installed: false },
    ]);
    // The .docx keeps the official faces; its text is tagged Chinese (PRC), which picks the simplified glyphs.
    const zip = new PizZip(readFileSync(outcome.paths.docx));
    expect(zip.file("word/document.xml")!.asText()).toContain('w:eastAsia="仿宋_GB2312"');
    expect(zip.file("word/styles.xml")!.asText()).toContain('<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>');
  });

  it("carries the report's title as the PDF's and the .docx's document title (issue 19, item 8)", async () => {
    const outcome = await generateReport({ input: HELAN_2020.file, outDir: tempDir(), today: TODAY, version: "test", pdf: true });
    if (outcome.status !== "generated" || outcome.pdf?.status !== "ok") throw new Error("no PDF");
    const info = execFileSync("pdfinfo", [outcome.pdf.path!], { encoding: "utf8" });
    expect(/^Title:\s+(.*)$/m.exec(info)?.[1]).toBe("贺兰县交通运输局2020年政府信息公开工作年度报告");
    const core = new PizZip(readFileSync(outcome.paths.docx)).file("docProps/core.xml")!.asText();
    expect(core).toContain("<dc:title>贺兰县交通运输局2020年政府信息公开工作年度报告</dc:title>");
  });
});

describe("where LibreOffice is looked for (issue 19, item 8)", () => {
  it("takes NIANBAO_SOFFICE first, then the standard install folders of Windows and macOS, then soffice on PATH", () => {
    const none = () => false;
    expect(sofficeCommand(undefined, "linux", { NIANBAO_SOFFICE: "/opt/lo/soffice" }, none)).toBe("/opt/lo/soffice");
    expect(sofficeCommand(undefined, "linux", {}, none)).toBe("soffice");
    const windows = { ProgramFiles: "C:\\Program Files", "ProgramFiles(x86)": "C:\\Program Files (x86)" };
    expect(sofficeCandidates("win32", windows)).toEqual([
      "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
      "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
    ]);
    const installed = (path: string) => path === "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe";
    expect(sofficeCommand(undefined, "win32", windows, installed)).toBe("C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe");
    expect(sofficeCommand(undefined, "darwin", { HOME: "/Users/li" }, (path) => path.startsWith("/Applications/"))).toBe(
      "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    );
    expect(sofficeCommand("/given/soffice", "win32", windows, installed)).toBe("/given/soffice");
  });
});

describe("the font plan (no LibreOffice needed)", () => {
  const template = readFileSync("templates/2021.docx");

  it("finds the official faces the template names", () => {
    const fonts = fontsInDocx(template);
    for (const face of ["方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "宋体"]) expect(fonts.has(face), face).toBe(true);
  });

  it("keeps an installed official face, takes the first installed substitute, and says when there is none", () => {
    const plan = planFonts(
      new Set(["仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "Times New Roman"]),
      new Set(["仿宋_GB2312", "Source Han Sans SC", "Noto Serif CJK SC"]),
    );
    expect(plan).toEqual([
      { official: "方正小标宋简体", role: "title", substitute: "Noto Serif CJK SC", bold: true, installed: false },
      { official: "黑体", role: "heading", substitute: "Source Han Sans SC", installed: false },
      { official: "楷体_GB2312", role: "kai", substitute: null, installed: false },
      { official: "仿宋_GB2312", role: "fangsong", substitute: null, installed: true },
    ]);
    const xml = fontconfigXml(plan);
    expect(xml).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    expect(xml.match(/<match target="pattern">/g)).toHaveLength(2);
    expect(xml).toContain(
      '<test name="family"><string>黑体</string></test>\n    <edit name="family" mode="assign" binding="strong"><string>Source Han Sans SC</string></edit>',
    );
    expect(xml).toMatch(/方正小标宋简体[\s\S]*Noto Serif CJK SC[\s\S]*<const>bold<\/const>/);
  });

  it("says which faces stood in, in Chinese", () => {
    const plan = planFonts(new Set(["黑体", "楷体_GB2312"]), new Set(["Noto Sans CJK SC"]));
    expect(CLI_TEXT.pdfFonts(plan)).toBe(
      "PDF 中的字体：本机没有的公文字体已用相近的开源字体代替（Word 文档仍使用公文字体）：黑体 → Noto Sans CJK SC；楷体_GB2312 → 没有可替代的字体，由 LibreOffice 自选。",
    );
  });
});
