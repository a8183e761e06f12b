/**
 * rules.md P5 against real published narratives (tests/fixtures/narrative-corpus.ts): which figures are read as
 * statements about the tables, that a table agreeing with them draws no warning, and that one disagreeing does.
 *
 * Covers: src/validate/rules/narrative-figures.ts.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/findings/finding.js";
import { claimsOf } from "../src/narrative/claims.js";
import { figuresIn } from "../src/narrative/figures.js";
import { chineseNumeral, readStatedNumber } from "../src/narrative/numbers.js";
import { sentencesOf } from "../src/narrative/sentences.js";
import { TOPICS } from "../src/narrative/topics.js";
import { EDITIONS, type EditionId, type FieldId } from "../src/schema/index.js";
import { runRules } from "../src/validate/run-rules.js";
import { NARRATIVE_CORPUS, type CorpusEntry } from "./fixtures/narrative-corpus.js";
import { TODAY } from "./helpers/fixtures.js";

const editionOf = (year: number): EditionId => (year >= 2021 ? "2021" : "2019");
const expectedClaims = (entry: CorpusEntry) =>
  Object.entries(entry.claims).map(([topic, claim]) => ({
    topic,
    value: Array.isArray(claim) ? claim[0] : claim,
    bound: Array.isArray(claim) ? claim[1] : "exact",
  }));
const extracted = (entry: CorpusEntry) => {
  const claims = claimsOf(sentencesOf([entry.text]), entry.year).map((claim) => `${claim.topic.id}=${claim.figure.value}`);
  return [...new Set(claims)];
};

/** The P5 findings on one narrative paragraph, over tables holding `table` (topic id → value) and 0 elsewhere. */
function p5Findings(entry: CorpusEntry, table: Record<string, number>): Finding[] {
  const edition = EDITIONS[editionOf(entry.year)];
  const values: Record<string, unknown> = { "meta.year": entry.year, "text.overview": [{ level: 0, text: entry.text }] };
  for (const field of edition.fields.filter((f) => ["count", "signed", "amount", "yuan"].includes(f.type))) values[field.id] = 0;
  for (const [topicId, value] of Object.entries(table)) {
    const [first] = TOPICS.find((topic) => topic.id === topicId)!.fields(edition);
    if (first) values[first] = value;
  }
  return runRules({
    edition,
    values: values as never,
    locations: new Map<FieldId, never>(),
    findings: [],
    today: TODAY,
  }).filter((finding) => finding.rule === "P5");
}
const consistentTable = (entry: CorpusEntry) => Object.fromEntries(expectedClaims(entry).map(({ topic, value }) => [topic, value]));

describe("numbers as narratives write them", () => {
  it.each([
    ["十二", 12],
    ["一百零五", 105],
    ["两千三百", 2300],
    ["三万五千", 35000],
    ["十", 10],
    ["零", 0],
  ])("reads %s as %i", (text, value) => expect(chineseNumeral(text)).toBe(value));

  it("reads thousands separators, full-width digits and 万", () => {
    expect(["1,823", "１８２３", "1.5万", "二十"].map(readStatedNumber)).toEqual([1823, 1823, 15000, 20]);
    expect(readStatedNumber("进一步")).toBeUndefined();
  });

  it("tells counts from changes, ranges, ordinals and bounds", () => {
    const described = (clause: string) => figuresIn(clause).map((f) => [f.value, f.unit, f.bound, f.notACount]);
    expect(described("受理申请100余件")).toEqual([[100, "件", "atLeast", false]]);
    expect(described("近10件")).toEqual([[10, "件", "atMost", false]]);
    expect(described("约5件")).toEqual([[5, "件", "open", false]]);
    expect(described("较上年增加12件")).toEqual([[12, "件", "exact", true]]);
    expect(described("10至20件")).toEqual([[20, "件", "exact", true]]);
    expect(described("第三件")).toEqual([[3, "件", "exact", true]]);
    expect(described("同比增长12.9%")).toEqual([[13, "%", "exact", true]]);
  });
});

