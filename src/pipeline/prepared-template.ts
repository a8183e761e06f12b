/**
 * Stage 3 on a template's bytes already read and guarded: checked against the edition's contract, ready to render.
 * Pure, shared by the command line (template.ts reads the file) and the page (which carries the standard ones).
 */
import { countBySeverity, makeFinding, type Finding } from "../findings/finding.js";
import { inputError } from "../input/classify.js";
import { baseName } from "../values/base-name.js";
import { sha256 } from "../io/hash.js";
import { buildTemplateData } from "../render/template-data.js";
import { documentTitle } from "../render/title.js";
import type { Report } from "../report/report.js";
import { EDITIONS } from "../schema/editions.js";
import type { EditionId } from "../schema/types.js";
import { STANDARD_TEMPLATE_SHA256 } from "../templates/standard-templates.js";
import { BrokenOutputError, MissingValuesError, renderDocx } from "../templates/render-template.js";
import { fillTable, spliceTemplate, tableKey } from "../templates/spliced-tables.js";
import { compileTemplate } from "../templates/template-tags.js";

/** What `nianbao template check` says of a template: the object `template check --json` prints. */
export interface TemplateVerdict {
  valid: boolean;
  edition: EditionId;
  file: string;
  stats: { errors: number; warnings: number; infos: number };
  findings: Finding[];
}

/** The template check, loaded when a template needs one: it parses XML, which the standard templates do not need. */
export async function lint(bytes: Buffer, path: string, edition?: EditionId) {
  const { lintTemplate } = await import("../templates/lint-template.js");
  try {
    return lintTemplate(bytes, edition);
  } catch {
    throw inputError("input/not-docx", path);
  }
}

export const verdictOf = (file: string, edition: EditionId, findings: Finding[]): TemplateVerdict => {
  const stats = countBySeverity(findings);
  return { valid: stats.errors === 0, edition, file, stats, findings };
};

/** A template whose output was not well-formed XML: refused, whatever its check said. */
export const brokenOutputVerdict = (path: string, edition: EditionId, error: BrokenOutputError): TemplateVerdict =>
  verdictOf(path, edition, [makeFinding("template/broken-output", { file: path }, { file: baseName(path), part: error.part })]);

export type RenderResult = { status: "ok"; bytes: Buffer } | { status: "template-invalid"; verdict: TemplateVerdict };

/** A template read and checked once, ready to render any number of reports of its edition. */
export interface PreparedTemplate {
  file: string;
  sha256: string;
  verdict: TemplateVerdict;
  render: (report: Report) => RenderResult;
}

/** prepareTemplate on bytes already read and guarded (readTemplate): the pure part, for the page and for tests. */
export async function prepareTemplateBytes(bytes: Buffer, path: string, edition: EditionId): Promise<PreparedTemplate> {
  const hash = sha256(bytes);
  // The bytes of a standard template pass the check (a test holds them to it): checked again, they cost a cold run
  // an XML parser and a compile. Any other template, a clerk's copy or an edited standard one, is checked.
  // A template that does not compile has a template/syntax error among its findings, so it is never valid.
  const findings = hash === STANDARD_TEMPLATE_SHA256[edition] ? [] : (await lint(bytes, path, edition)).findings;
  const verdict = verdictOf(path, edition, findings);
  const spliced = spliceTemplate(bytes);
  const render = (report: Report): RenderResult => {
    if (!verdict.valid) return { status: "template-invalid", verdict };
    try {
      const compiled = compileTemplate(spliced.bytes).compiled!;
      const data = buildTemplateData(report, EDITIONS[edition]);
      spliced.tables.forEach((table, i) => (data[tableKey(i)] = fillTable(table, data, compiled.missing)));
      return { status: "ok", bytes: renderDocx(compiled, data, documentTitle(data)) };
    } catch (error) {
      if (error instanceof BrokenOutputError) return { status: "template-invalid", verdict: brokenOutputVerdict(path, edition, error) };
      if (!(error instanceof MissingValuesError)) throw error;
      const detail = error.tags.map((tag) => `{${tag}}`).join("、");
      return {
        status: "template-invalid",
        verdict: verdictOf(path, edition, [makeFinding("input/template-invalid", { file: path }, { file: baseName(path), detail })]),
      };
    }
  };
  return { file: path, sha256: hash, verdict, render };
}
