import type ExcelJS from "exceljs";
import { fieldIndex } from "../schema/editions.js";
import { SHEET } from "../schema/sheet-names.js";
import type { EditionDef, FieldId } from "../schema/types.js";
import { WORKBOOK_TEXT } from "../i18n/ui-text.js";
import { checkFormula, numberFormula, numberName } from "./formulas.js";
import { absoluteReference, quoteSheet } from "./ranges.js";
import { STYLE, applyStyle } from "./styles.js";

/**
 * The hidden 数值 sheet: one cell per value the 勾稽关系 involve, holding it as a number read the way `check`
 * reads it. Totals and the 校验 sheet sum these cells, so that they agree with check on "１２" or "1,823"
 * typed as text, which SUM alone skips.
 */
function writeNumbers(workbook: ExcelJS.Workbook, edition: EditionDef): void {
  const sheet = workbook.addWorksheet(SHEET.numbers, { state: "veryHidden" });
  [60, 12].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  const fields = fieldIndex(edition);
  const ids = [...new Set<FieldId>(edition.equations.flatMap((equation) => [...equation.left, ...equation.right]))];
  ids.forEach((id, index) => {
    const row = index + 1;
    sheet.getCell(row, 1).value = fields.get(id)?.label ?? id;
    sheet.getCell(row, 2).value = { formula: numberFormula(id), result: 0 } as ExcelJS.CellFormulaValue;
    workbook.definedNames.add(
      `${quoteSheet(SHEET.numbers)}!${absoluteReference({ top: row, left: 2, bottom: row, right: 2 })}`,
      numberName(id),
    );
  });
}

/** The 校验 sheet: each 勾稽关系 of rules.md R1–R4 shows 通过 / 不通过 live, by Excel formulas. */
function writeChecks(workbook: ExcelJS.Workbook, edition: EditionDef): void {
  const sheet = workbook.addWorksheet(SHEET.checks);
  [10, 70, 12].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  sheet.mergeCells("A1:C1");
  sheet.getCell("A1").value = WORKBOOK_TEXT.checksTitle;
  applyStyle(sheet.getCell("A1"), STYLE.title);
  const first = 4;
  const last = first + edition.equations.length - 1;
  const failures = `COUNTIF(C${first}:C${last},"${WORKBOOK_TEXT.failed}")`;
  sheet.getCell("A2").value = WORKBOOK_TEXT.summaryLabel;
  sheet.mergeCells("B2:C2");
  sheet.getCell("B2").value = {
    formula: `IF(${failures}=0,"${WORKBOOK_TEXT.allPassed}",${WORKBOOK_TEXT.someFailed(failures)})`,
    result: WORKBOOK_TEXT.allPassed,
  } as ExcelJS.CellFormulaValue;
  applyStyle(sheet.getCell("A2"), STYLE.header);
  applyStyle(sheet.getCell("B2"), STYLE.derived);
  WORKBOOK_TEXT.checksHeader.forEach((text, index) => {
    const cell = sheet.getCell(3, index + 1);
    cell.value = text;
    applyStyle(cell, STYLE.header);
  });
  edition.equations.forEach((equation, index) => {
    const row = first + index;
    sheet.getCell(row, 1).value = equation.rule;
    sheet.getCell(row, 2).value = WORKBOOK_TEXT.describeEquation(equation);
    sheet.getCell(row, 3).value = {
      formula: checkFormula(equation, WORKBOOK_TEXT.passed, WORKBOOK_TEXT.failed),
      result: WORKBOOK_TEXT.passed,
    } as ExcelJS.CellFormulaValue;
    [1, 2].forEach((column) => applyStyle(sheet.getCell(row, column), STYLE.rowLabel));
    applyStyle(sheet.getCell(row, 3), STYLE.derived);
  });
  const fill = (fill: ExcelJS.Fill, text: string) => ({
    type: "containsText" as const,
    operator: "containsText" as const,
    text,
    priority: 1,
    style: { fill },
  });
  sheet.addConditionalFormatting({
    ref: `B2:C${last}`,
    rules: [fill(STYLE.failFill, WORKBOOK_TEXT.failed), { ...fill(STYLE.passFill, WORKBOOK_TEXT.passed), priority: 2 }],
  });
}

/** The workbook's live checks: the 校验 sheet and the hidden number cells its formulas (and the totals) read. */
export function writeLiveChecks(workbook: ExcelJS.Workbook, edition: EditionDef): void {
  writeChecks(workbook, edition);
  writeNumbers(workbook, edition);
}
