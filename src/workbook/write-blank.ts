import ExcelJS from "exceljs";
import { definedNameOf } from "../schema/a1.js";
import { PARAGRAPH_LEVELS } from "../schema/narrative.js";
import { SHEET } from "../schema/sheet-names.js";
import { FIELD_KINDS, type ExcelRule } from "../schema/kinds.js";
import { textForYear, type EditionDef, type FieldDef, type SheetLayout } from "../schema/types.js";
import { WORKBOOK_TEXT } from "../i18n/ui-text.js";
import { definingEquations, sumFormula } from "./formulas.js";
import { writeLiveChecks } from "./live-checks.js";
import { absoluteReference, parseRange, quoteSheet } from "./ranges.js";
import { STYLE, applyStyle } from "./styles.js";

export interface BlankWorkbookOptions {
  agency: string;
  year: number;
}

// Clerks may resize and insert note rows; everything else stays as the official table has it.
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
};

const decimalRule = (cell: string, places: number) => `AND(ISNUMBER(${cell}),${cell}>=0,ROUND(${cell},${places})=${cell})`;

/** Excel's input rule for a kind (schema/kinds.ts); Excel's "decimal" cannot bound the places, a custom rule does. */
function excelValidation(rule: ExcelRule, cell: string): Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae"> | undefined {
  if (!rule) return undefined;
  if (rule.type === "whole") return { type: "whole", operator: "between", formulae: [rule.min, rule.max] };
  return { type: "custom", formulae: [decimalRule(cell, rule.places)] };
}

function paintLabels(sheet: ExcelJS.Worksheet, layout: SheetLayout, year: number): void {
  layout.widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  for (const [row, height] of Object.entries(layout.rowHeights ?? {})) sheet.getRow(Number(row)).height = height;
  for (const label of layout.labels) {
    if (label.range.includes(":")) sheet.mergeCells(label.range);
    const cell = sheet.getCell(label.range.split(":")[0]);
    cell.value = textForYear(label.text, year);
    applyStyle(cell, STYLE[label.role]);
  }
  for (const range of layout.merges) sheet.mergeCells(range);
}

function addValidation(cell: ExcelJS.Cell, field: FieldDef, year: number): void {
  const rule = excelValidation(FIELD_KINDS[field.type].excel, cell.address);
  const text = WORKBOOK_TEXT.prompt(field.type);
  if (!rule || !text) return;
  cell.dataValidation = {
    ...rule,
    allowBlank: true,
    showInputMessage: true,
    promptTitle: WORKBOOK_TEXT.promptTitle,
    prompt: field.hint ? `${textForYear(field.hint, year)}。${text.prompt}` : text.prompt,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: WORKBOOK_TEXT.errorTitle,
    error: text.error,
  };
}

function writeParagraphRows(sheet: ExcelJS.Worksheet, field: FieldDef): void {
  const range = parseRange(field.cell);
  const levelList = `"${PARAGRAPH_LEVELS.map((l) => l.label).join(",")}"`;
  for (let row = range.top; row <= range.bottom; row++) {
    const level = sheet.getCell(row, range.left);
    applyStyle(level, STYLE.input, false);
    level.dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [levelList],
      showInputMessage: true,
      promptTitle: WORKBOOK_TEXT.promptTitle,
      prompt: WORKBOOK_TEXT.levelPrompt,
    };
    applyStyle(sheet.getCell(row, range.right), STYLE.textInput, false);
  }
}

function writeField(
  sheet: ExcelJS.Worksheet,
  field: FieldDef,
  edition: EditionDef,
  options: BlankWorkbookOptions,
  formulas: ReturnType<typeof definingEquations>,
): void {
  const kind = FIELD_KINDS[field.type];
  if (kind.cell === "paragraphs") return writeParagraphRows(sheet, field);
  const cell = sheet.getCell(field.cell);
  const equation = formulas.get(field.id);
  if (equation) {
    cell.value = { formula: sumFormula(equation.right), result: 0 } as ExcelJS.CellFormulaValue;
    applyStyle(cell, STYLE.derived);
    return;
  }
  const prefilled: Record<string, string | number> = {
    "meta.edition": edition.id,
    "meta.agency": options.agency,
    "meta.year": options.year,
  };
  if (field.id in prefilled) cell.value = prefilled[field.id];
  if (kind.cell === "fixed") return applyStyle(cell, STYLE.fixed); // written by the tool, not typed (data-contract.md)
  applyStyle(cell, kind.cell === "number" ? STYLE.input : STYLE.textInput, false);
  if (kind.numFmt) cell.numFmt = kind.numFmt;
  addValidation(cell, field, options.year);
}

function writeGuide(workbook: ExcelJS.Workbook, edition: EditionDef, options: BlankWorkbookOptions): void {
  const sheet = workbook.addWorksheet(SHEET.guide);
  sheet.getColumn(1).width = 110;
  WORKBOOK_TEXT.guide({ ...options, edition: edition.id, circular: edition.circular }).forEach((line, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = line;
    applyStyle(cell, index === 0 ? STYLE.title : STYLE.rowLabel);
    sheet.getRow(index + 1).height = index === 0 ? 28 : 36;
  });
}

/** A blank standardized workbook for one edition, derived entirely from the edition definition. */
export function buildBlankWorkbook(edition: EditionDef, options: BlankWorkbookOptions): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "nianbao";
  workbook.calcProperties.fullCalcOnLoad = true;
  writeGuide(workbook, edition, options);
  const formulas = definingEquations(edition);
  for (const layout of edition.sheets) {
    const sheet = workbook.addWorksheet(layout.name);
    paintLabels(sheet, layout, options.year);
    for (const field of edition.fields.filter((f) => f.sheet === layout.name)) {
      writeField(sheet, field, edition, options, formulas);
      workbook.definedNames.add(`${quoteSheet(layout.name)}!${absoluteReference(parseRange(field.cell))}`, definedNameOf(field.id));
    }
  }
  writeLiveChecks(workbook, edition);
  for (const sheet of workbook.worksheets) {
    // A4 landscape, one page wide: the clerk can print a sheet to compare it with last year's report.
    sheet.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    void sheet.protect("", PROTECTION);
  }
  return workbook;
}
