/**
 * Labels of published tables compared with the official wording (formats.md). What counts is the wording: full- or
 * half-width forms, spaces, quotes and punctuation differ between portals and mean nothing; a changed word does.
 */
import { distance } from "fastest-levenshtein";

/** NFKC (（一） → (一), ２ → 2), without white space of any width. */
export const compact = (text: string): string => text.normalize("NFKC").replace(/[\s\u00a0\u3000]+/g, "");

/** The words of a label only: no punctuation, quotes or spaces. Equal wordings are the same label. */
export const wording = (text: string): string => compact(text).replace(/[\p{P}\p{S}]/gu, "");

const NUMBERING = /^(?:[(（]?(?:[一二三四五六七八九十]+|\d+)[)）]|[一二三四五六七八九十]+[、.．]|\d+[.、．]?)/u;

/** A label without its numbering (1. （三） 一、 (3)), as wording: rows renumbered by a clerk still match. */
export const core = (text: string): string => wording(compact(text).replace(NUMBERING, ""));

/** How alike two wordings are, from 0 to 1 (1 − edit distance / the longer length). */
export function likeness(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** Two labels read as the same when their cores are alike enough: a typo or a dropped word, not another row. */
export const SAME_LABEL = 0.75;

/** The candidate a label reads as, with how alike they are; undefined when none is alike enough. */
export function bestMatch<T>(
  label: string,
  candidates: readonly T[],
  labelOf: (candidate: T) => string,
): { match: T; score: number } | undefined {
  const own = core(label);
  if (own === "") return undefined;
  let best: { match: T; score: number } | undefined;
  for (const candidate of candidates) {
    const theirs = core(labelOf(candidate));
    // A label cut short of the official one's note (（二）部分公开 without （区分处理的…）) is still that row.
    const score = Math.max(likeness(own, theirs), theirs.startsWith(own) && own.length >= 4 ? 0.9 : 0);
    if (score >= SAME_LABEL && (!best || score > best.score)) best = { match: candidate, score };
  }
  return best;
}
