/** The whole report as a Word document with template tags: title, boilerplate, six sections, signature. */
import { AlignmentType, Document, Footer, Paragraph, PageNumber, TextRun, type FileChild } from "docx";
import type { EditionDef } from "../../src/schema/index.js";
import { setOutline } from "../../src/render/outline.js";
import { openingTemplate } from "../../src/render/opening.js";
import { activeTable, requestsTable, reviewTable } from "./tables.js";
import { font, FONT, PAGE, paragraph, SIGNATURE_STYLES, SIZE, TABLE_PARAGRAPH_STYLES } from "./typography.js";

const OPENING = openingTemplate();

/**
 * A narrative section: one loop over its paragraphs, each tag on its own paragraph so the loop leaves none
 * behind. The section before the signature keeps its last paragraph with the signature block (formats.md:
 * never a page holding only the signature or the note); the others have no such tie.
 */
function narrative(id: string, { beforeSignature = false } = {}): Paragraph[] {
  const body = beforeSignature
    ? [
        paragraph("body", "{^last}"),
        paragraph("body", "{text}"),
        paragraph("body", "{/last}"),
        paragraph("body", "{#last}"),
        paragraph("closingBody", "{text}"),
        paragraph("body", "{/last}"),
      ]
    : [paragraph("body", "{text}")];
  return [
    paragraph("body", `{#${id}}`),
    paragraph("body", "{#h1}"),
    paragraph("subheading", "{text}"),
    paragraph("body", "{/h1}"),
    paragraph("body", "{#h2}"),
    paragraph("itemHeading", "{text}"),
    paragraph("body", "{/h2}"),
    paragraph("body", "{#body}"),
    ...body,
    paragraph("body", "{/body}"),
    paragraph("body", `{/${id}}`),
  ];
}

/** Page numbers `— 1 —` in 4号 宋体: odd pages at the right, even pages at the left, one character in (GB/T 9704). */
function pageNumberFooter(side: "odd" | "even"): Footer {
  const text = new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font(FONT.pageNumber), size: SIZE.四号 });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: 280 } : { left: 280 },
        children: [text],
      }),
    ],
  });
}

export function reportDocument(edition: EditionDef): Document {
  const tables = { active: activeTable, requests: requestsTable, review: reviewTable };
  // The report's outline (src/render/outline.ts), as the web page sets it too.
  const children = setOutline<FileChild>({
    title: () => [paragraph("title", "{meta.agency}"), paragraph("title", "{meta.year}年政府信息公开工作年度报告"), paragraph("blank")],
    opening: () => [paragraph("body", OPENING)],
    heading: (block) => [paragraph("heading", block.text)],
    narrative: (block) => narrative(block.field, { beforeSignature: block.beforeSignature }),
    table: (block) => [tables[block.table](edition)],
    // One blank line above the signature (GB/T 9704-2012 7.3.5.2, no seal); the block stays on one page with the
    // text before it.
    signature: () => [paragraph("sealSpace"), paragraph("signer", "{meta.signer}"), paragraph("signatureDate", "{meta.date}")],
    publicity: () => [paragraph("body", "{meta.publicity}")],
  });
  return new Document({
    creator: "nianbao",
    title: "政府信息公开工作年度报告",
    description: `${edition.id} 版格式（${edition.circular}）`,
    evenAndOddHeaderAndFooters: true,
    // Chinese (PRC) text: Word, WPS and LibreOffice then pick the simplified-Chinese glyphs of a CJK font.
    styles: {
      default: { document: { run: { font: font(FONT.body), size: SIZE.三号, language: { value: "zh-CN", eastAsia: "zh-CN" } } } },
      paragraphStyles: [...TABLE_PARAGRAPH_STYLES, ...SIGNATURE_STYLES],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...PAGE.margin, header: 851, footer: 992 } } },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children,
      },
    ],
  });
}
