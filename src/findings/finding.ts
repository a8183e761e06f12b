import { CATALOGUE, type FindingCode, type MessageParams, type Severity } from "../i18n/finding-messages.js";

/** A validation finding is data: where, what was expected, what was found, and the clerk's message. */
export interface Finding {
  rule: string;
  code: FindingCode;
  severity: Severity;
  sheet?: string;
  cell?: string;
  field?: string;
  paragraph?: string;
  expected?: number | string;
  actual?: number | string;
  message: string;
  /** What to do, the same for every finding of the code (the catalogue's hint): shown once per code. */
  hint?: string;
}

export interface Location {
  sheet?: string;
  cell?: string;
  field?: string;
  /** Input file, for findings about the file itself. */
  file?: string;
  /** The text of a template paragraph, for findings about a Word template. */
  paragraph?: string;
}

/** Where a message points: 「sheet」cell for a workbook, 「field」 for the JSON form. */
const MAX_QUOTED = 40;
const quoteParagraph = (text: string) => (text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);

function locationPrefix(location: Location): string {
  if (location.paragraph !== undefined) return `段落“${quoteParagraph(location.paragraph)}”：`;
  if (location.sheet) return `「${location.sheet}」${location.cell ?? ""}：`;
  if (location.field) return `「${location.field}」：`;
  return "";
}

export function makeFinding(code: FindingCode, location: Location, params: MessageParams = {}): Finding {
  const entry = CATALOGUE[code];
  const finding: Finding = { rule: entry.rule, code, severity: entry.severity, message: locationPrefix(location) + entry.message({ file: location.file, ...params }) };
  if (location.sheet) finding.sheet = location.sheet;
  if (location.cell) finding.cell = location.cell;
  if (location.field) finding.field = location.field;
  if (location.paragraph !== undefined) finding.paragraph = location.paragraph;
  if (params.expected !== undefined) finding.expected = params.expected;
  if (params.actual !== undefined) finding.actual = params.actual;
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
