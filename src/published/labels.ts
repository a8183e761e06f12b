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

/** Whether every character of `short` appears in `long`, in order: 本年新收申请数量 in 本年新收政府信息公开申请数量. */
function isShortenedFrom(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at += 1;
  return at === short.length;
}

/** Two labels read as the same when their cores are alike enough: a typo or a dropped word, not another row. */
export const SAME_LABEL = 0.75;
/** How alike a shortened label counts: a typo'd full label (one character off) still wins over it. */
const SHORTENED = 0.8;

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
    // A label shortened from the official one (（二）部分公开 without its note, 本年新收申请数量) is still that row.
    const score = Math.max(likeness(own, theirs), own.length >= 4 && isShortenedFrom(own, theirs) ? SHORTENED : 0);
    if (score >= SAME_LABEL && (!best || score > best.score)) best = { match: candidate, score };
  }
  return best;
}
