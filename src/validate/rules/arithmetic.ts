import { makeFinding, shortPlace } from "../../findings/finding.js";
import { FRAGMENT } from "../../i18n/ui-text.js";
import type { FindingCode } from "../../i18n/finding-messages.js";
import type { Equation, FieldId } from "../../schema/types.js";
import { defineRule, numberOf, type RuleContext } from "./context.js";

const CODE = {
  R1: "rule/r1-balance",
  R2: "rule/r2-result-total",
  R3: "rule/r3-row-total",
  R4: "rule/r4-group-total",
} as const satisfies Record<Equation["rule"], FindingCode>;

/** What tells a part apart from its total: its column for a row total (自然人), its row for a column total (（一）予以公开). */
function partLabel(context: RuleContext, part: FieldId, total: FieldId): string {
  const partField = context.field(part);
  const totalPosition = context.field(total).position;
  if (!partField.position || !totalPosition) return partField.label;
  return partField.position.row === totalPosition.row ? partField.position.column : partField.position.row;
}

/** "自然人 30 + 商业企业 7": the non-zero parts that were summed, as rules.md asks R2/R3 messages to say. */
function describeParts(context: RuleContext, parts: FieldId[], total: FieldId): string {
  const nonZero = parts.filter((id) => numberOf(context, id) !== 0);
  if (nonZero.length === 0) return FRAGMENT.allPartsZero;
  return nonZero.map((id) => `${partLabel(context, id, total)} ${numberOf(context, id)}`).join(" + ");
}

const sum = (context: RuleContext, ids: FieldId[]): number | undefined => {
  const values = ids.map((id) => numberOf(context, id));
  return values.every((v) => v !== undefined) ? (values as number[]).reduce((a, b) => a + b, 0) : undefined;
};

/** "一（D5）+ 二（D6）= 8": one side of the R1 balance with the cells involved. */
function describeSide(context: RuleContext, ids: FieldId[], total: number): string {
  const cells = ids.map((id) => shortPlace(context.locate(id)) ?? id).join("、");
  return FRAGMENT.sideWithCells(total, cells);
}

/** The finding points at the equation's first cell and names every other cell it involves. */
function locateEquation(context: RuleContext, equation: Equation) {
  const [target, ...others] = [...equation.left, ...equation.right];
  return { ...context.locate(target), related: others.map(context.locate) };
}

function checkEquation(context: RuleContext, equation: Equation) {
  const left = sum(context, equation.left);
  const right = sum(context, equation.right);
  // A part that could not be read has its own finding already; a sum over it would only add noise.
  if (left === undefined || right === undefined || left === right) return undefined;
  const location = locateEquation(context, equation);
  if (equation.rule === "R1") {
    return makeFinding(CODE.R1, location, {
      column: equation.subject,
      left: describeSide(context, equation.left, left),
      right: describeSide(context, equation.right, right),
      expected: left,
      actual: right,
    });
  }
  const target = equation.left[0];
  return makeFinding(CODE[equation.rule], location, {
    label: context.field(target).label,
    expected: right,
    actual: left,
    parts: describeParts(context, equation.right, target),
  });
}

/** The 勾稽关系 of tables 三 and 四 (rules.md R1–R4), checked from the edition's equations. */
export const checkArithmetic = defineRule(Object.values(CODE), (context) =>
  context.edition.equations.map((equation) => checkEquation(context, equation)).filter((f) => f !== undefined),
);
