/**
 * 评估汇总.xlsx, the assessor's batch (check 文件夹/): one row per report with its errors and warnings counted by
 * group (表格勾稽, 文字与表格, 格式与标签, 跨年), and a 问题清单 sheet with every finding where it is printed
 * (section, row, column, page).
 */
import ExcelJS from "exceljs";
import { countBySeverity } from "../findings/finding.js";
import { FINDING_GROUPS, groupOf } from "../findings/groups.js";
import { RULE_NAME } from "../i18n/finding-messages.js";
import { ASSESS_TEXT, SEVERITY_NAME } from "../i18n/ui-text.js";
import type { Finding } from "../findings/finding.js";
import type { EditionId } from "../schema/types.js";
import { baseName } from "../values/base-name.js";
import { FIRST_ROW, PAGE_SETUP, writeHeader, writeTitle } from "./summary.js";

const HEADER_ROW = FIRST_ROW - 1;

/** One report of the batch as the workbook lists it. */
export interface AssessedReport {
  input: string;
  /** `unreadable`: the file could not be read at all (its one finding says why). */
  status: "checked" | "unreadable";
  agency?: string;
  year?: number;
  edition?: EditionId;
  findings: Finding[];
  /** The file of last year's report it was checked against, when one matched. */
  previous?: string;
}

function writeOverview(workbook: ExcelJS.Workbook, reports: readonly AssessedReport[], madeAt: Date): void {
  const sheet = workbook.addWorksheet(ASSESS_TEXT.overviewSheet, {
    views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 2 }],
    pageSetup: PAGE_SETUP,
  });
  const groupColumns = FINDING_GROUPS.flatMap((group) => [
    ASSESS_TEXT.groupColumn(group, "error"),
    ASSESS_TEXT.groupColumn(group, "warning"),
  ]);
  const header = [...ASSESS_TEXT.columns, ...groupColumns];
  writeTitle(sheet, ASSESS_TEXT.title(madeAt), header.length);
  writeHeader(sheet, header, (text, i) => (i === 0 ? 30 : i === 1 ? 24 : Math.max(8, 2 * text.length + 2)));
  reports.forEach((report, r) => {
    const { errors, warnings } = countBySeverity(report.findings);
    const byGroup = FINDING_GROUPS.flatMap((group) => {
      const inGroup = report.findings.filter((finding) => groupOf(finding) === group);
      const counts = countBySeverity(inGroup);
      return [counts.errors, counts.warnings];
    });
    const status = report.status === "unreadable" ? ASSESS_TEXT.unreadable : errors > 0 ? ASSESS_TEXT.hasErrors : ASSESS_TEXT.passed;
    const values = [
      baseName(report.input),
      report.agency ?? "",
      report.year ?? "",
      report.edition ?? "",
      status,
      report.previous ?? "",
      errors,
      warnings,
      ...byGroup,
    ];
    values.forEach((value, c) => (sheet.getCell(FIRST_ROW + r, c + 1).value = value));
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + Math.max(1, reports.length), column: header.length } };
}

function writeFindings(workbook: ExcelJS.Workbook, reports: readonly AssessedReport[], madeAt: Date): void {
  const sheet = workbook.addWorksheet(ASSESS_TEXT.findingsSheet, {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
    pageSetup: PAGE_SETUP,
  });
  writeTitle(sheet, ASSESS_TEXT.findingsTitle(madeAt), ASSESS_TEXT.findingColumns.length);
  writeHeader(sheet, ASSESS_TEXT.findingColumns, (_, i) => [30, 22, 6, 10, 14, 26, 24, 28, 16, 6, 80][i]);
  let row = FIRST_ROW;
  for (const report of reports) {
    for (const finding of report.findings) {
      const values = [
        baseName(report.input),
        report.agency ?? "",
        SEVERITY_NAME[finding.severity],
        ASSESS_TEXT.groups[groupOf(finding)],
        RULE_NAME[finding.rule],
        finding.code,
        finding.section ?? finding.sheet ?? "",
        finding.row ?? finding.cell ?? "",
        finding.column ?? "",
        finding.page ?? "",
        finding.message,
      ];
      values.forEach((value, c) => (sheet.getCell(row, c + 1).value = value));
      row += 1;
    }
  }
}

export async function assessmentWorkbookBytes(reports: readonly AssessedReport[], madeAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  writeOverview(workbook, reports, madeAt);
  writeFindings(workbook, reports, madeAt);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
