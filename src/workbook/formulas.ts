import { definedNameOf } from "../schema/a1.js";
import type { EditionDef, Equation, FieldId } from "../schema/types.js";

/**
 * Formulas address cells by defined name, not by A1 reference, so that they read the same after a
 * clerk inserts rows: the reader can then recognise our own formula by its text.
 */
export const sumFormula = (ids: readonly FieldId[]): string => `SUM(${ids.map(definedNameOf).join(",")})`;

/** The equation that defines each derived field (its formula is the sum of the right-hand side). */
export function definingEquations(edition: EditionDef): ReadonlyMap<FieldId, Equation> {
  return new Map(edition.equations.filter((eq) => eq.defines).map((eq) => [eq.left[0], eq]));
}

const canonical = (formula: string): string => formula.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();

export const isSameFormula = (a: string, b: string): boolean => canonical(a) === canonical(b);

/** The live pass/fail formula of the 校验 sheet for one equation. */
export const checkFormula = (equation: Equation, passed: string, failed: string): string =>
  `IF(${sumFormula(equation.left)}=${sumFormula(equation.right)},"${passed}","${failed}")`;
