import { definedNameOf } from "../schema/a1.js";
import type { EditionDef, Equation, FieldId } from "../schema/types.js";
import { FORGIVEN } from "../values/number.js";

/**
 * Formulas address cells by defined name, not by A1 reference, so that they read the same after a
 * clerk inserts rows: the reader can then recognise our own formula by its text.
 */

/** The defined name of a hidden cell that holds a field's value as a number, read the way `check` reads it. */
export const numberName = (id: FieldId): string => `n_${definedNameOf(id)}`;

/**
 * A cell's value as `check` reads it (rules.md V2, V3): a number as it is, text with full-width digits,
 * spaces, thousands separators, a unit of count or 增/减 as the number it writes, a blank as 0. SUM alone
 * skips text, so the live checks disagreed with check on "１２" typed as text. ASC turns full-width
 * characters half-width in Excel, WPS and LibreOffice alike. Text check refuses reads as 0 here: check
 * reports it as an error of its own.
 */
export function numberFormula(id: FieldId): string {
  const cell = definedNameOf(id);
  const replacements: [string, string][] = [
    [" ", ""],
    [",", ""],
    [FORGIVEN.increase, ""],
    [FORGIVEN.decrease, "-"],
    ...FORGIVEN.minus.map((dash): [string, string] => [dash, "-"]),
    ...FORGIVEN.units.map((unit): [string, string] => [unit, ""]),
  ];
  const normalised = replacements.reduce((text, [from, to]) => `SUBSTITUTE(${text},"${from}","${to}")`, `ASC(${cell})`);
  return `IF(ISNUMBER(${cell}),${cell},IFERROR(VALUE(${normalised}),0))`;
}

/** A total: the sum of its parts' numbers. */
export const sumFormula = (ids: readonly FieldId[]): string => `SUM(${ids.map(numberName).join(",")})`;

/** Workbooks written before the number cells existed summed the parts' cells themselves: still our own total. */
const legacySumFormula = (ids: readonly FieldId[]): string => `SUM(${ids.map(definedNameOf).join(",")})`;

/** The equation that defines each derived field (its formula is the sum of the right-hand side). */
export function definingEquations(edition: EditionDef): ReadonlyMap<FieldId, Equation> {
  return new Map(edition.equations.filter((eq) => eq.defines).map((eq) => [eq.left[0], eq]));
}

const canonical = (formula: string): string => formula.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();

/** Whether a cell's formula is the total init wrote for these parts (in this version or an earlier one). */
export const isOwnTotal = (formula: string, parts: readonly FieldId[]): boolean =>
  [sumFormula(parts), legacySumFormula(parts)].some((own) => canonical(formula) === canonical(own));

/** The live pass/fail formula of the 校验 sheet for one equation. */
export const checkFormula = (equation: Equation, passed: string, failed: string): string =>
  `IF(${sumFormula(equation.left)}=${sumFormula(equation.right)},"${passed}","${failed}")`;
