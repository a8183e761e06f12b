/**
 * rules.md P5: the figures a narrative states about the tables, compared with the tables, and the totals it
 * states compared with the parts it lists. Warnings that quote the sentence: the narrative may be right and the
 * table wrong.
 */
import { makeFinding, type Finding } from "../../findings/finding.js";
import { claimsOf, type Claim } from "../../narrative/claims.js";
import { sentencesOf, type Sentence } from "../../narrative/sentences.js";
import { statedTotalsOf } from "../../narrative/stated-totals.js";
import type { Paragraph } from "../../report/report.js";
import type { FieldId } from "../../schema/types.js";
import { defineRule, numberOf, type RuleContext } from "./context.js";

/** Quoted sentences stay short: the part around the figure, with … where cut. */
const QUOTE_LENGTH = 48;
function quote(sentence: string, at = 0): string {
  if (sentence.length <= QUOTE_LENGTH) return sentence;
  const start = Math.max(0, Math.min(at - QUOTE_LENGTH / 2, sentence.length - QUOTE_LENGTH));
  return `${start > 0 ? "…" : ""}${sentence.slice(start, start + QUOTE_LENGTH)}${start + QUOTE_LENGTH < sentence.length ? "…" : ""}`;
}

/** Where a figure stands in its sentence, for the quote. */
const indexIn = (sentence: Sentence, text: string) => Math.max(0, sentence.text.indexOf(text));

function contradicts(claim: Claim, table: number): boolean {
  const { value, bound } = claim.figure;
  if (bound === "atLeast") return table < value;
  if (bound === "atMost") return table > value;
  return table !== value;
}

/**
 * A row's 总计 as its applicant columns give it (the R3 equation that defines it), or as printed when it has none.
 */
function fromParts(context: RuleContext, field: FieldId): number | undefined {
  const equation = context.edition.equations.find((eq) => eq.rule === "R3" && eq.defines && eq.left[0] === field);
  if (!equation) return numberOf(context, field);
  const parts = equation.right.map((id) => numberOf(context, id));
  return parts.every((part) => part !== undefined) ? (parts as number[]).reduce((a, b) => a + b, 0) : undefined;
}

/**
 * Whether the tables bear a claim out, and what they hold: the sum of its cells, where a 总计 printed as 0 (or left
 * blank) beside filled columns counts as its columns (the table's defect, which R3 reports).
 */
function agrees(context: RuleContext, claim: Claim, fields: readonly FieldId[]): { agrees: boolean; table: number } | undefined {
  const values = fields.map((field) => numberOf(context, field));
  if (values.some((value) => value === undefined)) return undefined;
  const table = values.reduce((sum: number, value) => sum + value!, 0);
  if (!contradicts(claim, table)) return { agrees: true, table };
  const filled = fields.map((field, i) => (values[i] === 0 ? fromParts(context, field) : values[i]));
  if (filled.some((value) => value === undefined)) return { agrees: false, table };
  const byColumns = filled.reduce((sum: number, value) => sum + value!, 0);
  return { agrees: !contradicts(claim, byColumns), table: byColumns };
}

function checkSection(context: RuleContext, id: FieldId, paragraphs: readonly Paragraph[]): Finding[] {
  const sentences = sentencesOf(paragraphs.map((paragraph) => paragraph.text));
  const year = numberOf(context, "meta.year");
  const findings: Finding[] = [];
  for (const claim of claimsOf(sentences, year)) {
    const fields = claim.topic.fields(context.edition);
    // A value with a finding of its own is not compared again; a blank one is, through its columns.
    if (fields.length === 0 || fields.some((field) => context.reported.has(field) && !context.blank.has(field))) continue;
    const verdict = agrees(context, claim, fields);
    if (!verdict || verdict.agrees) continue;
    const other = claim.topic.orSumOf;
    if (other && !other.unless.test(claim.clause) && agrees(context, claim, other.fields(context.edition))?.agrees) continue;
    findings.push(
      makeFinding(
        "narrative/contradicts-table",
        { ...context.locateParagraph(id, claim.sentence.paragraph), related: fields.map((field) => context.locate(field)) },
        {
          sentence: quote(claim.sentence.text, indexIn(claim.sentence, claim.figure.text)),
          stated: claim.figure.text,
          label: claim.topic.label,
          expected: verdict.table,
          actual: claim.figure.value,
        },
      ),
    );
  }
  for (const stated of statedTotalsOf(sentences)) {
    const sum = stated.parts.reduce((a, b) => a + b, 0);
    // A 其中 list often names a few parts only: it is wrong when its parts exceed the total, or fall short of a total
    // it presents them as making up (分别为, 均为, channels: 通过网站发布 182 条、通过微博发布 1131 条…).
    if (sum === stated.total.value || (sum < stated.total.value && !stated.whole)) continue;
    const [first] = stated.sentences;
    findings.push(
      makeFinding("narrative/parts-do-not-add-up", context.locateParagraph(id, first.paragraph), {
        sentence: quote(first.text, indexIn(first, stated.total.text)),
        actual: stated.total.value,
        expected: sum,
        parts: stated.parts.join(" + "),
      }),
    );
  }
  return findings;
}

// Every section whose paragraphs were read, whatever else was said about them (a cell split into several lines).
export const checkNarrativeFigures = defineRule(["narrative/contradicts-table", "narrative/parts-do-not-add-up"], (context) =>
  context.edition.fields
    .filter((field) => field.type === "paragraphs")
    .flatMap((field) => {
      const paragraphs = context.values[field.id];
      return Array.isArray(paragraphs) ? checkSection(context, field.id, paragraphs) : [];
    }),
);
