/**
 * rules.md X1–X4: this year's report against last year's (`--previous`), and a narrative section repeated from
 * last year (内容雷同, which assessors flag). Warnings: a break may be legitimate, the clerk explains it. Each
 * finding names this year's cell and last year's file and cell.
 */
import { agencyNameOf, sameAgencyName } from "../../values/agency-name.js";
import { distance } from "fastest-levenshtein";
import { makeFinding, tablePlace, type Finding, type Location } from "../../findings/finding.js";
import { tableCells, tableField } from "../../schema/cells.js";
import type { FieldId } from "../../schema/types.js";
import { defineRule, numberOf, type PreviousReport, type RuleContext } from "./context.js";

/** 「三、收到和处理政府信息公开申请情况」H30, 「requests.carriedForward.total」: a place as a clerk reads it. */
const placeOf = (location: Location): string =>
  location.section
    ? `「${location.section}」${tablePlace(location)}`
    : location.sheet
      ? `「${location.sheet}」${location.cell ?? ""}`
      : location.field
        ? `「${location.field}」`
        : "";

const previousNumber = (previous: PreviousReport, id: FieldId): number | undefined => {
  const value = previous.values[id];
  return typeof value === "number" ? value : undefined;
};

/** What a finding says of last year's side: its file, cell and label. */
function lastYearSide(context: RuleContext, previous: PreviousReport, id: FieldId) {
  const location = previous.locate(id);
  return {
    location,
    params: { previousFile: previous.file, previousPlace: placeOf(location), previousLabel: previous.label(id) ?? context.field(id).label },
  };
}

/**
 * X1: what last year carried forward is what this year carried over, column by column (both editions). A column
 * that differs makes its 总计 differ too: the 总计 is compared only when every column agrees (a typed total).
 */
function checkCarriedOver(context: RuleContext, previous: PreviousReport): Finding[] {
  const requests = (row: string, column: string) => tableField(context.edition, "requests", row, column);
  const compare = (column: string): Finding[] => {
    const id = requests("carriedOver", column);
    const forwardId = requests("carriedForward", column);
    const actual = numberOf(context, id);
    const expected = previousNumber(previous, forwardId);
    if (actual === undefined || expected === undefined || actual === expected || context.reported.has(id)) return [];
    const last = lastYearSide(context, previous, forwardId);
    return [
      makeFinding(
        "cross-year/carried-over",
        { ...context.locate(id), related: [last.location] },
        { label: context.field(id).label, actual, expected, ...last.params },
      ),
    ];
  };
  const columns = tableCells(context.edition, "requests").filter((cell) => cell.row === "carriedOver" && !cell.derived);
  const findings = columns.flatMap((cell) => compare(cell.column));
  return findings.length > 0 ? findings : compare("total");
}

/** The rows of table 二 that have a column (inForce, lastYear): the rows a cross-year rule compares, from the schema. */
const rowsWith = (context: RuleContext, column: string) => tableCells(context.edition, "active").filter((cell) => cell.column === column);

/** X2 (edition 2021): documents in force = last year's in force + issued − repealed. */
function checkInForce(context: RuleContext, previous: PreviousReport): Finding[] {
  return rowsWith(context, "inForce").flatMap(({ id, row }) => {
    const [issuedId, repealedId] = [
      tableField(context.edition, "active", row, "issued"),
      tableField(context.edition, "active", row, "repealed"),
    ];
    const actual = numberOf(context, id);
    const issued = numberOf(context, issuedId);
    const repealed = numberOf(context, repealedId);
    const before = previousNumber(previous, id);
    if ([actual, issued, repealed, before].some((v) => v === undefined)) return [];
    const expected = before! + issued! - repealed!;
    if (actual === expected || context.reported.has(id)) return [];
    const last = lastYearSide(context, previous, id);
    return [
      makeFinding(
        "cross-year/in-force",
        {
          ...context.locate(id),
          related: [last.location, context.locate(issuedId), context.locate(repealedId)],
        },
        {
          label: context.field(id).label,
          actual: actual!,
          expected,
          before: before!,
          issued: issued!,
          repealed: repealed!,
          ...last.params,
        },
      ),
    ];
  });
}

