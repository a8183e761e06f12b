import ExcelJS from "exceljs";
import type { Finding } from "../findings/finding.js";
import { SEVERITY_NAME, SUMMARY_TEXT } from "../i18n/ui-text.js";
import type { Report } from "../report/report.js";
import { cellAddress, columnLetters } from "../schema/a1.js";
import { KEY_FIGURES } from "../schema/summary.js";
import type { EditionDef } from "../schema/types.js";
import { applyStyle, STYLE } from "./styles.js";

/** One report of a batch, as the summary workbook lists it. */
export interface SummaryEntry {
  file: string;
  agency?: string;
  year?: number;
  edition?: string;
  /** The status as the clerk reads it (已生成, 有错误, …). */
  status: string;
  errors: number;
  warnings: number;
  /** KEY_FIGURES by label, when the report could be read. */
  figures?: Record<string, number>;
  findings: readonly Finding[];
}

/** Each key figure's fields in an edition, matched once per edition rather than for every report of a batch. */
const figureFields = new Map<EditionDef, [string, EditionDef["fields"]][]>();
const fieldsOfFigures = (edition: EditionDef) => {
  if (!figureFields.has(edition)) {
    figureFields.set(
      edition,
      KEY_FIGURES.map(({ label, fields }) => [label, edition.fields.filter((f) => fields.test(f.id))]),
    );
  }
  return figureFields.get(edition)!;
};

/** The key figures of a report: each the sum of the edition's fields its pattern matches (an unread value counts 0). */
export function keyFigures(edition: EditionDef, values: Report["values"]): Record<string, number> {
  return Object.fromEntries(
    fieldsOfFigures(edition).map(([label, fields]) => [
      label,
      fields.reduce((sum, f) => sum + (typeof values[f.id] === "number" ? (values[f.id] as number) : 0), 0),
    ]),
  );
}

const FIXED_COLUMNS = SUMMARY_TEXT.columns.length;

/** Printed (or converted to PDF) on A4 landscape, every column on one page width. */
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

function writeOverview(workbook: ExcelJS.Workbook, entries: readonly SummaryEntry[]): void {
  const sheet = workbook.addWorksheet(SUMMARY_TEXT.overviewSheet, {
    views: [{ state: "frozen", ySplit: 1, xSplit: 2 }],
    pageSetup: PAGE_SETUP,
  });
  const header = [...SUMMARY_TEXT.columns, ...KEY_FIGURES.map((figure) => figure.label)];
  header.forEach((text, i) => {
    const cell = sheet.getCell(1, i + 1);
    cell.value = text;
    applyStyle(cell, STYLE.header);
    // A Chinese character is two width units; two more for the filter button. A label wrapped in a one-line header
    // spilled over the first row in LibreOffice's PDF.
    sheet.getColumn(i + 1).width = i === 0 ? 30 : i === 1 ? 22 : Math.max(9, 2 * text.length + 2);
    cell.alignment = { ...cell.alignment, wrapText: true };
  });
  const rows = entries.map((entry) => [
    ...[entry.file, entry.agency ?? "", entry.year ?? "", entry.edition ?? "", entry.status, entry.errors, entry.warnings],
    ...KEY_FIGURES.map((figure) => (entry.figures ? entry.figures[figure.label] : null)),
  ]);
  rows.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 2, c + 1).value = value)));
  // 合计: formulas over the rows above, with their results cached so that any reader shows them before recalculating.
  const totalRow = rows.length + 2;
  sheet.getCell(totalRow, 1).value = SUMMARY_TEXT.total;
  for (let c = FIXED_COLUMNS - 1; c <= header.length; c++) {
    const letters = columnLetters(c);
    const result = rows.reduce((sum, row) => sum + Number(row[c - 1] ?? 0), 0);
    sheet.getCell(totalRow, c).value = { formula: `SUM(${letters}2:${letters}${totalRow - 1})`, result } as ExcelJS.CellFormulaValue;
  }
  sheet.getRow(totalRow).font = { bold: true };
  sheet.autoFilter = { from: "A1", to: cellAddress(header.length, Math.max(1, totalRow - 1)) };
}

function writeFindings(workbook: ExcelJS.Workbook, entries: readonly SummaryEntry[]): void {
  const sheet = workbook.addWorksheet(SUMMARY_TEXT.findingsSheet, { views: [{ state: "frozen", ySplit: 1 }], pageSetup: PAGE_SETUP });
  SUMMARY_TEXT.findingColumns.forEach((text, i) => {
    const cell = sheet.getCell(1, i + 1);
    cell.value = text;
    applyStyle(cell, STYLE.header);
    sheet.getColumn(i + 1).width = [30, 22, 8, 26, 30, 8, 80][i];
  });
  let row = 2;
  for (const entry of entries) {
    for (const finding of entry.findings) {
      const values = [
        entry.file,
        entry.agency ?? "",
        SEVERITY_NAME[finding.severity],
        finding.code,
        finding.sheet ?? finding.field ?? "",
        finding.cell ?? "",
        finding.message,
      ];
      values.forEach((value, c) => (sheet.getCell(row, c + 1).value = value));
      row += 1;
    }
  }
  sheet.autoFilter = { from: "A1", to: cellAddress(SUMMARY_TEXT.findingColumns.length, Math.max(1, row - 1)) };
}

/** The summary workbook of a batch: one row per report with its key figures and a 合计 row, and every finding. */
export async function summaryWorkbookBytes(entries: readonly SummaryEntry[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  writeOverview(workbook, entries);
  writeFindings(workbook, entries);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
