/**
 * Every code of the finding catalogue, emitted by its smallest trigger with the severity it must have. The table is
 * keyed by FindingCode: a code without a trigger fails to compile, and the last test fails at run time too.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { rawZip } from "./helpers/raw-zip.js";
import { brokenOutputVerdict } from "../src/pipeline/template.js";
import { BrokenOutputError, renderDocx } from "../src/templates/render-template.js";
import { compileTemplate } from "../src/templates/template-tags.js";
import { buildTemplateData } from "../src/render/template-data.js";
import { InputError, type Finding } from "../src/findings/finding.js";
import { FINDING_CODES, type FindingCode, type Severity } from "../src/i18n/finding-messages.js";
import { readJsonSource } from "../src/input/read-json.js";
import { sha256 } from "../src/io/hash.js";
import { generateBatch } from "../src/pipeline/batch.js";
import { collectInputs } from "../src/pipeline/batch-inputs.js";
import { verifyArchive } from "../src/pipeline/verify.js";
import { agencyListOf } from "../src/desk/agency-list.js";
import { refusedByDesk } from "../src/desk/identity.js";
import { readLinkBook } from "../src/desk/link-book.js";
import { PdfUnreadable } from "../src/document/pdf-layout.js";
import { textlessPdf } from "./helpers/pdf-files.js";
import { readPdfSource } from "../src/published/read-published.js";
import { checkReport } from "../src/pipeline/check.js";
import { interpretReport, loadReport } from "../src/pipeline/load.js";
import { checkTemplate, prepareTemplate } from "../src/pipeline/template.js";
import type { EditionId } from "../src/schema/index.js";
import { lintTemplate } from "../src/templates/lint-template.js";
import { RULE_CODES } from "../src/validate/run-rules.js";
import { buildWorkbook, patchZip, tempDir, TODAY, validReport } from "./helpers/fixtures.js";
import { setPath, validJson, type JsonReport } from "./helpers/json.js";
import { checkInMemory, loadInMemory, memorySource } from "./helpers/memory.js";
import { editedTemplateBytes } from "./helpers/templates.js";
import { publishedPage, rowOf } from "./helpers/published.js";

/** A folder with one manifest vouching for one file, altered, then verified. */
async function verifyAltered(alter: (folder: string) => void): Promise<Finding[]> {
  const folder = tempDir();
  writeFileSync(join(folder, "copy.json"), "[]");
  const record = { file: "copy.json", sha256: sha256(Buffer.from("[]")) };
  writeFileSync(join(folder, "a.manifest.json"), JSON.stringify({ tool: { name: "nianbao" }, output: record, pdf: null }));
  alter(folder);
  return (await verifyArchive(folder)).findings;
}

type Trigger = () => Finding[] | Promise<Finding[]>;

/** The finding an unusable input is refused with. */
async function refusal(load: () => Promise<unknown>): Promise<Finding[]> {
  try {
    await load();
  } catch (error) {
    if (error instanceof InputError) return [error.finding];
    throw error;
  }
  return [];
}

const file = (name: string, bytes: Uint8Array | string): string => {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
};
const loadFile = (name: string, bytes: Uint8Array | string) => refusal(() => loadReport(file(name, bytes)));
const loadFindings = async (path: string) => checkReport(await loadReport(path), { today: TODAY }).findings;

/** The JSON form, read and checked in memory. */
function checkJson(edit: (json: JsonReport) => void, edition: EditionId = "2021"): Finding[] {
  const json = validJson(edition);
  edit(json);
  return checkReport(interpretReport({ ...readJsonSource(Buffer.from(JSON.stringify(json)), "report.json"), sha256: "" }), { today: TODAY })
    .findings;
}
const checkedReport = () => interpretReport(memorySource("2021")).report;
const memory = (delta: Record<string, unknown>, edition: EditionId = "2021") => checkInMemory(edition, delta as never).findings;
/** The baseline checked against last year's report: the baseline itself, with a delta. */
const againstLastYear = (lastYear: Record<string, unknown>, edition: EditionId = "2021", thisYear: Record<string, unknown> = {}) =>
  checkInMemory(edition, thisYear as never, { previous: loadInMemory(edition, { "meta.year": year - 1, ...lastYear } as never) }).findings;
