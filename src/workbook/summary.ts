import ExcelJS from "exceljs";
import { tablePlace, type Finding } from "../findings/finding.js";
import { RULE_NAME } from "../i18n/finding-messages.js";
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
  /** Whether its figures count in 合计: a report generated (or unchanged) for the batch's year. */
  counted: boolean;
  errors: number;
  warnings: number;
  /** KEY_FIGURES by label, when the report could be read. */
  figures?: Record<string, number>;
  findings: readonly Finding[];
}

/** What the summary is of: the batch's year, and when it was made (its title line says both). */
export interface SummaryHeading {
  year: number;
  madeAt: Date;
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

/** Printed (or converted to PDF) on A4 landscape, every column on one page width. */
export const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

/** The title line over a sheet's header, across its columns. */
export function writeTitle(sheet: ExcelJS.Worksheet, text: string, columns: number): void {
  sheet.mergeCells(1, 1, 1, columns);
  const cell = sheet.getCell(1, 1);
  cell.value = text;
  cell.font = { bold: true, size: 14 };
  sheet.getRow(1).height = 24;
}

const HEADER_ROW = 2;
export const FIRST_ROW = HEADER_ROW + 1;

export function writeHeader(sheet: ExcelJS.Worksheet, labels: readonly string[], width: (text: string, i: number) => number): void {
  labels.forEach((text, i) => {
    const cell = sheet.getCell(HEADER_ROW, i + 1);
    cell.value = text;
    applyStyle(cell, STYLE.header);
    sheet.getColumn(i + 1).width = width(text, i);
    cell.alignment = { ...cell.alignment, wrapText: true };
  });
}

function writeOverview(workbook: ExcelJS.Workbook, entries: readonly SummaryEntry[], heading: SummaryHeading): void {
  const sheet = workbook.addWorksheet(SUMMARY_TEXT.overviewSheet, {
    views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 2 }],
    pageSetup: PAGE_SETUP,
  });
  const header = [...SUMMARY_TEXT.columns, ...KEY_FIGURES.map((figure) => figure.label)];
  writeTitle(sheet, SUMMARY_TEXT.title(heading.year, heading.madeAt), header.length);
  // A Chinese character is two width units; two more for the filter button. A label wrapped in a one-line header
  // spilled over the header row in LibreOffice's PDF.
  writeHeader(sheet, header, (text, i) => (i === 0 ? 30 : i === 1 ? 22 : Math.max(9, 2 * text.length + 2)));
  const countedColumn = SUMMARY_TEXT.columns.indexOf(SUMMARY_TEXT.countedColumn) + 1;
  const rows = entries.map((entry) => [
    ...[entry.file, entry.agency ?? "", entry.year ?? "", entry.edition ?? "", entry.status, entry.counted ? "是" : "否"],
    ...[entry.errors, entry.warnings],
    ...KEY_FIGURES.map((figure) => (entry.figures ? entry.figures[figure.label] : null)),
  ]);
  rows.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(FIRST_ROW + r, c + 1).value = value)));
  // 合计: formulas over the rows counted (计入合计 = 是), their results cached so that any reader shows them at once.
  const totalRow = FIRST_ROW + rows.length;
  const last = totalRow - 1;
  sheet.getCell(totalRow, 1).value = SUMMARY_TEXT.total(heading.year);
  const flags = `$${columnLetters(countedColumn)}$${FIRST_ROW}:$${columnLetters(countedColumn)}$${Math.max(FIRST_ROW, last)}`;
  for (let c = countedColumn + 1; c <= header.length; c++) {
    const letters = columnLetters(c);
    const result = rows.reduce((sum, row, r) => sum + (entries[r].counted ? Number(row[c - 1] ?? 0) : 0), 0);
    const formula = `SUMIF(${flags},"是",${letters}${FIRST_ROW}:${letters}${Math.max(FIRST_ROW, last)})`;
    sheet.getCell(totalRow, c).value = { formula, result } as ExcelJS.CellFormulaValue;
  }
  sheet.getRow(totalRow).font = { bold: true };
  sheet.autoFilter = { from: cellAddress(1, HEADER_ROW), to: cellAddress(header.length, Math.max(HEADER_ROW, last)) };
}

/** Where a finding points, as one text: 「sheet」cell, or 「section」「row」行「column」列, or the field. */
const placeOf = (finding: Finding): string => {
  const where = finding.section ?? finding.sheet;
  const inside = finding.cell ?? tablePlace(finding);
  return where ? `「${where}」${inside}` : (finding.field ?? inside);
};

function writeFindings(workbook: ExcelJS.Workbook, entries: readonly SummaryEntry[], heading: SummaryHeading): void {
  const sheet = workbook.addWorksheet(SUMMARY_TEXT.findingsSheet, {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
    pageSetup: PAGE_SETUP,
  });
  writeTitle(sheet, SUMMARY_TEXT.findingsTitle(heading.year, heading.madeAt), SUMMARY_TEXT.findingColumns.length);
  writeHeader(sheet, SUMMARY_TEXT.findingColumns, (_, i) => [30, 22, 8, 16, 26, 40, 80][i]);
  let row = FIRST_ROW;
  for (const entry of entries) {
    for (const finding of entry.findings) {
      const values = [
        entry.file,
        entry.agency ?? "",
        SEVERITY_NAME[finding.severity],
        RULE_NAME[finding.rule],
        finding.code,
        placeOf(finding),
        finding.message,
      ];
      values.forEach((value, c) => (sheet.getCell(row, c + 1).value = value));
      row += 1;
    }
  }
  sheet.autoFilter = {
    from: cellAddress(1, HEADER_ROW),
    to: cellAddress(SUMMARY_TEXT.findingColumns.length, Math.max(HEADER_ROW, row - 1)),
  };
}

/** The summary workbook of a batch: one row per report with its key figures and a 合计 row, and every finding. */
export async function summaryWorkbookBytes(entries: readonly SummaryEntry[], heading: SummaryHeading): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  writeOverview(workbook, entries, heading);
  writeFindings(workbook, entries, heading);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
