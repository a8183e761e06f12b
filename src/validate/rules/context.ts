import type { Finding, Location } from "../../findings/finding.js";
import type { FindingCode } from "../../i18n/finding-messages.js";
import type { Report } from "../../report/report.js";
import type { EditionDef, FieldDef, FieldId } from "../../schema/types.js";

/** Last year's report (`--previous`), for the cross-year rules X1–X4. */
export interface PreviousReport {
  /** Its file name, as messages cite it. */
  file: string;
  values: Report["values"];
  /** Where a field was found in last year's file: its file, sheet and cell. */
  locate: (id: FieldId) => Location;
  /** The label last year's edition gives a field, if it has the field. */
  label: (id: FieldId) => string | undefined;
}

export interface RuleContext {
  edition: EditionDef;
  values: Report["values"];
  /** The definition of a field of the edition; an id the edition lacks is a programming error and throws. */
  field: (id: FieldId) => FieldDef;
  /** Where a field was found (its actual cell, after any rows a clerk inserted). */
  locate: (id: FieldId) => Location;
  /** Where a paragraph of a narrative section came from (its cell, its JSON paragraph). */
  locateParagraph: (id: FieldId, index: number) => Location;
  /** Fields that already have a finding from reading them. */
  reported: ReadonlySet<string>;
  /** Of those, the ones left blank and read as 0 (rules.md V3): their value is known to be a stand-in. */
  blank: ReadonlySet<string>;
  /** Today, for rules about the report year and date; injected so tests do not depend on the clock. */
  today: Date;
  previous?: PreviousReport;
}

/** A rule module: the finding codes it may emit, declared, and the check; emitting an undeclared code fails to compile. */
export interface Rule<C extends FindingCode = FindingCode> {
  codes: readonly C[];
  check: (context: RuleContext) => Finding<C>[];
}

export const defineRule = <const C extends FindingCode>(codes: readonly C[], check: (context: RuleContext) => Finding<C>[]): Rule<C> => ({
  codes,
  check,
});

export const numberOf = (context: RuleContext, id: FieldId): number | undefined => {
  const value = context.values[id];
  return typeof value === "number" ? value : undefined;
};