describe("the narrative corpus", () => {
  const real = NARRATIVE_CORPUS.filter((entry) => entry.real);

  it("holds at least 60 sentences of real published reports", () => {
    const sentences = real.flatMap((entry) => sentencesOf([entry.text]));
    expect(sentences.length).toBeGreaterThanOrEqual(60);
  });

  it("reads the figures a careful reader compares with the tables, and no others", () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    for (const entry of NARRATIVE_CORPUS) {
      const expected = expectedClaims(entry).map(({ topic, value }) => `${topic}=${value}`);
      const found = extracted(entry);
      truePositives += found.filter((claim) => expected.includes(claim)).length;
      falsePositives += found.filter((claim) => !expected.includes(claim)).length;
      const missed = expected.filter((claim) => !found.includes(claim));
      falseNegatives += missed.length;
      misses.push(...missed);
      expect
        .soft(
          found.filter((claim) => !expected.includes(claim)),
          entry.text,
        )
        .toEqual([]);
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.info(
      `P5 corpus: ${truePositives} figures read right, ${falsePositives} wrongly, ${falseNegatives} missed (${misses.join(", ")}); ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    expect(falsePositives).toBe(0);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(NARRATIVE_CORPUS.map((entry) => [entry.text.slice(0, 30), entry]))("draws no warning on tables that agree: %s", (_, entry) => {
    const findings = p5Findings(entry, consistentTable(entry));
    const expected = (entry.totals ?? []).filter(([total, sum, some]) => sum > total || (sum < total && some !== "some")).length;
    expect(findings.map((f) => f.code)).toEqual(Array(expected).fill("narrative/parts-do-not-add-up"));
  });

  it("warns on every table figure a sentence contradicts, naming the sentence and the cells", () => {
    let contradictions = 0;
    let caught = 0;
    for (const entry of NARRATIVE_CORPUS) {
      for (const { topic, value, bound } of expectedClaims(entry)) {
        const wrong = bound === "atLeast" ? value - 7 : value + 7;
        if (wrong < 0) continue;
        contradictions++;
        const findings = p5Findings(entry, { ...consistentTable(entry), [topic]: wrong }).filter(
          (f) => f.code === "narrative/contradicts-table",
        );
        if (findings.some((f) => f.expected === wrong)) caught++;
      }
    }
    console.info(`P5 corpus: ${caught} of ${contradictions} contradicted figures warned about`);
    expect(caught / contradictions).toBeGreaterThanOrEqual(0.9);
  });
});

describe("P5 findings", () => {
  it("quotes the sentence, says what the table holds, and names the table's cells", () => {
    const entry = NARRATIVE_CORPUS.find((e) => e.text === "本年度受理政府信息公开申请17件。")!;
    const [finding] = p5Findings(entry, { "applications-received": 95 });
    expect([finding.code, finding.severity, finding.expected, finding.actual]).toEqual(["narrative/contradicts-table", "warning", 95, 17]);
    expect(finding.message).toContain("“本年度受理政府信息公开申请17件。”写的是 17件，而表格中“本年新收政府信息公开申请数量”为 95");
    expect(finding.related?.map((r) => r.field)).toEqual(["requests.newReceived.total"]);
  });

  it("catches the reference report's 1823 of 182 + 1131 + 310", () => {
    const entry = NARRATIVE_CORPUS.find((e) => e.text.includes("1823"))!;
    const [finding] = p5Findings(entry, {});
    expect([finding.code, finding.expected, finding.actual]).toEqual(["narrative/parts-do-not-add-up", 1623, 1823]);
    expect(finding.message).toContain("（182 + 1131 + 310）");
  });

  it("accepts a figure its row's columns give when the printed 总计 is blank, as published tables leave it", () => {
    const entry = NARRATIVE_CORPUS.find((e) => e.text === "予以公开及部分公开258件。")!;
    const columns = (row: string, natural: number) => ({ [`requests.${row}.natural`]: natural });
    const check = (natural: Record<string, number>) => {
      const edition = EDITIONS["2021"];
      const values: Record<string, unknown> = { "meta.year": entry.year, "text.overview": [{ level: 0, text: entry.text }] };
      for (const field of edition.fields.filter((f) => f.type === "count")) values[field.id] = 0;
      Object.assign(values, natural);
      return runRules({ edition, values: values as never, locations: new Map<FieldId, never>(), findings: [], today: TODAY })
        .filter((f) => f.rule === "P5")
        .map((f) => f.expected);
    };
    // 总计 printed 0 (blank) in both rows; 自然人 255 + 3 = 258 agrees with the sentence.
    expect(check({ ...columns("granted", 255), ...columns("partlyGranted", 3) })).toEqual([]);
    // Neither the printed 总计 (0) nor the columns (250 + 3) say 258: the table holds what its columns give.
    expect(check({ ...columns("granted", 250), ...columns("partlyGranted", 3) })).toEqual([253]);
  });

  it("compares 予以公开及部分公开 with the sum of both rows", () => {
    const entry = NARRATIVE_CORPUS.find((e) => e.text === "予以公开及部分公开258件。")!;
    const edition = EDITIONS["2021"];
    expect(TOPICS.find((t) => t.id === "granted-or-partly")!.fields(edition)).toEqual([
      "requests.granted.total",
      "requests.partlyGranted.total",
    ]);
    expect(p5Findings(entry, { "granted-or-partly": 275 }).map((f) => [f.code, f.expected])).toEqual([
      ["narrative/contradicts-table", 275],
    ]);
  });
});
