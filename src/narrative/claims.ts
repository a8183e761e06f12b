/**
 * The figures a narrative states about the tables (rules.md P5): "受理政府信息公开申请17件" is a claim that the
 * table's 本年新收 总计 is 17. Only plain statements about this year count: a clause about another year, a part
 * of the year, a change or a share is left alone, and so is a whole count inside a 其中 list (a part of it).
 */
import { figuresIn, type Figure } from "./figures.js";
import type { Sentence } from "./sentences.js";
import { TOPICS, type Topic } from "./topics.js";

export interface Claim {
  topic: Topic;
  figure: Figure;
  sentence: Sentence;
  /** The clause the figure is stated in. */
  clause: string;
}

const YEAR = /((?:19|20)\d{2})\s*年/g;
/** Another period than the report's year, or several years: 上年, 同比, 上半年, 3月, 2008年以来, 累计. */
const OTHER_PERIOD = /上一?年|去年|前年|同比|环比|较上|比上|上半年|下半年|季度|\d+\s*月|[一二三四五六七八九十]+月|以来|累计|历年|历史/;
/** 上年结转 is this year's count of what last year carried over: not a figure about last year. */
const CARRIED_OVER = /上一?年度?结转/g;

const yearsIn = (text: string): number[] => [...text.matchAll(YEAR)].map((match) => Number(match[1]));

function aboutThisYear(clause: string, reportYear: number | undefined): boolean {
  if (OTHER_PERIOD.test(clause.replace(CARRIED_OVER, ""))) return false;
  return yearsIn(clause).every((year) => year === reportYear);
}

/** A clause listing several figures (行政复议3件、行政诉讼2件) is one clause per figure. */
function clausesOf(sentence: Sentence): string[] {
  return sentence.clauses.flatMap((clause) => (clause.includes("、") && figuresIn(clause).length > 1 ? clause.split("、") : [clause]));
}

function claimIn(clause: string, topic: Topic): Figure | undefined {
  const anchor = topic.anchor.exec(clause);
  if (!anchor || topic.unless?.test(clause)) return undefined;
  const none = topic.none?.exec(clause);
  if (none && figuresIn(clause).length === 0)
    return { text: none[0], value: 0, unit: "", bound: "exact", notACount: false, index: none.index };
  const candidates = figuresIn(clause).filter((figure) => topic.units.includes(figure.unit));
  const figure = candidates.find((candidate) => candidate.index >= anchor.index) ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (!figure || figure.notACount || figure.bound === "open") return undefined;
  return figure;
}

/** "2019年，…", "2022年上半年，…": a leading clause that names another period than the report's year. */
const leadsElsewhere = (sentence: Sentence, reportYear: number | undefined) => !aboutThisYear(sentence.clauses[0] ?? "", reportYear);

export function claimsOf(sentences: readonly Sentence[], reportYear: number | undefined): Claim[] {
  const claims: Claim[] = [];
  /** Paragraphs that open on another period: every sentence of theirs is about it. */
  const elsewhere = new Set(
    sentences
      .filter((sentence, i) => sentences[i - 1]?.paragraph !== sentence.paragraph && leadsElsewhere(sentence, reportYear))
      .map((s) => s.paragraph),
  );
  for (const sentence of sentences) {
    if (elsewhere.has(sentence.paragraph) || leadsElsewhere(sentence, reportYear)) continue;
    let inList = false;
    for (const clause of clausesOf(sentence)) {
      inList ||= /^\s*其中/.test(clause);
      if (!aboutThisYear(clause, reportYear)) continue;
      for (const topic of TOPICS) {
        if (inList && topic.whole) continue;
        const figure = claimIn(clause, topic);
        if (figure) claims.push({ topic, figure, sentence, clause });
      }
    }
  }
  return claims;
}
