/**
 * The report's blocks in order (formats.md): the one description the Word template (scripts/templates) and the web
 * page (html.ts) are both made from. A block added here reaches both; each says how it sets every kind.
 */
import { SHEET } from "../schema/sheet-names.js";
import type { TableId } from "../schema/types.js";

export type NarrativeField = "text.overview" | "text.problems" | "text.other";

export type OutlineBlock =
  /** The agency on one line, the year's report on the next. */
  | { kind: "title" }
  /** The opening sentences (opening.ts). */
  | { kind: "opening" }
  | { kind: "heading"; text: string }
  /** A narrative section's paragraphs; the last before the signature keeps with it on the page. */
  | { kind: "narrative"; field: NarrativeField; beforeSignature: boolean }
  | { kind: "table"; table: TableId }
  /** 署名 and 成文日期 (GB/T 9704-2012 7.3.5.2, no seal). */
  | { kind: "signature" }
  /** The note under the date, （此件公开发布）. */
  | { kind: "publicity" };

export const REPORT_OUTLINE: readonly OutlineBlock[] = [
  { kind: "title" },
  { kind: "opening" },
  { kind: "heading", text: SHEET.overview },
  { kind: "narrative", field: "text.overview", beforeSignature: false },
  { kind: "heading", text: SHEET.active },
  { kind: "table", table: "active" },
  { kind: "heading", text: SHEET.requests },
  { kind: "table", table: "requests" },
  { kind: "heading", text: SHEET.review },
  { kind: "table", table: "review" },
  { kind: "heading", text: SHEET.problems },
  { kind: "narrative", field: "text.problems", beforeSignature: false },
  { kind: "heading", text: SHEET.other },
  { kind: "narrative", field: "text.other", beforeSignature: true },
  { kind: "signature" },
  { kind: "publicity" },
];

/** Sets every block of the outline with the renderer's own function for each kind; the compiler names a kind left out. */
export function setOutline<T>(render: { [K in OutlineBlock["kind"]]: (block: Extract<OutlineBlock, { kind: K }>) => T[] }): T[] {
  return REPORT_OUTLINE.flatMap((block) => (render[block.kind] as (block: OutlineBlock) => T[])(block));
}
