/**
 * What an agency's link refuses of a report the check itself may pass: a published report (it is checked, never
 * filed again), another agency's report, another year's. Pure: the desk and its tests call it alike.
 */
import { makeFinding, type Finding } from "../findings/finding.js";
import { agencyKey } from "../io/file-names.js";
import type { PreparedInput } from "../pipeline/prepare.js";

export function refusedByDesk(
  expected: { agency: string; year: number },
  prepared: Pick<PreparedInput, "status" | "report">,
  file: string,
): Finding[] {
  if (prepared.status === "published") return [makeFinding("desk/published", { file }, { file })];
  const report = prepared.report;
  if (!report || prepared.status === "unreadable") return [];
  const findings: Finding[] = [];
  if (report.agency !== undefined && agencyKey(report.agency) !== agencyKey(expected.agency))
    findings.push(makeFinding("desk/other-agency", { file }, { actual: report.agency, expected: expected.agency }));
  if (report.year !== undefined && report.year !== expected.year)
    findings.push(makeFinding("desk/other-year", { file }, { actual: report.year, expected: expected.year }));
  return findings;
}
