import type { Finding, Location } from "../../findings/finding.js";
import type { Report } from "../../report/report.js";
import type { EditionDef, FieldDef, FieldId } from "../../schema/types.js";

export interface RuleContext {
  edition: EditionDef;
  values: Report["values"];
  fields: ReadonlyMap<FieldId, FieldDef>;
  /** Where a field was found (its actual cell, after any rows a clerk inserted). */
  locate: (id: FieldId) => Location;
  /** Fields that already have a finding from reading them. */
  reported: ReadonlySet<FieldId>;
  /** Today, for rules about the report year and date; injected so tests do not depend on the clock. */
  today: Date;
}

export type Rule = (context: RuleContext) => Finding[];

export const numberOf = (context: RuleContext, id: FieldId): number | undefined => {
  const value = context.values[id];
  return typeof value === "number" ? value : undefined;
};
