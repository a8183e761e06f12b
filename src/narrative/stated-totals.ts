/**
 * A total stated with its parts: "主动公开信息共 1823 条。其中：通过政府网站发布 182 条。通过政务微博发布 1131 条，
 * 通过微信公众号发布 310 条。" The parts must add up to the total (rules.md P5). A list that says it is not whole
 * (等), a part that is not an exact count, or a single part is never summed.
 */
import { figuresIn, type Figure } from "./figures.js";
import type { Sentence } from "./sentences.js";
import { TOPICS } from "./topics.js";

export interface StatedTotal {
  total: Figure;
  parts: number[];
  /** Whether the text presents the parts as making up the whole total, not as a few examples of it. */
  whole: boolean;
  /** The sentences the total and its parts are stated in. */
  sentences: Sentence[];
}

const TOTAL_WORD = /共计|合计|总计|总共|共/;
const LIST_START = /^\s*其中\s*[：:，,]?\s*/;
/** A part's own breakdown in brackets ("予以公开50件（其中自然人30件）") is not another part. */
const BRACKETED = /[（(][^）)]*[）)]/g;
/** "部分公开67，" — a part whose unit was left out, at the end of its clause. */
const BARE_NUMBER = /(?<![\d.%％])(\d+)\s*[。！？!?]?\s*$/;

/** What a clause speaks of, among the things a narrative states about the tables (行政复议, 不予公开 …). */
const topicsOf = (text: string): string[] => TOPICS.filter((topic) => topic.anchor.test(text)).map((topic) => topic.id);

/**
 * The figures of a list's clauses in the total's unit; undefined when one is not an exact count or the list says
 * it is open (等). A list whose first semicolon-separated stretch already holds several parts ends there: what
 * follows the semicolon is another statement ("其中政策文件3条、办事指南74条；依托宣传栏公开…100余条"). So does a
 * stretch that turns to another topic than the total's ("共81件，其中…；行政复议2件，行政诉讼7件").
 */
function partsOf(segments: readonly string[][], unit: string, totalText: string): number[] | undefined {
  const parts: number[] = [];
  const totalTopics = topicsOf(totalText);
  for (const [s, clauses] of segments.entries()) {
    if (s >= 1 && parts.length >= 2) break;
    if (s >= 1 && topicsOf(clauses.join("，")).some((topic) => !totalTopics.includes(topic))) break;
    for (const [c, clause] of clauses.map((text) => text.replace(BRACKETED, "")).entries()) {
      // A second 其中 breaks a part down, or starts another list: either way these are not the parts of the total.
      const opening = s === 0 && c === 0 ? clause.replace(LIST_START, "") : clause;
      if (/等/.test(clause) || /其中/.test(opening)) return undefined;
      const figures = figuresIn(clause).filter((figure) => figure.unit === unit);
      if (figures.some((figure) => figure.notACount || figure.bound !== "exact")) return undefined;
      if (figures.length > 0) parts.push(...figures.map((figure) => figure.value));
      else if (figuresIn(clause).length === 0 && BARE_NUMBER.test(clause)) parts.push(Number(BARE_NUMBER.exec(clause)![1]));
    }
  }
  return parts;
}

/** A sentence's text cut at semicolons, each stretch cut into clauses. */
const segmentsOf = (text: string): string[][] =>
  text.split(/[；;]/).map((segment) => segment.split(/[，,：:]/).filter((clause) => clause.trim() !== ""));

/** The first two characters of a list's first part: the next sentences continue the list while they start alike. */
const leadOf = (clause: string) => clause.replace(LIST_START, "").trim().slice(0, 2);

/** The total a list is the breakdown of: the figure after 共 (共计, 合计) in the sentence, else the figure just before 其中. */
function totalBefore(text: string): Figure | undefined {
  const totalWord = TOTAL_WORD.exec(text);
  const figures = figuresIn(text);
  const total = totalWord ? figures.find((figure) => figure.index >= totalWord.index) : figures.at(-1);
  return total && !total.notACount && total.bound === "exact" ? total : undefined;
}

/** Words that present a list as the whole: 分别为, 均为, 包括…共. */
const WHOLE_WORDS = /分别为|分别是|分别有|均为|均是|全部为|全部是|包括[^。]*共/;
/** Channels the total was published through, each with its count: 通过政府网站发布 182 条, 微博 1131 条. */
const CHANNEL =
  /通过|经由|依托|利用|网站|网页|门户|微博|微信|公众号|新媒体|客户端|APP|app|公报|报刊|报纸|电视|广播|公告栏|宣传栏|公开栏|查阅点|政务服务中心/;

/**
 * Whether the text presents the parts as making up the total: by its words, or by naming the channels that carried
 * it (the reference report's 1823 = 182 + 1131 + 310), each part with one. Otherwise a 其中 list may name a few
 * categories only (主动公开856条，其中机构职能12条、政策文件36条、行政处罚信息156条).
 */
function presentsWhole(totalSentence: string, listText: string): boolean {
  if (WHOLE_WORDS.test(totalSentence) || WHOLE_WORDS.test(listText)) return true;
  const partClauses = segmentsOf(listText)
    .flat()
    .flatMap((clause) => clause.split("、"))
    .filter((clause) => figuresIn(clause).length > 0);
  return partClauses.length >= 2 && partClauses.every((clause) => CHANNEL.test(clause));
}

export function statedTotalsOf(sentences: readonly Sentence[]): StatedTotal[] {
  const totals: StatedTotal[] = [];
  sentences.forEach((sentence, s) => {
    const list = /其中/.exec(sentence.text);
    let total: Figure | undefined;
    let listText: string;
    const used = [sentence];
    if (list && list.index > 0) {
      total = totalBefore(sentence.text.slice(0, list.index));
      listText = sentence.text.slice(list.index);
    } else {
      // "…共 1823 条。其中：…": the list is the next sentence, and the ones after it that start alike.
      const next = sentences[s + 1];
      if (list || !next || next.paragraph !== sentence.paragraph || !LIST_START.test(next.text)) return;
      total = totalBefore(sentence.text);
      listText = next.text;
      used.push(next);
      const lead = leadOf(next.clauses[0]) || leadOf(next.clauses[1] ?? "");
      for (let k = s + 2; k < sentences.length; k++) {
        const further = sentences[k];
        if (further.paragraph !== sentence.paragraph || lead === "" || leadOf(further.clauses[0]) !== lead) break;
        listText += further.text;
        used.push(further);
      }
      if (!TOTAL_WORD.test(sentence.text)) return;
    }
    if (!total) return;
    const totalText = list && list.index > 0 ? sentence.text.slice(0, list.index) : sentence.text;
    const parts = partsOf(segmentsOf(listText), total.unit, totalText);
    if (parts && parts.length >= 2) totals.push({ total, parts, whole: presentsWhole(sentence.text, listText), sentences: used });
  });
  return totals;
}
