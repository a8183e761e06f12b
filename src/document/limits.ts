/**
 * What a published document may hold, far above any real report and below what takes more than a second or a few
 * hundred MB to read (issue 24). A document over a limit is refused, never read in part: reading is bounded by the
 * input before it starts (parse5 is quadratic on deep nesting and on many attributes; a span is never expanded).
 */
export const DOCUMENT_LIMITS = {
  /** Elements inside elements (a real page nests some 30 deep). */
  depth: 200,
  elements: 200_000,
  attributesPerElement: 200,
  paragraphs: 50_000,
  /** Rows of one table (the official table 三 has 26). */
  tableRows: 3_000,
  /** Grid slots of one table, rows × columns: what placing its cells costs. */
  tableSlots: 100_000,
  /** A cell's row or column span; HTML caps a colspan at 1000 too. */
  span: 1_000,
  /** Characters of text, all told. */
  characters: 4_000_000,
  /** A PDF's pages (a report has 5–15). */
  pages: 200,
  /** A PDF's runs of text, all pages told (a report has a few thousand). */
  runs: 200_000,
  /** A PDF's drawing operations, all pages told. */
  operations: 2_000_000,
} as const;

export type DocumentLimit = keyof typeof DOCUMENT_LIMITS;

/** A document over a limit: which, and how large it is (at least), for the refusal's message. */
export class DocumentTooLarge extends Error {
  constructor(
    readonly limit: DocumentLimit,
    readonly actual: number,
  ) {
    super(`document over its ${limit} limit: ${actual}`);
    this.name = "DocumentTooLarge";
  }
}

/**
 * A span (or a count of grid columns skipped) as written, within the limit: `least` for a missing or broken one, a
 * refusal for one too large to be real. 1e400 and 9007199254740993 are refused, never read as Infinity or rounded.
 */
export function boundedSpan(written: string | undefined, least = 1): number {
  if (written === undefined) return least;
  const digits = written.trim();
  if (/^\d+(?:\.\d*)?(?:e\+?\d+)?$/i.test(digits) && !/^\d+$/.test(digits)) throw new DocumentTooLarge("span", Number(digits));
  if (!/^\d+$/.test(digits)) return least;
  // Compared as text first: a number of 20 digits is past what a double holds exactly.
  const value = digits.replace(/^0+/, "").length > 7 ? Infinity : Number(digits);
  if (value > DOCUMENT_LIMITS.span) throw new DocumentTooLarge("span", value);
  return Math.max(least, value);
}
