import { makeFinding, type Finding, type Location } from "../../findings/finding.js";
import { FRAGMENT } from "../../i18n/ui-text.js";
import { agencyKey, isFolderName } from "../../io/file-names.js";
import { EDITIONS, editionForYear, FIRST_REPORT_YEAR } from "../../schema/editions.js";
import { formatChineseDate } from "../../values/date.js";
import { defineRule, numberOf } from "./context.js";

/**
 * rules.md V4: a report year from the first year an official format exists for (2019) to this year. `init` refuses
 * the same years with the same message, so that it never writes a workbook that check would reject.
 */
export function implausibleYear(year: number, today: Date, location: Location = {}): Finding<"meta/year-implausible"> | undefined {
  const thisYear = today.getFullYear();
  if (year >= FIRST_REPORT_YEAR && year <= thisYear) return undefined;
  return makeFinding("meta/year-implausible", location, { expected: `${FIRST_REPORT_YEAR}–${thisYear}`, actual: year });
}

/**
 * The agency names the report's file and its archive folder: a name that leaves no folder name once cleaned ("." or
 * "..", which would file the report in the folder above) is refused, by `check` and `init` alike. A blank name is
 * meta/required's.
 */
export function unusableAgency(agency: string, label: string, location: Location = {}): Finding<"meta/agency-not-a-name"> | undefined {
  if (agency.trim() === "" || isFolderName(agencyKey(agency))) return undefined;
  return makeFinding("meta/agency-not-a-name", location, { label, actual: agency });
}

/** rules.md V4: required metadata, a plausible year, the edition that belongs to the year. */
export const checkMetadata = defineRule(
  ["meta/required", "meta/agency-not-a-name", "meta/year-implausible", "meta/edition-mismatch"],
  (context) => {
    const findings: Finding<"meta/required" | "meta/agency-not-a-name" | "meta/year-implausible" | "meta/edition-mismatch">[] = [];
    for (const field of context.edition.fields.filter((f) => f.required && f.type !== "paragraphs")) {
      // A value that was there but unreadable already has its own finding.
      if (context.values[field.id] === undefined && !context.reported.has(field.id)) {
        findings.push(makeFinding("meta/required", context.locate(field.id), { label: field.label }));
      }
    }
    // The agency names the report's file and its archive folder: "." or ".." would file it in the folder above.
    const agency = context.values["meta.agency"];
    const label = context.edition.fields.find((f) => f.id === "meta.agency")!.label;
    const unusable = typeof agency === "string" ? unusableAgency(agency, label, context.locate("meta.agency")) : undefined;
    if (unusable) findings.push(unusable);
    const year = numberOf(context, "meta.year");
    if (year === undefined) return findings;
    const implausible = implausibleYear(year, context.today, context.locate("meta.year"));
    if (implausible) return [...findings, implausible];
    const expected = editionForYear(year);
    if (expected !== context.edition.id) {
      // A plausible year always has an edition (implausibleYear starts at the first edition's first year).
      const expectedText = FRAGMENT.edition(expected!, EDITIONS[expected!].circular);
      findings.push(
        makeFinding("meta/edition-mismatch", context.locate("meta.year"), {
          expected: expectedText,
          actual: year,
          edition: context.edition.id,
        }),
      );
    }
    return findings;
  },
);

/** rules.md V5: the report is dated in year N+1, by 1月31日 (条例第四十九条). */
export const checkReportDate = defineRule(["meta/date-not-next-year", "meta/date-after-deadline"], (context) => {
  const year = numberOf(context, "meta.year");
  const date = context.values["meta.date"];
  if (year === undefined || typeof date !== "string") return [];
  const location = context.locate("meta.date");
  if (Number(date.slice(0, 4)) !== year + 1) {
    return [makeFinding("meta/date-not-next-year", location, { actual: formatChineseDate(date), expected: year + 1 })];
  }
  if (date > `${year + 1}-01-31`) {
    return [
      makeFinding("meta/date-after-deadline", location, {
        actual: formatChineseDate(date),
        expected: formatChineseDate(`${year + 1}-01-31`),
      }),
    ];
  }
  return [];
});