const lintEdited = (edit: (xml: string) => string) => lintTemplate(editedTemplateBytes(edit), "2021").findings;

function odsBytes(): Buffer {
  const zip = new PizZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file("content.xml", "<office:document-content/>");
  return zip.generate({ type: "nodebuffer" });
}

async function plainWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1").getCell("A1").value = "本年新收政府信息公开申请数量";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** An office's list of agencies as Excel saves it: a header (机关名称 unless told), a name per row. */
async function agencyList(agencies: string[], header = "机关名称"): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("名单");
  sheet.getCell("A1").value = header;
  agencies.forEach((agency, i) => (sheet.getCell(i + 2, 1).value = agency));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const preparedOf = (agency: string, reportYear: number) => ({
  status: "rendered" as const,
  report: { agency, year: reportYear, edition: "2021" as const },
});

const OLE_HEADER = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
const blankReview = Object.fromEntries(
  Object.keys(validReport("2021").inputs)
    .filter((id) => /^(review|suit)/.test(id))
    .map((id) => [id, null]),
);
const year = validReport("2021").inputs["meta.year"] as number;

/** The 2021 example's web page with table 三's three （六） rows printed as 2019's one row. */
const oneOtherHandlingRow = (html: string): string => {
  const rows = [
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
  ].map((label) => rowOf(html, label));
  const merged = rows[0].replace(
    /<th scope="rowgroup" rowspan="3"[^>]*>（六）其他处理<\/th><th scope="row"[^>]*>[^<]*<\/th>/,
    '<th scope="row" colspan="2">（六）其他处理</th>',
  );
  return html.replace(rows[0], merged).replace(rows[1], "").replace(rows[2], "");
};