/** X3 (edition 2019): this year's 上一年项目数量 = last year's 上一年项目数量 + 本年增/减. */
function checkItems(context: RuleContext, previous: PreviousReport): Finding[] {
  return rowsWith(context, "lastYear").flatMap(({ id, row }) => {
    const changeId = tableField(context.edition, "active", row, "change");
    const actual = numberOf(context, id);
    const before = previousNumber(previous, id);
    const change = previousNumber(previous, changeId);
    if (actual === undefined || before === undefined || change === undefined) return [];
    const expected = before + change;
    if (actual === expected || context.reported.has(id)) return [];
    const last = lastYearSide(context, previous, id);
    return [
      makeFinding(
        "cross-year/items",
        { ...context.locate(id), related: [last.location, previous.locate(changeId)] },
        { label: context.field(id).label, actual, expected, before, change, ...last.params },
      ),
    ];
  });
}

/** X4: last year's report of the same agency. */
function checkSameAgency(context: RuleContext, previous: PreviousReport): Finding[] {
  const findings: Finding[] = [];
  const year = numberOf(context, "meta.year");
  const previousYear = previousNumber(previous, "meta.year");
  if (year !== undefined && previousYear !== undefined && previousYear !== year - 1)
    findings.push(
      makeFinding("cross-year/not-consecutive", context.locate("meta.year"), {
        actual: previousYear,
        expected: year - 1,
        previousFile: previous.file,
      }),
    );
  // Names compared as written, without spaces: 淮安市洪泽区人民政府 and 洪泽区人民政府 are one agency.
  const agency = agencyNameOf(context.values["meta.agency"]);
  const previousAgency = agencyNameOf(previous.values["meta.agency"]);
  if (agency === "" || previousAgency === "" || agency === previousAgency) return findings;
  const sameUnderLongerName = sameAgencyName(agency, previousAgency);
  findings.push(
    makeFinding(
      sameUnderLongerName ? "cross-year/agency-name-variant" : "cross-year/other-agency",
      { ...context.locate("meta.agency"), related: [previous.locate("meta.agency")] },
      { actual: agency, expected: previousAgency, previousFile: previous.file },
    ),
  );
  return findings;
}

/** A section this alike to last year's (1 − edit distance / length) was copied, not written. */
const REPEATED_SIMILARITY = 0.9;
/** Short sections ("无其他需要报告的事项。") are the same every year by nature. */
const REPEATED_MIN_LENGTH = 40;

const sectionText = (value: unknown) => (Array.isArray(value) ? value.map((paragraph: { text: string }) => paragraph.text).join("\n") : "");

/** 内容雷同: a narrative section identical or nearly identical to last year's. */
function checkRepeatedNarrative(context: RuleContext, previous: PreviousReport): Finding[] {
  return context.edition.fields
    .filter((field) => field.type === "paragraphs")
    .flatMap((field) => {
      const text = sectionText(context.values[field.id]);
      const before = sectionText(previous.values[field.id]);
      const longer = Math.max(text.length, before.length);
      if (Math.min(text.length, before.length) < REPEATED_MIN_LENGTH) return [];
      const similarity = 1 - distance(text, before) / longer;
      if (similarity < REPEATED_SIMILARITY) return [];
      return [
        makeFinding(
          "cross-year/narrative-repeated",
          { ...context.locate(field.id), related: [previous.locate(field.id)] },
          { label: field.label, actual: `${Math.floor(similarity * 100)}%`, previousFile: previous.file },
        ),
      ];
    });
}

export const checkCrossYear = defineRule(
  [
    "cross-year/carried-over",
    "cross-year/in-force",
    "cross-year/items",
    "cross-year/not-consecutive",
    "cross-year/other-agency",
    "cross-year/agency-name-variant",
    "cross-year/narrative-repeated",
  ],
  (context) => {
    const previous = context.previous;
    if (!previous) return [];
    return [
      ...checkSameAgency(context, previous),
      ...checkCarriedOver(context, previous),
      ...checkInForce(context, previous),
      ...checkItems(context, previous),
      ...checkRepeatedNarrative(context, previous),
    ];
  },
);
