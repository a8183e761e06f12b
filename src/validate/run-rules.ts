import { baseName } from "../values/base-name.js";
import type { Finding, Location } from "../findings/finding.js";
import type { FindingCode } from "../i18n/finding-messages.js";
import type { Report } from "../report/report.js";
import { fieldIndex } from "../schema/editions.js";
import type { EditionDef, FieldId } from "../schema/types.js";
import { checkArithmetic } from "./rules/arithmetic.js";
import type { PreviousReport, Rule, RuleContext } from "./rules/context.js";
import { checkMetadata, checkReportDate } from "./rules/metadata.js";
import { checkCrossYear } from "./rules/cross-year.js";
import { checkDraftsRewritten, checkRequiredSections } from "./rules/narrative.js";
import { checkNarrativeFigures } from "./rules/narrative-figures.js";
import { checkPlausibility } from "./rules/plausibility.js";

/** Every rule of rules.md this tool checks on one report, in the order their findings are listed. */
export const RULES = [
  checkMetadata,
  checkReportDate,
  checkRequiredSections,
  checkDraftsRewritten,
  checkArithmetic,
  checkPlausibility,
  checkNarrativeFigures,
  checkCrossYear,
] as const;

/** The codes the rules may emit: each rule module declares its own. */
export const RULE_CODES: ReadonlySet<FindingCode> = new Set(RULES.flatMap((rule: Rule) => rule.codes));

export interface RuleInput {
  edition: EditionDef;
  values: Report["values"];
  locations: ReadonlyMap<FieldId, Location>;
  /** Where each paragraph of a narrative section came from; the section's own place when absent. */
  paragraphLocations?: ReadonlyMap<FieldId, readonly Location[]>;
  /** Findings from reading the input: a field that has one gets no more from the rules. */
  findings: readonly Finding[];
  today: Date;
  /** Last year's report, loaded: the cross-year rules run only with it. */
  previous?: { file: string; edition: EditionDef; values: Report["values"]; locations: ReadonlyMap<FieldId, Location> };
}

/**
 * The fields that already have a finding: a finding on a part of a field (a JSON paragraph's level,
 * `text.problems.0.level`) counts for the field it belongs to, so that one mistake is one finding.
 */
function reportedFields(findings: readonly Finding[]): Set<string> {
  const reported = new Set<string>();
  // A workbook's blank cells told together (value/blank-cells) are each reported, as each was when told alone.
  const places = findings.flatMap((finding) => [finding, ...(finding.code === "value/blank-cells" ? (finding.related ?? []) : [])]);
  for (const { field } of places) {
    if (field === undefined) continue;
    const path = field.split(".");
    for (let length = 1; length <= path.length; length++) reported.add(path.slice(0, length).join("."));
  }
  return reported;
}

/** The fields read as 0 because they were left blank: told one by one, or together for a table. */
const BLANK_CODES: ReadonlySet<FindingCode> = new Set(["value/blank", "value/blank-cells", "document/blank-cells"]);
function blankFields(findings: readonly Finding[]): Set<string> {
  const places = findings.filter((finding) => BLANK_CODES.has(finding.code)).flatMap((finding) => [finding, ...(finding.related ?? [])]);
  return new Set(places.flatMap(({ field }) => (field === undefined ? [] : [field])));
}

function previousReport(previous: NonNullable<RuleInput["previous"]>): PreviousReport {
  const file = baseName(previous.file);
  const fields = fieldIndex(previous.edition);
  return {
    file,
    values: previous.values,
    locate: (id) => ({ file, ...(previous.locations.get(id) ?? { field: id }) }),
    label: (id) => fields.get(id)?.label,
  };
}

/** Runs every rule over interpreted values; pure, and every finding is kept. */
export function runRules(input: RuleInput): Finding[] {
  const fields = fieldIndex(input.edition);
  const context: RuleContext = {
    edition: input.edition,
    values: input.values,
    field: (id) => {
      const field = fields.get(id);
      if (!field) throw new Error(`edition ${input.edition.id} has no field ${id}`);
      return field;
    },
    locate: (id) => input.locations.get(id) ?? { field: id },
    locateParagraph: (id, index) => input.paragraphLocations?.get(id)?.[index] ?? input.locations.get(id) ?? { field: id },
    reported: reportedFields(input.findings),
    blank: blankFields(input.findings),
    today: input.today,
    ...(input.previous ? { previous: previousReport(input.previous) } : {}),
  };
  return RULES.flatMap((rule: Rule) => rule.check(context));
}