const TRIGGERS: Record<FindingCode, [Severity, Trigger]> = {
  "document/not-a-report": ["error", () => loadFile("通知.html", "<html><body><p>关于做好年度报告编制工作的通知</p></body></html>")],
  "document/template-not-report": ["error", () => refusal(() => loadReport("templates/2021.docx"))],
  "document/corrupt": [
    "error",
    () => {
      const xml = readFileSync("tests/golden/2025-示范市自然资源局.docx");
      const body = new PizZip(xml).file("word/document.xml")!.asText();
      return loadFile(
        "两份正文.docx",
        rawZip([
          { name: "word/document.xml", data: body },
          { name: "word/document.xml", data: "<x/>" },
        ]),
      );
    },
  ],
  "document/too-large": ["error", () => loadFile("深.html", `<p>一、总体情况</p>${"<span>".repeat(300)}`)],
  "document/table-missing": [
    "error",
    async () =>
      loadFindings(await publishedPage("2021", (html) => html.replace(/<table[^]*?<\/table>\s*<\/div>\s*<h2[^>]*>五、/, "</div><h2>五、"))),
  ],
  "document/row-missing": [
    "error",
    async () => loadFindings(await publishedPage("2021", (html) => html.replace(rowOf(html, "2.重复申请"), ""))),
  ],
  "document/row-unknown": [
    "warning",
    async () =>
      loadFindings(
        await publishedPage("2021", (html) => {
          const row = rowOf(html, "四、结转下年度继续办理");
          return html.replace(row, row + row.replace("四、结转下年度继续办理", "五、本年度撤回申请数量"));
        }),
      ),
  ],
  "document/label-deviates": [
    "warning",
    async () => loadFindings(await publishedPage("2021", (html) => html.replace(">商业企业<", ">商业公司<"))),
  ],
  "document/cell-read": [
    "info",
    async () =>
      loadFindings(await publishedPage("2021", (html) => html.replace(/(>二、上年结转政府信息公开申请数量<\/th><td[^>]*>)\d+/, "$1——"))),
  ],
  "document/date-missing": [
    "warning",
    async () => loadFindings(await publishedPage("2021", (html) => html.replace(/<p[^>]*>2026年1月\d+日<\/p>/, ""))),
  ],
  "document/other-handling-one-row": ["warning", async () => loadFindings(await publishedPage("2021", oneOtherHandlingRow))],
  "document/blank-cells": [
    "warning",
    async () => loadFindings(await publishedPage("2021", (html) => html.replace(/(>（一）予以公开<\/th><td[^>]*>)\d+/, "$1"))),
  ],
  "input/not-found": ["error", () => refusal(() => loadReport(join(tempDir(), "没有.xlsx")))],
  "input/unsupported-type": ["error", () => loadFile("说明.txt", "hello")],
  "input/lock-file": ["error", () => refusal(() => loadReport(join(tempDir(), "~$报告.xlsx")))],
  "input/unexpected": [
    "error",
    async () => {
      // A failure no stage foresaw (here a day that is no date, as a bug would pass one): the input's row, not the end.
      const today = {} as Date;
      return (await generateBatch([await buildWorkbook("2021")], { outDir: tempDir(), today, version: "test" }))[0].findings;
    },
  ],
  "input/pdf": ["error", () => loadFile("扫描件.pdf", textlessPdf())],
  "input/legacy-or-encrypted": ["error", () => loadFile("旧表.xls", OLE_HEADER)],
  "input/ods": ["error", () => loadFile("报表.ods", odsBytes())],
  "input/corrupt": ["error", () => loadFile("假的.xlsx", "这不是表格")],
  "input/not-standard": ["error", async () => loadFile("自制.xlsx", await plainWorkbook())],
  "input/unknown-edition": ["error", () => loadFile("report.json", JSON.stringify({ meta: { edition: "2030" } }))],
  "input/edition-changed": ["error", async () => loadFindings(await buildWorkbook("2021", { "meta.edition": "2019" }))],
  "input/json-syntax": ["error", () => loadFile("report.json", "{")],
  "input/too-large": ["error", () => loadFile("大.json", Buffer.alloc(33 * 1024 * 1024, 32))],
  "input/range-too-large": [
    "error",
    async () => {
      const file = await buildWorkbook("2021");
      patchZip(file, (name, xml) =>
        name === "xl/workbook.xml"
          ? xml.replace("</definedNames>", `<definedName name="全表">'基本信息'!$A$1:$XFD$1048576</definedName></definedNames>`)
          : xml,
      );
      return refusal(() => loadReport(file));
    },
  ],
  "input/link": [
    "error",
    async () => {
      const dir = tempDir();
      symlinkSync("/etc/hostname", join(dir, "链接.xlsx"));
      return (await collectInputs([dir])).entries.flatMap((entry) => (entry.refused ? [entry.refused] : []));
    },
  ],
  "input/not-a-file": ["error", () => refusal(() => loadReport(tempDir()))],
  "input/json-too-deep": ["error", () => loadFile("report.json", `{"review":{"upheld":${"[".repeat(40)}${"]".repeat(40)}}}`)],
  "input/sheet-cells-lost": [
    "error",
    async () => {
      const file = await buildWorkbook("2021");
      patchZip(file, (name, xml) =>
        name === "xl/workbook.xml" ? xml.replace(/(<sheet [^>]*)name="四、政府信息公开行政复议、行政诉讼情况"/, '$1name="表四"') : xml,
      );
      return loadFindings(file);
    },
  ],
  "input/missing-cell": [
    "error",
    async () =>
      loadFindings(
        await buildWorkbook(
          "2021",
          {},
          { edit: (workbook) => workbook.definedNames.remove("'四、政府信息公开行政复议、行政诉讼情况'!$A$5", "review_upheld") },
        ),
      ),
  ],
  "input/not-docx": ["error", () => refusal(() => checkTemplate(file("模板.docx", "不是文档")))],
  "input/template-invalid": [
    "error",
    async () => {
      // A paragraph's tag used in a condition that is not a narrative loop: it passes the check and gets no value.
      const template = file(
        "模板.docx",
        editedTemplateBytes((xml) => xml.replace("{meta.date}", "{meta.date}{#meta.agency}{text}{/meta.agency}")),
      );
      const rendered = (await prepareTemplate(template, "2021")).render(checkedReport());
      return rendered.status === "ok" ? [] : rendered.verdict.findings;
    },
  ],
  "input/duplicate-report": [
    "error",
    async () => {
      const dir = tempDir();
      const [first, second] = [await buildWorkbook("2021", {}, { dir }), join(dir, "副本.xlsx")];
      writeFileSync(second, readFileSync(first));
      return (await generateBatch([first, second], { outDir: tempDir(), today: TODAY, version: "test" }))[0].findings;
    },
  ],
  "archive/missing": ["error", () => verifyAltered((folder) => rmSync(join(folder, "copy.json")))],
  "archive/changed": ["error", () => verifyAltered((folder) => writeFileSync(join(folder, "copy.json"), "{}"))],
  "archive/unexpected": ["error", () => verifyAltered((folder) => writeFileSync(join(folder, "note.txt"), "x"))],
  "archive/manifest-unreadable": ["error", () => verifyAltered((folder) => writeFileSync(join(folder, "a.manifest.json"), "[]"))],
  "archive/link": [
    "error",
    () =>
      verifyAltered((folder) => {
        rmSync(join(folder, "copy.json"));
        symlinkSync("/etc/hostname", join(folder, "copy.json"));
      }),
  ],
  "archive/not-a-file": [
    "error",
    () =>
      verifyAltered((folder) => {
        rmSync(join(folder, "copy.json"));
        mkdirSync(join(folder, "copy.json"));
      }),
  ],
  "archive/record-outside": [
    "error",
    () =>
      verifyAltered((folder) => {
        const record = { file: "../copy.json", sha256: sha256(Buffer.from("[]")) };
        writeFileSync(join(folder, "a.manifest.json"), JSON.stringify({ tool: { name: "nianbao" }, output: record, pdf: null }));
      }),
  ],
  "archive/leftover": ["warning", () => verifyAltered((folder) => mkdirSync(join(folder, ".staging-0123456789ab")))],
  "archive/foreign-version": ["error", () => verifyAltered((folder) => mkdirSync(join(folder, "v100000000000000000000")))],
  "desk/agency-list-not-workbook": ["error", () => refusal(() => agencyListOf(Buffer.from("机关名称\n甲局\n"), "名单.csv"))],
  "desk/not-a-link-book": ["error", async () => refusal(async () => readLinkBook(file("链接.xlsx", await agencyList(["甲局"]))))],
  "desk/agency-list-header": ["error", async () => (await agencyListOf(await agencyList(["甲局"], "单位"), "名单.xlsx")).findings],
  "desk/agency-list-empty": ["error", async () => (await agencyListOf(await agencyList([]), "名单.xlsx")).findings],
  "desk/agency-duplicate": ["error", async () => (await agencyListOf(await agencyList(["甲局", "甲 局"]), "名单.xlsx")).findings],
  "desk/agency-unusable": ["error", async () => (await agencyListOf(await agencyList(["甲局", "??"]), "名单.xlsx")).findings],
  "desk/other-agency": ["error", () => refusedByDesk({ agency: "甲局", year: 2025 }, preparedOf("乙局", 2025), "a.xlsx")],
  "desk/other-year": ["error", () => refusedByDesk({ agency: "甲局", year: 2025 }, preparedOf("甲局", 2024), "a.xlsx")],
  "desk/published": ["error", () => refusedByDesk({ agency: "甲局", year: 2025 }, { status: "published" }, "a.docx")],
  "document/pdf-tables-unruled": [
    "error",
    () =>
      refusal(() =>
        readPdfSource(Buffer.from("%PDF-1.7\n"), "转换的.pdf", async () => [
          {
            number: 1,
            rules: [],
            runs: ["一、总体情况", "三、收到和处理政府信息公开申请情况", "申请人情况", "一、本年新收政府信息公开申请数量", "12"].map(
              (text, i) => ({
                text,
                x: 90,
                y: 700 - 20 * i,
                width: 10 * text.length,
                size: 10,
              }),
            ),
          },
        ]),
      ),
  ],
  "document/pdf-in-page": [
    "error",
    () =>
      refusal(() =>
        readPdfSource(Buffer.from("%PDF-1.7\n"), "报告.pdf", () => {
          throw new PdfUnreadable("page");
        }),
      ),
  ],
  "input/unknown-field": ["warning", () => checkJson((json) => setPath(json, "requests.granted.robots", 1))],
  "value/not-a-number": ["error", () => memory({ "review.upheld": "十二" })],
  "value/not-integer": ["error", () => memory({ "review.upheld": 1.5 })],
  "value/negative": ["error", () => memory({ "review.upheld": -1 })],
  "value/too-many-decimals": ["error", () => memory({ "active.fees.amount": 1.2345678 })],
  "value/formula-error": ["error", () => memory({ "review.upheld": { error: "#DIV/0!" } })],
  "value/formula-no-result": ["error", () => memory({ "review.upheld": { raw: { kind: "formula", formula: "A1+1" } } })],
  "value/wrong-type": ["error", () => checkJson((json) => setPath(json, "review.upheld", true))],
  "value/is-date": ["error", () => memory({ "review.upheld": new Date(Date.UTC(2026, 0, 3)) })],
  "value/normalized": ["warning", () => memory({ "review.upheld": "１２件" })],
  "value/blank": ["warning", () => memory({ "review.upheld": null })],
  "value/blank-cells": ["warning", () => memory({ "review.upheld": null, "review.corrected": null })],
  "value/missing": ["error", () => checkJson((json) => delete json.review.upheld)],
  "table/blank": ["error", () => memory(blankReview)],
  "meta/required": ["error", () => memory({ "meta.agency": null })],
  "meta/agency-not-a-name": ["error", () => memory({ "meta.agency": " ．． " })],
  "meta/year-invalid": ["error", () => memory({ "meta.year": "去年" })],
  "meta/year-implausible": ["error", () => memory({ "meta.year": 2005 })],
  "meta/edition-mismatch": ["error", () => memory({ "meta.year": 2020, "meta.date": "2021年1月10日" })],
  "meta/date-invalid": ["error", () => memory({ "meta.date": "一月底" })],
  "meta/date-not-next-year": ["warning", () => memory({ "meta.date": `${year}-12-30` })],
  "meta/date-after-deadline": ["warning", () => memory({ "meta.date": `${year + 1}年3月1日` })],
  "value/out-of-range": ["error", () => memory({ "review.upheld": 10_000_001 })],
  "text/control-characters": ["warning", () => memory({ "meta.address": "银川市\u0001金凤区" })],
  "text/unknown-level": ["warning", () => memory({ "text.problems": [{ level: "小标题", text: "问题" }] })],
  "text/lines-split": ["info", () => memory({ "text.problems": [{ text: "问题一。\n问题二。" }] })],
  "text/section-title-dropped": [
    "info",
    () => memory({ "text.problems": [{ text: "五、存在的主要问题及改进情况" }, { text: "宣传力度不够。" }] }),
  ],
  "text/section-empty": ["error", () => memory({ "text.problems": [] })],
  "template/raw-xml": ["error", () => lintEdited((xml) => xml.replace("{meta.signer}", "{@meta.signer}"))],
  "template/loop-too-deep": [
    "error",
    () =>
      lintEdited((xml) =>
        xml.replace("{#text.problems}", "{#text.problems}{#text.problems}").replace("{/text.problems}", "{/text.problems}{/text.problems}"),
      ),
  ],
  "template/broken-output": [
    "error",
    async () => {
      // Refused by the check first; were it not, its output would be caught before the report is called generated.
      const { compiled } = compileTemplate(editedTemplateBytes((xml) => xml.replace("{meta.signer}", "{@meta.signer}")));
      const loaded = await loadReport("inputs/2025-示范市自然资源局.xlsx");
      const data = { ...buildTemplateData(loaded.report, loaded.edition), "meta.signer": "<w:p>示范局" };
      try {
        renderDocx(compiled!, data);
      } catch (error) {
        if (error instanceof BrokenOutputError) return brokenOutputVerdict("本局模板.docx", "2021", error).findings;
        throw error;
      }
      return [];
    },
  ],
  "template/syntax": ["error", () => lintEdited((xml) => xml.replace("{meta.publicity}", "{meta.publicity"))],
  "template/unknown-tag": ["error", () => lintEdited((xml) => xml.replace("{meta.signer}", "{meta.singer}"))],
  "template/missing-required": ["error", () => lintEdited((xml) => xml.replace("{review.upheld}", ""))],
  "template/missing-optional": ["warning", () => lintEdited((xml) => xml.replace("{meta.signer}", ""))],
  "template/fullwidth-brace": ["error", () => lintEdited((xml) => xml.replace("{meta.date}", "｛meta.date｝"))],
  "template/typographic-quote": ["error", () => lintEdited((xml) => xml.replace("{meta.date}", "{“meta.date”}"))],
  "template/space-in-tag": ["error", () => lintEdited((xml) => xml.replace("{meta.date}", "{meta. date}"))],
  "template/no-east-asian-font": ["warning", () => lintEdited((xml) => xml.replace(/ w:eastAsia="[^"]*"/, ""))],
  "rule/r1-balance": ["error", () => memory({ "requests.newReceived.natural": 99 })],
  "rule/r2-result-total": ["error", () => memory({ "requests.resultTotal.natural": 99 })],
  "rule/r3-row-total": ["error", () => memory({ "requests.granted.total": 99 })],
  "rule/r4-group-total": ["error", () => memory({ "review.total": 99 })],
  "plausibility/rules-issued": ["info", () => memory({ "active.rules.inForce": 3 })],
  "plausibility/fees-in-yuan": ["info", () => memory({ "active.fees.amount": 25_000 })],
  "plausibility/fee-unpaid-without-notice": ["warning", () => memory({ "fees.noticesIssued": 0 })],
  "plausibility/columns-misread": [
    "info",
    () =>
      memory(
        {
          "active.licensing.lastYear": 1,
          "active.licensing.change": 1,
          "active.licensing.decisions": 2,
          "active.otherServices.lastYear": 0,
          "active.otherServices.change": 0,
          "active.otherServices.decisions": 0,
          "active.penalty.lastYear": 0,
          "active.penalty.change": 0,
          "active.penalty.decisions": 0,
          "active.coercion.lastYear": 0,
          "active.coercion.change": 0,
          "active.coercion.decisions": 0,
        },
        "2019",
      ),
  ],
  "cross-year/carried-over": ["warning", () => againstLastYear({ "requests.carriedForward.natural": 9 })],
  "cross-year/in-force": ["warning", () => againstLastYear({ "active.normative.inForce": 0 })],
  "cross-year/items": ["warning", () => againstLastYear({ "active.penalty.lastYear": 0, "active.penalty.change": 1 }, "2019")],
  "cross-year/not-consecutive": ["warning", () => againstLastYear({ "meta.year": 2000 })],
  "cross-year/other-agency": ["warning", () => againstLastYear({ "meta.agency": "银川市教育局" })],
  "cross-year/agency-name-variant": ["info", () => againstLastYear({ "meta.agency": "宁夏回族自治区银川市交通运输局" })],
  "cross-year/narrative-repeated": [
    "warning",
    () => {
      const text = [{ text: "本机关坚持以公开为常态、不公开为例外，围绕中心工作主动公开各类政府信息，及时更新政府信息公开指南和目录。" }];
      return againstLastYear({ "text.overview": text }, "2021", { "text.overview": text });
    },
  ],
  "text/draft-not-rewritten": ["error", () => memory({ "text.problems": [{ text: "【上年内容，请改写】公开内容还不够全面。" }] })],
  "narrative/contradicts-table": [
    "warning",
    () => memory({ "text.overview": [{ text: `${year}年，本机关共受理政府信息公开申请 999 件。` }] }),
  ],
  "narrative/parts-do-not-add-up": [
    "warning",
    () =>
      memory({
        "text.overview": [{ text: "主动公开信息共 1823 条。其中：通过网站发布 182 条，通过微博发布 1131 条，通过微信发布 310 条。" }],
      }),
  ],
};

describe("the finding catalogue", () => {
  it.each(Object.entries(TRIGGERS) as [FindingCode, [Severity, Trigger]][])(
    "%s is emitted, with its severity",
    async (code, [severity, trigger]) => {
      const findings = await trigger();
      expect(findings.filter((f) => f.code === code).map((f) => [f.code, f.severity])[0]).toEqual([code, severity]);
      for (const finding of findings) expect(finding.message).not.toMatch(/undefined|NaN|\[object/);
    },
  );

  it("has the rule modules declare every code the rules stage emits, and only those", () => {
    const checkedOnValues = [
      "meta/required",
      "meta/agency-not-a-name",
      "meta/year-implausible",
      "meta/edition-mismatch",
      "meta/date-not-next-year",
      "meta/date-after-deadline",
      "text/section-empty",
      "text/draft-not-rewritten",
    ];
    const expected = FINDING_CODES.filter(
      (code) => /^(rule|plausibility|narrative|cross-year)\//.test(code) || checkedOnValues.includes(code),
    );
    expect([...RULE_CODES].sort()).toEqual(expected.sort());
  });

  it("has a trigger for every code", () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual([...FINDING_CODES].sort());
  });
});
