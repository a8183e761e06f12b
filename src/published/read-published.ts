/**
 * A published report (.docx from any word processor, or a page saved from a portal) read as a ReportSource: the
 * same shape a workbook gives, so that every rule runs on it unchanged. Each value's location is its table's title
 * and its row and column labels, or its section and paragraph number.
 */
import { baseName } from "../values/base-name.js";
import { inputError } from "../input/classify.js";
import type { ParagraphSource, ReportSource, SourceEntry } from "../input/source.js";
import { makeFinding, type Finding, type Location } from "../findings/finding.js";
import { scanZip, zipRefusal } from "../input/zip-guard.js";
import { decodeHtml, readHtmlBlocks } from "../document/read-html.js";
import { readDocxBlocks } from "../document/read-docx.js";
import { DOCUMENT_LIMITS, DocumentTooLarge } from "../document/limits.js";
import type { Block, DocumentTable } from "../document/types.js";
import { pdfBlocks, PdfUnreadable, type PdfPage } from "../document/pdf-layout.js";
import { EDITION_IDS, EDITIONS, editionForYear } from "../schema/editions.js";
import { SHEET } from "../schema/sheet-names.js";
import type { EditionId, FieldId } from "../schema/types.js";
import { compact } from "./labels.js";
import { readOutline, type Outline } from "./sections.js";
import { readActiveTables, readRequestsTables, readReviewTable, tableKind, type TableReading } from "./read-tables.js";
import { FRAGMENT, REPORT_TEXT } from "../i18n/ui-text.js";
import { formatAmount } from "../render/format-value.js";

const PLACE = { title: "标题", opening: "开头", signature: "落款" } as const;

/** A narrative paragraph's level: a short line opened by a heading number is a heading (formats.md), the rest is text. */
function levelOf(text: string): number {
  const plain = compact(text);
  if (plain.length > 30 || /。./u.test(plain)) return 0;
  if (/^[(（][一二三四五六七八九十]+[)）]/u.test(plain) || /^[一二三四五六七八九十]+、/u.test(plain)) return 1;
  if (/^\d+[.．、](?!\d)/u.test(plain)) return 2;
  return 0;
}

function narrativeEntry(section: string, paragraphs: readonly string[]): SourceEntry {
  const sources: ParagraphSource[] = paragraphs.map((text, i) => ({
    level: { kind: "number", value: levelOf(text) },
    text: { kind: "text", value: text },
    location: { section, paragraphNumber: i + 1 },
  }));
  return { raw: { kind: "blank" }, location: { section }, paragraphs: sources };
}

const textEntry = (value: string | undefined, location: Location): SourceEntry => ({
  raw: value === undefined ? { kind: "blank" } : { kind: "text", value },
  location,
});

const FEES = /发出收费通知(\d+)件，通知金额([\d.]+)元，实际收取信息处理费([\d.]+)元/u;

/**
 * Section 六's statement of the 信息处理费 in the words `generate` prints it (edition 2021), read back as the fee
 * facts: only a paragraph that is exactly that sentence is taken out of the narrative.
 */
function readFeeStatement(paragraphs: readonly string[], year: number) {
  for (const [i, paragraph] of paragraphs.entries()) {
    const text = paragraph.trim();
    if (text === REPORT_TEXT.noFees(year)) return { paragraph, number: i + 1, notices: 0, noticed: 0, collected: 0 };
    const match = FEES.exec(text);
    if (!match) continue;
    const [notices, noticed, collected] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (text === REPORT_TEXT.fees(year, notices, formatAmount(noticed), formatAmount(collected)))
      return { paragraph, number: i + 1, notices, noticed, collected };
  }
  return undefined;
}

/** The edition by the report year; a report without one by its table 二's columns (本年制发件数 is edition 2021's). */
function editionOf(outline: Outline, active: readonly DocumentTable[]): EditionId {
  const byYear = outline.year === undefined ? undefined : editionForYear(outline.year);
  if (byYear) return byYear;
  const text = compact(active.flatMap((t) => t.cells.map((c) => c.text)).join(""));
  // The edition whose table 二 column labels it prints most of (本年新制作数量 is 2019's, 本年制发件数 2021's); the
  // latest on a tie.
  const labels = (id: EditionId) =>
    new Set(EDITIONS[id].tables.active.flatMap((block) => block.columns.map((column) => compact(column.label))));
  const score = (id: EditionId) => [...labels(id)].filter((label) => text.includes(label)).length;
  return [...EDITION_IDS].reverse().reduce((best, id) => (score(id) > score(best) ? id : best));
}

