/**
 * The figures of a clause: a number with the unit it counts in (17件, 1,823 条, 三起, 1.5万条), and how exact it
 * is. A figure is only ever compared with a table when it is plainly this year's count of the thing: a change
 * (增加5件, 同比增长12%) or a range (10至20件) is no such figure, and 余/多/近/约 bound it or leave it open.
 */
import { CHINESE_NUMERAL_CHARS, readStatedNumber } from "./numbers.js";

/** Longer units first: 人次 is not 人, 万元 is not 万. */
const UNITS = ["人次", "个百分点", "万元", "件", "起", "宗", "项", "条", "个", "份", "篇", "次", "场", "名", "人", "家", "元", "%", "％"];

export type Bound = "exact" | "atLeast" | "atMost" | "open";

export interface Figure {
  /** As written: "17件", "100余件", "三起". */
  text: string;
  value: number;
  unit: string;
  bound: Bound;
  /** A change or a range: never a count to compare. */
  notACount: boolean;
  /** Where the figure starts in its clause. */
  index: number;
}

const NUMBER = `\\d[\\d,，]*(?:\\.\\d+)?|[０-９]+|[${CHINESE_NUMERAL_CHARS}]+`;
const FIGURE = new RegExp(
  `(约有?|大约有?|近|将近|逾|超过|不到|不足)?(${NUMBER})\\s*(万(?!元))?\\s*(余|多)?\\s*(${UNITS.join("|")})(以上|左右|余)?`,
  "g",
);
/** Words that make the next figure a change, not a count: 增加5件, 同比增长12%, 较上年减少3件. */
const CHANGE_BEFORE = /(增加|增长|减少|下降|上升|提高|降低|多|少|增|减)了?\s*$/;
/** 10至20件, 10件-20件: the second figure ends a range, the first starts one. */
const RANGE_BEFORE = new RegExp(`\\d\\s*(${UNITS.join("|")})?\\s*[-—~～至到]\\s*$`);
/** 第一件, 第3次: an ordinal, not a count. */
const ORDINAL_BEFORE = /第\s*$/;
const RANGE_AFTER = /^\s*[-—~～至到]\s*\d/;

function boundOf(before: string | undefined, inside: string | undefined, after: string | undefined): Bound {
  if (before?.startsWith("约") || before?.startsWith("大约") || after === "左右") return "open";
  if (before === "近" || before === "将近" || before === "不到" || before === "不足") return "atMost";
  if (before === "逾" || before === "超过" || inside || after === "以上" || after === "余") return "atLeast";
  return "exact";
}

export function figuresIn(clause: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of clause.matchAll(FIGURE)) {
    const [whole, before, digits, tenThousand, inside, unit, after] = match;
    // The pattern only lets through what readStatedNumber reads: Arabic digits, or a run of Chinese numerals.
    const value = readStatedNumber(digits + (tenThousand ?? ""))!;
    const index = match.index;
    const preceding = clause.slice(Math.max(0, index - 6), index);
    const following = clause.slice(index + whole.length);
    figures.push({
      text: whole.trim(),
      value,
      unit,
      bound: boundOf(before, inside, after),
      notACount: [CHANGE_BEFORE, RANGE_BEFORE, ORDINAL_BEFORE].some((words) => words.test(preceding)) || RANGE_AFTER.test(following),
      index,
    });
  }
  return figures;
}
