import { CATALOGUE, type FindingCode, type MessageParams, type RuleId, type Severity } from "../i18n/finding-messages.js";

/** A place a finding is about: a cell of a workbook, a field of the JSON form, a paragraph of a template. */
export interface Location {
  /** The input file, when a finding is about the file itself or cites another file (last year's report). */
  file?: string;
  sheet?: string;
  cell?: string;
  field?: string;
  /** The text of a template paragraph, for findings about a Word template. */
  paragraph?: string;
  /** In a published report: the section (a table's or a narrative's title) ... */
  section?: string;
  /** ... and there the printed row and column labels, or the paragraph's number. */
  row?: string;
  column?: string;
  paragraphNumber?: number;
  /** The page of a PDF it is printed on. */
  page?: number;
}

/**
 * A validation finding is data: where, what was expected, what was found, and the clerk's message. The primary
 * location is spread on the finding itself (sheet, cell, field); `related` lists the other cells it involves.
 */
export interface Finding<C extends FindingCode = FindingCode> {
  rule: RuleId;
  code: C;
  severity: Severity;
  file?: string;
  sheet?: string;
  cell?: string;
  field?: string;
  paragraph?: string;
  section?: string;
  row?: string;
  column?: string;
  paragraphNumber?: number;
  page?: number;
  /** The other places the finding involves: the parts of a total, the cells on both sides of a balance. */
  related?: Location[];
  expected?: number | string;
  actual?: number | string;
  message: string;
  /** What to do, the same for every finding of the code (the catalogue's hint): shown once per code. */
  hint?: string;
}

/** Where a message points: 「sheet」cell for a workbook, 「field」 for the JSON form. */
const MAX_QUOTED = 40;
const quoteParagraph = (text: string) => (text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);

/** A cell of a published table by its labels: 「（七）总计」行「自然人」列. */
export function tablePlace(location: Location): string {
  const row = location.row ? `「${location.row}」行` : "";
  const column = location.column ? `「${location.column}」列` : "";
  const paragraph = location.paragraphNumber ? `第 ${location.paragraphNumber} 段` : "";
  const page = location.page ? `（第 ${location.page} 页）` : "";
  return row + column + paragraph + page;
}

/** A place in a message without its sheet or section: the cell (D5), the table labels, or the field. */
export const shortPlace = (location: Location): string | undefined =>
  location.cell ?? (location.row || location.column ? tablePlace(location) : location.field);

function locationPrefix(location: Location): string {
  if (location.section) return `「${location.section}」${tablePlace(location)}：`;
  if (location.paragraph !== undefined) return `段落“${quoteParagraph(location.paragraph)}”：`;
  if (location.sheet) return `「${location.sheet}」${location.cell ?? ""}：`;
  if (location.field) return `「${location.field}」：`;
  return "";
}

type ParamsArgument<C extends FindingCode> = MessageParams<C> extends undefined ? [] : [params: MessageParams<C>];

const LOCATION_KEYS = ["file", "sheet", "cell", "field", "paragraph", "section", "row", "column", "paragraphNumber", "page"] as const;

/** The one way to make a finding: the catalogue gives rule, severity, message and hint; the parameters are typed per code. */
export function makeFinding<C extends FindingCode>(
  code: C,
  location: Location & { related?: Location[] },
  ...[params]: ParamsArgument<C>
): Finding<C> {
  const entry = CATALOGUE[code];
  const message = (entry.message as (p: MessageParams<C>) => string)(params as MessageParams<C>);
  const finding: Finding<C> = { rule: entry.rule, code, severity: entry.severity, message: locationPrefix(location) + message };
  for (const key of LOCATION_KEYS)
    if (location[key] !== undefined && location[key] !== "") (finding as unknown as Record<string, unknown>)[key] = location[key];
  if (location.related && location.related.length > 0) finding.related = location.related;
  const values = (params ?? {}) as { expected?: number | string; actual?: number | string };
  if (values.expected !== undefined) finding.expected = values.expected;
  if (values.actual !== undefined) finding.actual = values.actual;
  if ("hint" in entry && entry.hint) finding.hint = entry.hint;
  return finding;
}

/** A fatal input problem: the file cannot be read at all. It carries its finding; the CLI prints it without a stack trace. */
export class InputError extends Error {
  constructor(readonly finding: Finding) {
    super(finding.message);
    this.name = "InputError";
  }
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info") };
}