/** A template's tags, {meta.agency} or {#text.overview}: a document holding them is a template, not a report. */
const TEMPLATE_TAG = /\{[#/^]?(?:meta|text|requests|active|review|suitDirect|suitAfterReview|fees)\.[\w.]+\}/u;
const TEMPLATE_TAGS_NEEDED = 3;

function templateTag(blocks: readonly Block[]): string | undefined {
  const tags: string[] = [];
  for (const block of blocks) {
    const texts = block.kind === "paragraph" ? [block.text] : block.table.cells.map((cell) => cell.text);
    for (const text of texts) {
      const tag = TEMPLATE_TAG.exec(text)?.[0];
      if (tag) tags.push(tag);
      if (tags.length >= TEMPLATE_TAGS_NEEDED) return tags[0];
    }
  }
  return undefined;
}

export function readPublishedBlocks(
  blocks: readonly Block[],
  file: string,
  kind: "docx" | "html" | "pdf",
): Omit<ReportSource, "sha256" | "bytes"> {
  const tag = templateTag(blocks);
  if (tag) throw inputError("document/template-not-report", file, { tag });
  const outline = readOutline(blocks);
  const byKind = { active: [] as DocumentTable[], requests: [] as DocumentTable[], review: [] as DocumentTable[] };
  for (const { table, section } of outline.tables) {
    const kindOfTable = tableKind(table) ?? (section === "active" || section === "requests" || section === "review" ? section : undefined);
    if (kindOfTable) byKind[kindOfTable].push(table);
  }
  const tablesFound = byKind.active.length + byKind.requests.length + byKind.review.length;
  if (tablesFound === 0 && outline.headings.size < 3)
    throw inputError("document/not-a-report", file, { detail: FRAGMENT.noReportStructure });
  const edition = EDITIONS[editionOf(outline, byKind.active)];
  const reading: TableReading = { entries: new Map<FieldId, SourceEntry>(), findings: [] };
  const findings: Finding[] = [];
  if (byKind.active.length > 0) readActiveTables(byKind.active, edition, reading);
  else findings.push(makeFinding("document/table-missing", { section: SHEET.active }, { label: SHEET.active }));
  if (byKind.requests.length > 0) readRequestsTables(byKind.requests, edition, reading);
  else findings.push(makeFinding("document/table-missing", { section: SHEET.requests }, { label: SHEET.requests }));
  if (byKind.review.length > 0) readReviewTable(byKind.review.at(-1)!, edition, reading);
  else findings.push(makeFinding("document/table-missing", { section: SHEET.review }, { label: SHEET.review }));

  const entries = reading.entries;
  const title = { section: PLACE.title };
  const signature = { section: PLACE.signature };
  entries.set("meta.agency", textEntry(outline.agency, title));
  entries.set(
    "meta.year",
    outline.year === undefined ? textEntry(undefined, title) : { raw: { kind: "number", value: outline.year }, location: title },
  );
  entries.set("meta.edition", textEntry(edition.id, title));
  for (const [key, value] of Object.entries(outline.contact))
    entries.set(`meta.${key}` as FieldId, textEntry(value, { section: PLACE.opening }));
  // Only what the document prints: no signer or note is supplied for one it leaves out.
  if (outline.signer) entries.set("meta.signer", textEntry(outline.signer, signature));
  if (outline.publicity) entries.set("meta.publicity", textEntry(outline.publicity, signature));
  entries.set("meta.date", textEntry(outline.date, signature));
  // Real portals print no 成文日期 in the body, only a 发布日期 in the page's header: a warning, not the error V4 gives a
  // workbook without one, quoting the page's own date.
  if (outline.date === undefined) {
    const page = outline.pageDate ? { pageDate: outline.pageDate.date, pageLabel: outline.pageDate.label } : {};
    findings.push(makeFinding("document/date-missing", { ...signature, field: "meta.date" }, page));
  }
  entries.set("text.overview", narrativeEntry(SHEET.overview, outline.paragraphs.overview));
  entries.set("text.problems", narrativeEntry(SHEET.problems, outline.paragraphs.problems));
  const other = outline.paragraphs.other;
  if (edition.feeStatement && outline.year !== undefined) {
    const fees = readFeeStatement(other, outline.year);
    if (fees) {
      other.splice(other.indexOf(fees.paragraph), 1);
      const location = { section: SHEET.other, paragraphNumber: fees.number };
      entries.set("fees.noticesIssued", { raw: { kind: "number", value: fees.notices }, location });
      entries.set("fees.noticedAmount", { raw: { kind: "number", value: fees.noticed }, location });
      entries.set("fees.collectedAmount", { raw: { kind: "number", value: fees.collected }, location });
    }
  }
  entries.set("text.other", narrativeEntry(SHEET.other, other));
  return { file: baseName(file), kind, edition, entries, findings: [...findings, ...reading.findings], published: true };
}

/** A .docx: its zip checked as a workbook's is (issue 10), then word/document.xml read. */
export async function readDocxSource(bytes: Buffer, file: string): Promise<Omit<ReportSource, "sha256" | "bytes">> {
  const scan = await scanZip(bytes, (name) => name === "word/document.xml", { skipMedia: true });
  if (!("kept" in scan)) throw zipRefusal(scan, file, "document");
  const xml = scan.kept.get("word/document.xml");
  if (!xml) throw inputError("document/not-a-report", file, { detail: FRAGMENT.noWordDocument });
  let blocks: Block[];
  try {
    blocks = readDocxBlocks(xml.toString("utf8"));
  } catch (error) {
    if (error instanceof DocumentTooLarge) throw tooLarge(error, file);
    throw inputError("document/corrupt", file, { detail: FRAGMENT.documentUnparsable });
  }
  return readPublishedBlocks(blocks, file, "docx");
}

/** A document over one of its limits, refused with the limit it passed. */
const tooLarge = (error: DocumentTooLarge, file: string) =>
  inputError("document/too-large", file, { detail: FRAGMENT.documentLimit[error.limit](DOCUMENT_LIMITS[error.limit]) });

export function readHtmlSource(bytes: Buffer, file: string): Omit<ReportSource, "sha256" | "bytes"> {
  let blocks: Block[];
  try {
    blocks = readHtmlBlocks(decodeHtml(bytes));
  } catch (error) {
    if (error instanceof DocumentTooLarge) throw tooLarge(error, file);
    throw error;
  }
  return readPublishedBlocks(blocks, file, "html");
}

/** Words only the official tables print: a PDF holding them holds the tables, ruled or not. */
const TABLE_WORDS = ["本年新收政府信息公开申请数量", "申请人情况", "本年处理决定数量"];

/**
 * A PDF with a text layer: its tables rebuilt from the rules that frame their cells, its paragraphs from its lines
 * (pdf-layout.ts). A scan (pages of pictures, no text) cannot be read: there is no OCR.
 */
export async function readPdfSource(
  bytes: Buffer,
  file: string,
  /** What reads the pages: pdf.js (loaded only for a PDF), or in a test what a build without it does. */
  readPages: (bytes: Uint8Array) => Promise<PdfPage[]> = async (pdf) => (await import("../document/pdf-text.js")).readPdfPages(pdf),
): Promise<Omit<ReportSource, "sha256" | "bytes">> {
  let pages;
  try {
    pages = await readPages(bytes);
  } catch (error) {
    if (error instanceof DocumentTooLarge) throw tooLarge(error, file);
    if (error instanceof PdfUnreadable)
      throw error.reason === "page"
        ? inputError("document/pdf-in-page", file)
        : inputError("document/corrupt", file, { detail: error.reason === "password" ? FRAGMENT.pdfPassword : FRAGMENT.pdfUnparsable });
    throw error;
  }
  if (pages.every((page) => page.runs.length === 0)) throw inputError("input/pdf", file);
  const blocks = pdfBlocks(pages);
  // The tables' words are there but no rules frame them: a converter made text frames of the tables (LibreOffice's
  // PDF import does), and which number stands in which cell can no longer be told for sure.
  if (!blocks.some((block) => block.kind === "table")) {
    const text = compact(blocks.map((block) => (block.kind === "paragraph" ? block.text : "")).join(""));
    if (TABLE_WORDS.some((words) => text.includes(words))) throw inputError("document/pdf-tables-unruled", file);
  }
  return readPublishedBlocks(blocks, file, "pdf");
}
