import type { Paragraph, Report } from "../report/report.js";
import type { EditionDef, FieldId } from "../schema/types.js";
import { FIELD_KINDS } from "../schema/kinds.js";
import { REPORT_TEXT } from "../i18n/ui-text.js";
import { formatAmount, formatDate, formatLine, formatNumber } from "./format-value.js";

/** A narrative paragraph as the template's loop sees it: its text, one flag for its level, and whether it ends the section. */
export interface TemplateParagraph {
  text: string;
  h1: boolean;
  h2: boolean;
  body: boolean;
  /** The section's last paragraph: the one before the signature block keeps with it. */
  last: boolean;
}

const toTemplate = (p: Paragraph, index: number, all: readonly Paragraph[]): TemplateParagraph => ({
  text: p.text,
  h1: p.level === 1,
  h2: p.level === 2,
  body: p.level === 0,
  last: index === all.length - 1,
});

/** The tags a narrative loop offers its paragraphs. */
export const LOOP_TAGS: ReadonlySet<string> = new Set(Object.keys(toTemplate({ level: 0, text: "" }, 0, [])));

/** Section 六 when the clerk wrote nothing: edition 2021 states the 信息处理费 position, 2019 says 无. */
function defaultOtherSection(report: Report, edition: EditionDef): Paragraph[] {
  if (!edition.feeStatement) return [{ level: 0, text: REPORT_TEXT.nothingElse }];
  const num = (id: FieldId) => (typeof report.values[id] === "number" ? (report.values[id] as number) : 0);
  const notices = num("fees.noticesIssued");
  const collected = num("fees.collectedAmount");
  const text =
    notices === 0 && collected === 0
      ? REPORT_TEXT.noFees(Number(report.values["meta.year"]))
      : REPORT_TEXT.fees(Number(report.values["meta.year"]), notices, formatAmount(num("fees.noticedAmount")), formatAmount(collected));
  return [{ level: 0, text }];
}

/**
 * The values a template receives, keyed by field id: every value pre-formatted as it is printed.
 * docxtemplater's default parser looks tags up as flat keys, so `{requests.newReceived.natural}` just works.
 */
export function buildTemplateData(report: Report, edition: EditionDef): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of edition.fields) {
    const value = report.values[field.id];
    const print = FIELD_KINDS[field.type].print;
    if (print === "whole" || print === "signed" || print === "amount")
      data[field.id] = formatNumber(value as number | undefined, field.type);
    else if (print === "date") data[field.id] = typeof value === "string" ? formatDate(value) : "";
    else if (print === "paragraphs") {
      let paragraphs = (value as Paragraph[] | undefined) ?? [];
      if (field.id === "text.other" && paragraphs.length === 0) paragraphs = defaultOtherSection(report, edition);
      data[field.id] = paragraphs.map(toTemplate);
    } else data[field.id] = value === undefined ? "" : formatLine(String(value));
  }
  return data;
}
