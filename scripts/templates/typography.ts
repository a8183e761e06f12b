/**
 * GB/T 9704-2012 practice for the report (formats.md): A4, margins 37/35/28/26 mm, 方正小标宋简体 2号 title,
 * 黑体 / 楷体_GB2312 / 仿宋_GB2312 3号 by heading level, fixed 28.9 pt lines, 2-character first-line indent.
 * Every run names its East Asian font; digits and Latin letters are Times New Roman.
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from "docx";
import { OFFICIAL_FONT } from "../../src/schema/fonts.js";

export const PAGE = { width: 11906, height: 16838, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } as const;
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 5号 10.5 pt. */
export const SIZE = { 二号: 44, 三号: 32, 四号: 28, 五号: 21 } as const;
const LINE = 578; // 28.9 pt in twips: 22 lines a page within the margins
const CHAR = 320; // one 3号 character, in twips

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
  table: { font: FONT.table, size: SIZE.五号 },
  tableHeader: { font: FONT.table, size: SIZE.五号, bold: true },
} satisfies Record<string, RunStyle>;

export const run = (text: string, style: RunStyle) => new TextRun({ text, font: font(style.font), size: style.size, sizeComplexScript: style.size, bold: style.bold });

type ParagraphKind = "title" | "heading" | "subheading" | "itemHeading" | "body" | "closingBody" | "sealSpace" | "signature" | "blank";

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
  // 署名 and 成文日期 right-aligned, 4 characters in from the margin (GB/T 9704 7.3.5).
  signature: { alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, keepNext: true },
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
  signature: STYLE.body,
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
