/**
 * GB/T 9704-2012 practice for the report (formats.md): A4, margins 37/35/28/26 mm, 方正小标宋简体 2号 title,
 * 黑体 / 楷体_GB2312 / 仿宋_GB2312 3号 by heading level, fixed 28.9 pt lines, 2-character first-line indent.
 * Every run names its East Asian font; digits and Latin letters are Times New Roman.
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from "docx";
import { OFFICIAL_FONT } from "../../src/schema/fonts.js";
import { BODY_CHARACTER_TWIPS, SIGNATURE_STYLE } from "../../src/templates/signature-block.js";

export const PAGE = { width: 11906, height: 16838, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } as const;
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 5号 10.5 pt. */
export const SIZE = { 二号: 44, 三号: 32, 四号: 28, 五号: 21 } as const;
const LINE = 578; // 28.9 pt in twips: 22 lines a page within the margins
const CHAR = BODY_CHARACTER_TWIPS; // one 3号 character, in twips

export const FONT = {
  title: OFFICIAL_FONT.title,
  heading: OFFICIAL_FONT.heading,
  subheading: OFFICIAL_FONT.kai,
  body: OFFICIAL_FONT.fangsong,
  table: OFFICIAL_FONT.fangsong,
  pageNumber: OFFICIAL_FONT.song,
} as const;

export const font = (eastAsia: string) => ({ ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia, cs: "Times New Roman" });

export interface RunStyle {
  font: string;
  size: number;
  bold?: boolean;
}

export const STYLE = {
  title: { font: FONT.title, size: SIZE.二号 },
  heading: { font: FONT.heading, size: SIZE.三号 },
  subheading: { font: FONT.subheading, size: SIZE.三号 },
  itemHeading: { font: FONT.body, size: SIZE.三号, bold: true },
  body: { font: FONT.body, size: SIZE.三号 },
} satisfies Record<string, RunStyle>;

/**
 * A run names only its East Asian face: digits and Latin letters take Times New Roman from the document defaults
 * (reportDocument's styles), so each of the template's 330 runs does not repeat it.
 */
export const run = (text: string, style: RunStyle) =>
  new TextRun({ text, font: { eastAsia: style.font }, size: style.size, sizeComplexScript: style.size, bold: style.bold });

/** The table cells' paragraph formatting, once as styles rather than on each of the 330 cells (see run). */
export const TABLE_STYLE = { text: "TableText", header: "TableHeader" } as const;
export const TABLE_PARAGRAPH_STYLES = [
  {
    id: TABLE_STYLE.text,
    name: "Table Text",
    run: { size: SIZE.五号, sizeComplexScript: SIZE.五号 },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 300, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 } },
  },
  { id: TABLE_STYLE.header, name: "Table Header", basedOn: TABLE_STYLE.text, run: { bold: true } },
];

/** A table cell's run: its face only, the rest comes from its paragraph's style. */
export const tableRun = (text: string) => new TextRun({ text, font: { eastAsia: FONT.table } });

type ParagraphKind =
  | "title"
  | "heading"
  | "subheading"
  | "itemHeading"
  | "body"
  | "closingBody"
  | "sealSpace"
  | "signer"
  | "signatureDate"
  | "blank";

/**
 * The signature block's paragraph styles: rendering sets each paragraph's right indent from the printed signer and
 * date (src/render/signature.ts, GB/T 9704-2012 7.3.5.2), finding them by these styles.
 */
export const SIGNATURE_STYLES = [
  { id: SIGNATURE_STYLE.signer, name: "Signer", paragraph: { alignment: AlignmentType.RIGHT, indent: { right: 2 * CHAR } } },
  { id: SIGNATURE_STYLE.date, name: "Signature Date", paragraph: { alignment: AlignmentType.RIGHT, indent: { right: 2 * CHAR } } },
];

const LAYOUT: Record<ParagraphKind, Partial<IParagraphOptions>> = {
  title: { alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT } },
  heading: { indent: { firstLine: 2 * CHAR }, keepNext: true },
  subheading: { indent: { firstLine: 2 * CHAR }, keepNext: true },
  itemHeading: { indent: { firstLine: 2 * CHAR }, keepNext: true },
  body: { indent: { firstLine: 2 * CHAR }, alignment: AlignmentType.JUSTIFIED },
  // The last paragraph before the signature block, the room for the seal, the signature and the date are
  // kept with what follows, down to the note: the block never starts a page of its own (formats.md).
  closingBody: { indent: { firstLine: 2 * CHAR }, alignment: AlignmentType.JUSTIFIED, keepNext: true },
  sealSpace: { keepNext: true },
  // 署名 and 成文日期 right-aligned: their right indents are set when the report is rendered (SIGNATURE_STYLES).
  signer: { style: SIGNATURE_STYLE.signer, keepNext: true },
  signatureDate: { style: SIGNATURE_STYLE.date, keepNext: true },
  blank: {},
};

const STYLE_OF: Record<ParagraphKind, RunStyle> = {
  title: STYLE.title,
  heading: STYLE.heading,
  subheading: STYLE.subheading,
  itemHeading: STYLE.itemHeading,
  body: STYLE.body,
  closingBody: STYLE.body,
  sealSpace: STYLE.body,
  signer: STYLE.body,
  signatureDate: STYLE.body,
  blank: STYLE.body,
};

/** One paragraph of the report; `text` may hold template tags, which take this paragraph's run formatting. */
export function paragraph(kind: ParagraphKind, text = ""): Paragraph {
  const layout = LAYOUT[kind];
  return new Paragraph({
    ...layout,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0, ...layout.spacing },
    children: text ? [run(text, STYLE_OF[kind])] : [],
  });
}
