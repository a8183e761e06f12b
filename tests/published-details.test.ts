/**
 * The readers of published documents, case by case: what each HTML element and Word part means to a paragraph or
 * a table, and how table 二, 三 and 四 are found and read when a report prints them its own way.
 *
 * Covers: src/published/header-columns.ts, src/published/read-tables.ts.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { BLOCK, decodeHtml, readHtmlBlocks, SKIPPED } from "../src/document/read-html.js";
import { readDocxBlocks } from "../src/document/read-docx.js";
import { InputError } from "../src/findings/finding.js";
import { checkReport } from "../src/pipeline/check.js";
import { generateReport } from "../src/pipeline/generate.js";
import { loadReport } from "../src/pipeline/load.js";
import { buildWorkbook, tempDir, TODAY } from "./helpers/fixtures.js";
import { passwordPdf } from "./helpers/pdf-files.js";
import { publishedPage, rowOf } from "./helpers/published.js";

const texts = (html: string) => readHtmlBlocks(html).map((b) => (b.kind === "paragraph" ? b.text : "[table]"));
const findingsOf = async (file: string) => checkReport(await loadReport(file), { today: TODAY }).findings;
const page = (body: string) => {
  const file = join(tempDir(), "报告.html");
  writeFileSync(file, `<html><body>${body}</body></html>`);
  return file;
};
const refusal = async (file: string) => {
  const error = await loadReport(file).catch((e: unknown) => e);
  if (!(error instanceof InputError)) throw new Error("not refused");
  return error.finding;
};

describe("a web page's text", () => {
  // The elements a browser lays out as blocks, written out here rather than taken from the reader's own list.
  const BLOCKS = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "section",
    "article",
    "center",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "form",
    "figure",
    "address",
  ];
  const SKIPPED_TAGS = ["script", "style", "noscript", "template", "select", "option", "button", "svg", "iframe"];

  it("knows every block element and every element with no text to read", () => {
    expect(new Set([...BLOCKS, "hr"])).toEqual(BLOCK);
    expect(new Set([...SKIPPED_TAGS, "head"])).toEqual(SKIPPED);
  });

  it.each(BLOCKS)("ends a paragraph at <%s>", (tag) => {
    expect(texts(`<div>甲<${tag}>乙</${tag}>丙</div>`)).toEqual(["甲", "乙", "丙"]);
  });

  it("ends a paragraph at <hr>, which has no content", () => {
    expect(texts("<div>甲<hr>乙</div>")).toEqual(["甲", "乙"]);
  });

  it.each(SKIPPED_TAGS)("does not read <%s>", (tag) => {
    expect(texts(`<p>甲</p><${tag}>乙</${tag}><p>丙</p>`).join("")).not.toContain("乙");
  });

  it("does not read the page's head (its title and scripts)", () => {
    expect(texts("<html><head><title>乙</title></head><body><p>甲</p></body></html>")).toEqual(["甲"]);
  });

  it("ends a paragraph at <br>, keeps inline elements within it, and trims no-break spaces", () => {
    expect(texts("<p>\u00a0甲<span>乙</span><br>丙\u00a0</p>")).toEqual(["甲乙", "丙"]);
    expect(texts("<p>A  B\tC</p>")).toEqual(["A B C"]);
  });

  it("reads a table's caption as the paragraph before it, and the rows of thead, tbody and tfoot in order", () => {
    const blocks = readHtmlBlocks(
      "<table><caption>表三</caption><thead><tr><th>甲</th></tr></thead><tbody><tr><td>乙</td></tr></tbody><tfoot><tr><td>丙</td></tr></tfoot></table>",
    );
    expect(blocks[0]).toEqual({ kind: "paragraph", text: "表三" });
    if (blocks[1].kind !== "table") throw new Error("no table");
    expect(blocks[1].table.cells.map((c) => [c.text, c.row])).toEqual([
      ["甲", 0],
      ["乙", 1],
      ["丙", 2],
    ]);
  });

  it("reads a span that is not a positive number as 1", () => {
    const [block] = readHtmlBlocks('<table><tr><td colspan="abc">甲</td><td rowspan="0">乙</td><td colspan="2">丙</td></tr></table>');
    if (block.kind !== "table") throw new Error("no table");
    expect(block.table.cells.map((c) => [c.text, c.column, c.columns, c.rows])).toEqual([
      ["甲", 0, 1, 1],
      ["乙", 1, 1, 1],
      ["丙", 2, 2, 1],
    ]);
  });
});

describe("a Word document's text", () => {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const doc = (body: string) => readDocxBlocks(`<w:document ${w}><w:body>${body}</w:body></w:document>`);
  const run = (xml: string) => `<w:p><w:r>${xml}</w:r></w:p>`;

  it("reads tabs as spaces and line breaks, but no field code and no deleted text", () => {
    expect(doc(run("<w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:instrText>PAGE</w:instrText>"))).toEqual([
      { kind: "paragraph", text: "甲 乙\n丙\n" },
    ]);
    expect(doc(`<w:p><w:del><w:r><w:t>删</w:t></w:r></w:del><w:r><w:t>留</w:t></w:r></w:p>`)).toEqual([{ kind: "paragraph", text: "留" }]);
  });

  it("reads through content controls and custom XML, and nothing outside the body's paragraphs and tables", () => {
    const blocks = doc(
      `<w:sdt><w:sdtContent>${run("<w:t>甲</w:t>")}</w:sdtContent></w:sdt><w:customXml>${run("<w:t>乙</w:t>")}</w:customXml><w:sectPr/>`,
    );
    expect(blocks).toEqual([
      { kind: "paragraph", text: "甲" },
      { kind: "paragraph", text: "乙" },
    ]);
  });

  it("places a row's cells after w:gridBefore, and starts a new cell where a merge has nothing to continue", () => {
    const cell = (text: string, props = "") =>
      `<w:tc><w:tcPr>${props}</w:tcPr>${run(`<w:t>${text}</w:t>`)}${run("<w:t>二行</w:t>")}</w:tc>`;
    const [block] = doc(
      `<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell("甲", "<w:vMerge/>")}${cell("乙", '<w:vMerge w:val="restart"/>')}</w:tr>` +
        `<w:tr>${cell("丙")}${cell("丁")}${cell("", '<w:vMerge w:val="continue"/>')}</w:tr></w:tbl>`,
    );
    if (block.kind !== "table") throw new Error("no table");
    expect(block.table.cells.map(({ text, row, column, rows }) => [text, row, column, rows])).toEqual([
      ["甲\n二行", 0, 1, 1],
      ["乙\n二行", 0, 2, 2],
      ["丙\n二行", 1, 0, 1],
      ["丁\n二行", 1, 1, 1],
    ]);
  });
});

describe("a published report's tables, printed their own way", () => {
  it("warns of table 二's column labels worded otherwise, and of a row that is no official row", async () => {
    const file = await publishedPage("2021", (html) => {
      const row = rowOf(html, "行政许可");
      return html
        .replace(">本年制发件数<", ">本年制发数量<")
        .replace(row, row + row.replace(">行政许可<", ">行政确认<").replace(/>\d+</, ">5<"));
    });
    const findings = await findingsOf(file);
    expect(findings.filter((f) => f.code === "document/label-deviates").map((f) => [f.row, f.column, f.actual, f.expected])).toEqual([
      ["第二十条第（一）项", "本年制发数量", "本年制发数量", "本年制发件数"],
    ]);
    expect(findings.filter((f) => f.code === "document/row-unknown").map((f) => [f.section, f.actual])).toEqual([
      ["二、主动公开政府信息情况", "行政确认"],
    ]);
  });

  it("reads a row printed as one 0 across its value cells as 0 in each, and ignores an unknown row of zeros", async () => {
    const file = await publishedPage("2021", (html) => {
      const row = rowOf(html, "3.要求提供公开出版物");
      const last = rowOf(html, "四、结转下年度继续办理");
      return html
        .replace(row, row.replace(/(<td[^>]*>0<\/td>)+/, '<td colspan="7">0</td>'))
        .replace(last, `${last}<tr><th colspan="3">五、其他情形</th><td colspan="7">0</td></tr>`);
    });
    const values = (await loadReport(file)).report.values;
    expect(values["requests.unprocessed.publication.natural"]).toBe(0);
    expect(values["requests.unprocessed.publication.total"]).toBe(0);
    const codes = (await findingsOf(file)).map((f) => f.code);
    expect(codes).not.toContain("document/row-unknown");
    expect(codes).not.toContain("document/blank-cells");
  });

  it("reads the first of a row printed twice, and tells two missing rows apart from many", async () => {
    const file = await publishedPage("2021", (html) => {
      const row = rowOf(html, "2.重复申请");
      return html
        .replace(row, row + row.replace(/>\d+</g, ">9<"))
        .replace(rowOf(html, "3.要求提供公开出版物"), "")
        .replace(rowOf(html, "4.无正当理由大量反复申请"), "");
    });
    const original = (await loadReport(await publishedPage("2021"))).report.values;
    expect((await loadReport(file)).report.values["requests.unprocessed.repeated.total"]).toBe(
      original["requests.unprocessed.repeated.total"],
    );
    expect((await findingsOf(file)).find((f) => f.code === "document/row-missing")?.message).toBe(
      "「三、收到和处理政府信息公开申请情况」：表中没有“（五）不予处理3.要求提供公开出版物”、“（五）不予处理4.无正当理由大量反复申请”这 2 行，按 0 处理。",
    );
    // A missing row's cells read as 0, each placed at its row's and column's labels.
    const loaded = await loadReport(file);
    const id = "requests.unprocessed.publication.business";
    expect(loaded.report.values[id as never]).toBe(0);
    expect(loaded.locations.get(id as never)).toMatchObject({
      section: "三、收到和处理政府信息公开申请情况",
      row: "3.要求提供公开出版物",
      column: "商业企业",
    });
  });

  it("takes table 三's last seven columns as its values when its header names no 自然人", async () => {
    const file = await publishedPage("2021", (html) => html.replace(/>自然人</g, ">个人<"));
    const original = (await loadReport(await publishedPage("2021"))).report.values;
    const values = (await loadReport(file)).report.values;
    expect(values["requests.newReceived.natural"]).toBe(original["requests.newReceived.natural"]);
    expect(values["requests.newReceived.total"]).toBe(original["requests.newReceived.total"]);
  });

  it("places a table by the section it is under when its labels do not say which it is", async () => {
    const file = await publishedPage("2021", (html) =>
      html
        .replace(/>行政复议</, ">复议<")
        .replace(/>结果维持</g, ">维持<")
        .replace(/>结果纠正</g, ">纠正<")
        .replace(/>尚未审结</g, ">未结<"),
    );
    const values = (await loadReport(file)).report.values;
    const original = (await loadReport(await publishedPage("2021"))).report.values;
    expect(values["review.total"]).toBe(original["review.total"]);
    expect((await findingsOf(file)).map((f) => f.code)).not.toContain("document/table-missing");
  });

  it("takes a line over 40 characters that opens with a section's heading for text of the section before", async () => {
    const long = `二、主动公开政府信息情况${"本机关全年主动公开政府信息".repeat(3)}`;
    const file = page(
      `<p>某局2021年政府信息公开工作年度报告</p><p>一、总体情况</p><p>${long}</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p><p>五、存在的主要问题及改进情况</p><p>无。</p>`,
    );
    const overview = (await loadReport(file)).report.values["text.overview"] as { text: string }[];
    expect(overview.map((p) => p.text)).toEqual([long]);
  });

  it("reads a narrative's heading lines at their levels, and a run-in heading as text", async () => {
    const file = page(
      "<p>某局2021年政府信息公开工作年度报告</p><p>一、总体情况</p><p>（一）主动公开情况</p><p>1.政策解读</p><p>（十一）其他</p><p>（二）依申请公开。全年收到申请3件，均已办结。</p>" +
        `<p>一、${"很长的一行文字".repeat(5)}</p><p>2.5万条信息</p><p>加强领导（一）</p><p>落实2、措施</p><p>三、依申请公开情况</p><p>五、存在的主要问题及改进情况</p><p>无。</p>`,
    );
    const levels = ((await loadReport(file)).report.values["text.overview"] as { level: number }[]).map((p) => p.level);
    // A heading number only counts at the start of its line.
    expect(levels).toEqual([1, 2, 1, 0, 0, 0, 0, 0]);
  });
});

describe("a published report that cannot be read", () => {
  it("is refused as not a 年报 when it has neither tables nor three section headings", async () => {
    expect((await refusal(page("<p>一、总体情况</p><p>二、主动公开政府信息情况</p>"))).code).toBe("document/not-a-report");
    const headingsOnly = page("<p>一、总体情况</p><p>很好。</p><p>二、主动公开</p><p>三、依申请公开</p><p>五、存在的问题</p><p>有。</p>");
    expect((await findingsOf(headingsOnly)).filter((f) => f.code === "document/table-missing").map((f) => f.section)).toEqual([
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ]);
  });

  it("is a .docx without a body, or with a body that is not XML, or a damaged zip", async () => {
    const docx = (edit: (zip: PizZip) => void) => {
      const zip = new PizZip();
      zip.file("[Content_Types].xml", '<Types><Override PartName="/word/document.xml"/></Types>');
      edit(zip);
      const file = join(tempDir(), "报告.docx");
      writeFileSync(file, zip.generate({ type: "nodebuffer" }));
      return file;
    };
    expect((await refusal(docx((zip) => zip.file("word/styles.xml", "<w:styles/>")))).message).toContain("其中没有 Word 文档的正文");
    expect((await refusal(docx((zip) => zip.file("word/document.xml", "<w:document><w:body>")))).message).toContain("文档的内容无法解析");
    const damaged = docx((zip) => zip.file("word/document.xml", "<w:document/>".repeat(50)));
    const bytes = (await import("node:fs")).readFileSync(damaged);
    bytes[bytes.indexOf("word/document.xml") + 40] ^= 0xff;
    writeFileSync(damaged, bytes);
    expect((await refusal(damaged)).code).toBe("document/corrupt");
  });

  it("is a PDF that needs a password to open, said so", async () => {
    const file = join(tempDir(), "加密.pdf");
    writeFileSync(file, passwordPdf());
    const finding = await refusal(file);
    expect([finding.code, finding.message]).toEqual(["document/corrupt", expect.stringContaining("PDF 设有打开密码")]);
  });
});

describe("the 信息处理费 statement of a report generate wrote", () => {
  it("reads back as the fee facts, and a statement in other words stays text", async () => {
    const input = await buildWorkbook("2021", {
      "fees.noticesIssued": 2,
      "fees.noticedAmount": 120.5,
      "fees.collectedAmount": 80,
      "text.other": null,
    });
    const outcome = await generateReport({ input, outDir: tempDir(), today: TODAY, version: "test", html: true });
    if (outcome.status !== "generated") throw new Error(outcome.status);
    const back = (await loadReport(outcome.paths.html)).report.values;
    expect([back["fees.noticesIssued"], back["fees.noticedAmount"], back["fees.collectedAmount"], back["text.other"]]).toEqual([
      2,
      120.5,
      80,
      [],
    ]);
    const reworded = (await import("node:fs"))
      .readFileSync(outcome.paths.html, "utf8")
      .replace("实际收取信息处理费80元", "实际收取信息处理费八十元");
    const other = (await loadReport(page(reworded.replace(/^[^]*<body[^>]*>|<\/body>[^]*$/g, "")))).report.values["text.other"] as {
      text: string;
    }[];
    expect(other.map((p) => p.text)).toEqual([expect.stringContaining("八十元")]);
  });
});

describe("the 信息处理费 statement among other paragraphs", () => {
  const NO_FEES = '<p style="margin:0.4em 0;text-indent:2em;text-align:justify">本机关2025年度未收取政府信息公开信息处理费。</p>';
  const readWith = async (paragraphs: string[]) => {
    const file = await publishedPage("2021", (html) => {
      if (!html.includes(NO_FEES)) throw new Error("the example's section 六 no longer reads as expected");
      return html.replace(NO_FEES, paragraphs.map((text) => `<p>${text}</p>`).join(""));
    });
    return loadReport(file);
  };
  const feeFacts = (loaded: Awaited<ReturnType<typeof loadReport>>) =>
    ["fees.noticesIssued", "fees.noticedAmount", "fees.collectedAmount"].map((id) => [
      loaded.report.values[id as never],
      loaded.locations.get(id as never),
    ]);

  it("is read where it stands, the paragraphs before it kept as section 六's text", async () => {
    const loaded = await readWith([
      "本机关另有说明。",
      "另一段说明。",
      "2025年度，本机关依据《政府信息公开信息处理费管理办法》发出收费通知2件，通知金额150元，实际收取信息处理费100.5元。",
    ]);
    const place = { section: "六、其他需要报告的事项", paragraphNumber: 3 };
    expect(feeFacts(loaded)).toEqual([
      [2, place],
      [150, place],
      [100.5, place],
    ]);
    expect(loaded.report.values["text.other"]).toEqual([
      { level: 0, text: "本机关另有说明。" },
      { level: 0, text: "另一段说明。" },
    ]);
  });

  it("reads 未收取 as no notice and no fee, in its own paragraph's place", async () => {
    const loaded = await readWith(["本机关另有说明。", "本机关2025年度未收取政府信息公开信息处理费。"]);
    const place = { section: "六、其他需要报告的事项", paragraphNumber: 2 };
    expect(feeFacts(loaded)).toEqual([
      [0, place],
      [0, place],
      [0, place],
    ]);
    expect(loaded.report.values["text.other"]).toEqual([{ level: 0, text: "本机关另有说明。" }]);
  });

  it("leaves a statement of another year, or in other figures' words, as text", async () => {
    const otherYear = "本机关2024年度未收取政府信息公开信息处理费。";
    const loaded = await readWith([otherYear]);
    expect(loaded.report.values["fees.noticesIssued"]).toBeUndefined();
    expect(loaded.report.values["text.other"]).toEqual([{ level: 0, text: otherYear }]);
  });
});

describe("a web page's encoding", () => {
  const gb = Buffer.from([0xc4, 0xea, 0xb1, 0xa8]); // 年报 in GB2312

  it("follows a byte-order mark before any declaration", () => {
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="gb2312"><p>年报')]))).toBe(
      '<meta charset="gb2312"><p>年报',
    );
    expect(decodeHtml(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<p>年报", "utf16le")]))).toBe("<p>年报");
    const be = Buffer.from("<p>年报", "utf16le").swap16();
    expect(decodeHtml(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe("<p>年报");
  });

  it.each([
    '<meta http-equiv="Content-Type" content="text/html; charset=GBK">',
    "<meta charset = 'gb2312'>",
    "<META CHARSET=gb18030>",
    '<meta content="text/html;charset=x-gbk" http-equiv="content-type">',
  ])("reads %s as GB18030", (meta) => {
    expect(decodeHtml(Buffer.concat([Buffer.from(`${meta}<p>`), gb]))).toBe(`${meta}<p>年报`);
  });

  it("keeps a page declared UTF-8 as UTF-8, even with a broken byte, and a declared other charset too", () => {
    expect(decodeHtml(Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), gb]))).toContain("\uFFFD");
    expect(decodeHtml(Buffer.concat([Buffer.from('<meta charset="gb2312x"><p>'), gb]))).toContain("\uFFFD");
    expect(decodeHtml(Buffer.from("<p>年报"))).toBe("<p>年报");
  });

  it("trims every leading and trailing no-break space, and reads a cell's lines and not its scripts", () => {
    expect(texts("<p>\u00a0\u00a0甲\u00a0\u00a0</p>")).toEqual(["甲"]);
    const [block] = readHtmlBlocks("<table><tr><td>甲<br>乙<script>丙</script><p>丁</p></td></tr></table>");
    if (block.kind !== "table") throw new Error("no table");
    expect(block.table.cells[0].text).toBe("甲\n乙\n丁");
  });
});

describe("table 四 printed its own way", () => {
  it("finds its figures above a note row, and under an extra label column", async () => {
    const original = (await loadReport(await publishedPage("2021"))).report.values;
    const noted = await publishedPage("2021", (html) => {
      const at = html.indexOf("</tbody>", html.indexOf("未经复议直接起诉"));
      return `${html.slice(0, at)}<tr><td colspan="15">注：本表数据截至12月31日。</td></tr>${html.slice(at)}`;
    });
    expect((await loadReport(noted)).report.values["review.total"]).toBe(original["review.total"]);
    const labelled = await publishedPage("2021", (html) => {
      const start = html.indexOf("<tr>", html.indexOf("未经复议直接起诉") - 2000);
      const table = html.slice(
        html.lastIndexOf("<table", html.indexOf("未经复议直接起诉")),
        html.indexOf("</table>", html.indexOf("未经复议直接起诉")),
      );
      const rows = table.split("<tr>").length - 1;
      const edited = table.replace("<tr>", `<tr><th rowspan="${rows - 1}">类别</th>`).replace(/(<tr>)(?![^]*<tr>)/, "$1<th>件数</th>");
      return start >= 0 ? html.replace(table, edited) : html;
    });
    const values = (await loadReport(labelled)).report.values;
    expect([values["review.upheld"], values["suitAfterReview.total"]]).toEqual([
      original["review.upheld"],
      original["suitAfterReview.total"],
    ]);
  });

  it("compares only the header cells over the value columns with the official labels", async () => {
    const file = await publishedPage("2021", (html) => html.replace(">一、本年新收政府信息公开申请数量<", ">一、本年新收申请数量<"));
    const deviations = (await findingsOf(file)).filter((f) => f.code === "document/label-deviates");
    expect(deviations.map((f) => [f.row, f.column, f.actual])).toEqual([["一、本年新收申请数量", undefined, "一、本年新收申请数量"]]);
  });
});

describe("what findings on published tables say", () => {
  it("quotes an unknown row of table 三 with its group, once each, and the label of a cell read from a note", async () => {
    const file = await publishedPage("2021", (html) => {
      const row = rowOf(html, "（七）总计");
      // The new row joins 三、本年度办理结果's group, as a report that adds one prints it.
      return html
        .replace(/rowspan="(\d+)"([^>]*>三、本年度办理结果<)/, (_, rows: string, rest: string) => `rowspan="${Number(rows) + 1}"${rest}`)
        .replace(row, `<tr><th colspan="2">（八）撤回申请</th>${"<td>3</td>".repeat(7)}</tr>${row}`)
        .replace(/(>第二十条第（一）项<[^]*?>行政规范性文件<\/th><td[^>]*>)\d+/, "$122（其中修订16件）");
    });
    const findings = await findingsOf(file);
    expect(findings.filter((f) => f.code === "document/row-unknown").map((f) => [f.row, f.actual])).toEqual([
      ["（八）撤回申请", "三、本年度办理结果（八）撤回申请"],
    ]);
    expect(findings.find((f) => f.code === "document/cell-read")?.message).toBe(
      "「二、主动公开政府信息情况」「第二十条第（一）项 行政规范性文件」行「本年制发件数」列：“第二十条第（一）项 行政规范性文件 · 本年制发件数”印作“22（其中修订16件）”，数字后有说明文字，按 22 读取。",
    );
  });

  it("names table 四's cells by group and outcome, and ignores an unknown table 二 row of zeros", async () => {
    const file = await publishedPage("2021", (html) => {
      const start = html.indexOf("复议后起诉");
      const last = html.lastIndexOf("<td", html.indexOf("</tr>", html.indexOf("<tr><td", start)));
      const row = rowOf(html, "行政许可");
      return (html.slice(0, last) + html.slice(last).replace(/>\d+</, ">——<")).replace(
        row,
        row + row.replace(">行政许可<", ">行政确认<").replace(/>\d+</, ">0<"),
      );
    });
    const findings = await findingsOf(file);
    expect(findings.filter((f) => f.code === "document/cell-read").map((f) => [f.section, f.row, f.column, f.actual])).toEqual([
      ["四、政府信息公开行政复议、行政诉讼情况", "行政诉讼 复议后起诉", "总计", "——"],
    ]);
    expect(findings.map((f) => f.code)).not.toContain("document/row-unknown");
  });

  it("names table 二's missing rows by their block and row", async () => {
    const file = await publishedPage("2021", (html) => html.replace(rowOf(html, "行政强制"), ""));
    expect((await findingsOf(file)).find((f) => f.code === "document/row-missing")?.message).toBe(
      "「二、主动公开政府信息情况」：表中没有“第二十条第（六）项 行政强制”这一行，按 0 处理。",
    );
  });
});
