import { makeFinding, type Finding, type Location } from "../findings/finding.js";
import type { ParagraphSource } from "../input/source.js";
import type { Paragraph } from "../report/report.js";
import { PARAGRAPH_LEVELS, type ParagraphLevel } from "../schema/narrative.js";
import type { FieldDef } from "../schema/types.js";
import { describeRaw, type RawValue } from "../values/raw-value.js";
import { cleanText } from "./clean-text.js";

const LEVEL_BY_LABEL = new Map<string, ParagraphLevel>(PARAGRAPH_LEVELS.map((l) => [l.label.replace(/\s+/g, ""), l.level]));
const LEVEL_CHOICES = PARAGRAPH_LEVELS.map((l) => l.label).join("、");

/**
 * Heading numbers (formats.md): （一） and 一、 open a level-1 heading, 1. (or 1、) a level-2 one. "1.5万条" is
 * body text: a level-2 number is never followed by a digit.
 */
function inferLevel(text: string): ParagraphLevel {
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(text) || /^[一二三四五六七八九十]+、/.test(text)) return 1;
  if (/^\d+[.．、](?!\d)/.test(text)) return 2;
  return 0;
}

/** Line breaks inside one cell: Alt+Enter, a paste from Word (whose manual line break arrives as U+000B). */
const LINE_BREAKS = /\r\n|[\n\r\u000B\u2028\u2029]/g;

function explicitLevel(raw: RawValue, location: Location, findings: Finding[]): ParagraphLevel | undefined {
  if (raw.kind === "blank" || raw.kind === "missing") return undefined;
  if (raw.kind === "number" && PARAGRAPH_LEVELS.some((l) => l.level === raw.value)) return raw.value as ParagraphLevel;
  const level = LEVEL_BY_LABEL.get(describeRaw(raw).normalize("NFKC").replace(/\s+/g, "").replace("(", "（").replace(")", "）"));
  if (level !== undefined) return level;
  findings.push(makeFinding("text/unknown-level", location, { actual: describeRaw(raw), expected: LEVEL_CHOICES }));
  return 0;
}

/**
 * The cell's lines, each without control characters (rules.md V7) and without the indent it was typed with
 * (trim() also takes the full-width spaces U+3000). Line breaks become \n first: U+000B is one of them, not a
 * control character to delete.
 */
function linesOf(row: ParagraphSource, field: FieldDef, findings: Finding[]): string[] {
  const text = cleanText(describeRaw(row.text).replace(LINE_BREAKS, "\n"), field.label, row.location, findings);
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

const MAX_QUOTED = 12;
const quote = (text: string) => `“${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text}”`;

/**
 * One cell of a narrative sheet (or one JSON paragraph) as report paragraphs. A cell holding several lines
 * becomes several paragraphs, each taking the level its heading number gives it (rules.md V7); a level chosen
 * in the 层级 column applies to the cell's first line.
 */
function readCell(row: ParagraphSource, field: FieldDef, findings: Finding[]): Paragraph[] {
  const lines = linesOf(row, field, findings);
  if (lines.length === 0) return [];
  const chosen = explicitLevel(row.level, row.location, findings);
  const paragraphs = lines.map((text, i): Paragraph => ({ level: i === 0 && chosen !== undefined ? chosen : inferLevel(text), text }));
  if (paragraphs.length > 1) {
    const headings = paragraphs.slice(chosen === undefined ? 0 : 1).filter((p) => p.level !== 0);
    findings.push(
      makeFinding("text/lines-split", row.location, { actual: paragraphs.length, headings: headings.map((p) => quote(p.text)).join("、") }),
    );
  }
  return paragraphs;
}

/**
 * A narrative section's paragraphs, in order, with the cell (or JSON paragraph) each came from. Its own title,
 * pasted in with the text, is already printed: drop it.
 */
export function readParagraphs(
  rows: readonly ParagraphSource[],
  field: FieldDef,
  findings: Finding[],
): { paragraphs: Paragraph[]; locations: Location[] } {
  const paragraphs: Paragraph[] = [];
  const locations: Location[] = [];
  for (const row of rows) {
    for (const paragraph of readCell(row, field, findings)) {
      if (paragraph.text === field.label) findings.push(makeFinding("text/section-title-dropped", row.location, { label: field.label }));
      else {
        paragraphs.push(paragraph);
        locations.push(row.location);
      }
    }
  }
  return { paragraphs, locations };
}
