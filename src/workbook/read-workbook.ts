import { baseName } from "../values/base-name.js";
import ExcelJS from "exceljs";
import { makeFinding, type Finding } from "../findings/finding.js";
import { inputError } from "../input/classify.js";
import { scanZip, zipRefusal } from "../input/zip-guard.js";
import { FRAGMENT } from "../i18n/ui-text.js";
import { oversizedRange } from "./range-guard.js";
import { storedWorkbook } from "./stored-workbook.js";
import { MAX_SHEET_ROWS, sheetProblem } from "./value-guard.js";
import type { ParagraphSource, ReportSource, SourceEntry } from "../input/source.js";
import { cellAddress, definedNameOf } from "../schema/a1.js";
import { SHEET } from "../schema/sheet-names.js";
import { EDITION_IDS, EDITIONS, isEditionId } from "../schema/editions.js";
import type { EditionDef, FieldDef, FieldId } from "../schema/types.js";
import { describeRaw } from "../values/raw-value.js";
import { definingEquations, isOwnTotal } from "./formulas.js";
import { readCell } from "./cell-value.js";
import { parseReference, type CellRange } from "./ranges.js";

interface NamedRange extends CellRange {
  sheet: string;
}

/**
 * What the reader never looks at (exceljs's documented `ignoreNodes`): validations, formats, views, print and page
 * setup, drawings. Skipping them saves about a quarter of the parse. Cell values and merges are read.
 */
const IGNORED_NODES = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "autoFilter",
  "rowBreaks",
  "hyperlinks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "tableParts",
  "conditionalFormatting",
  "extLst",
];

/**
 * Before exceljs parses anything: the zip's parts counted and sized, their checksums verified, and no defined name
 * or merge over a whole sheet (issue 10). Each would otherwise cost gigabytes, or be read as data. Returns every
 * part, inflated: exceljs is given them as they are (stored-workbook.ts).
 */
async function guardWorkbook(bytes: Buffer, file: string): Promise<ReadonlyMap<string, Buffer>> {
  const scan = await scanZip(bytes, () => true);
  if (!("kept" in scan)) throw zipRefusal(scan, file);
  const sheet = sheetProblem(scan.kept);
  if (sheet?.kind === "rows") throw inputError("input/too-large", file, { detail: FRAGMENT.tooManyRows(sheet.part, MAX_SHEET_ROWS) });
  if (sheet?.kind === "number")
    throw inputError("input/corrupt", file, { detail: FRAGMENT.badNumber(sheet.part, sheet.cell, sheet.value) });
  const oversized = oversizedRange(scan.kept);
  if (oversized)
    throw inputError("input/range-too-large", file, {
      detail:
        oversized.kind === "name" ? FRAGMENT.namedRange(oversized.name, oversized.reference) : FRAGMENT.mergedRange(oversized.reference),
    });
  return scan.kept;
}

/** A workbook, guarded; the sheets named in `unread` are there with their names, but empty. */
export async function loadWorkbook(bytes: Buffer, file: string, unread: readonly string[] = []): Promise<ExcelJS.Workbook> {
  const parts = await guardWorkbook(bytes, file);
  const workbook = new ExcelJS.Workbook();
  try {
    // Stryker disable next-line ObjectLiteral: skipping what is never read only saves time
    await workbook.xlsx.load(storedWorkbook(parts, unread) as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
  } catch {
    // exceljs says what failed in English and in its own terms: the clerk is told the file cannot be read.
    throw inputError("input/corrupt", file, { detail: FRAGMENT.unparsable });
  }
  return workbook;
}

/**
 * Defined names' targets, parsed once per process: every workbook init wrote names the same cells, and a batch reads
 * hundreds of them (300 names each). Bounded, so that hostile workbooks cannot grow it without limit.
 */
const parsedTargets = new Map<string, CellRange | undefined>();
const PARSED_TARGETS_KEPT = 4096;
function parseTarget(reference: string): CellRange | undefined {
  // Stryker disable next-line ConditionalExpression: a cache, no behaviour of its own
  if (!parsedTargets.has(reference)) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a cache, no behaviour of its own
    if (parsedTargets.size >= PARSED_TARGETS_KEPT) parsedTargets.clear();
    parsedTargets.set(reference, parseReference(reference));
  }
  return parsedTargets.get(reference);
}

/** Every defined name of the workbook that points at a range of cells (a deleted cell's name points at #REF!). */
function namedRanges(workbook: ExcelJS.Workbook): Map<string, NamedRange> {
  const names = new Map<string, NamedRange>();
  for (const { name, ranges } of workbook.definedNames.model) {
    const range = ranges.length === 1 ? parseTarget(ranges[0]) : undefined;
    if (range?.sheet) names.set(name, range as NamedRange);
  }
  return names;
}

/** The share of an edition's cells that the workbook names: 1 for a workbook init wrote for that edition. */
const layoutMatch = (edition: EditionDef, names: Map<string, NamedRange>): number =>
  edition.fields.filter((field) => names.has(definedNameOf(field.id))).length / edition.fields.length;

/**
 * The edition to read the workbook by. The 格式版本 cell says which, but its tables say it too: when a clerk
 * changed the cell, the tables win, and one finding says so instead of a missing-cell error per field.
 */
function editionOf(workbook: ExcelJS.Workbook, names: Map<string, NamedRange>, file: string): { edition: EditionDef; findings: Finding[] } {
  const target = names.get(definedNameOf("meta.edition"));
  const sheet = target && workbook.getWorksheet(target.sheet);
  if (!target || !sheet) throw inputError("input/not-standard", file);
  const declared = describeRaw(readCell(sheet.getCell(target.top, target.left)).raw).trim();
  const match = new Map(EDITION_IDS.map((id) => [id, layoutMatch(EDITIONS[id], names)]));
  const layout = EDITION_IDS.reduce((best, id) => (match.get(id)! > match.get(best)! ? id : best));
  if (isEditionId(declared) && match.get(declared)! >= match.get(layout)!) return { edition: EDITIONS[declared], findings: [] };
  if (match.get(layout)! < 1 && !isEditionId(declared))
    throw inputError("input/unknown-edition", file, { actual: declared, expected: EDITION_IDS.join("、") });
  const edition = EDITIONS[layout];
  const location = { sheet: target.sheet, cell: cellAddress(target.left, target.top), field: "meta.edition" };
  return {
    edition,
    findings: [makeFinding("input/edition-changed", location, { actual: declared, expected: edition.id, circular: edition.circular })],
  };
}

function readParagraphRows(sheet: ExcelJS.Worksheet, range: NamedRange, field: FieldDef): ParagraphSource[] {
  const rows: ParagraphSource[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const text = readCell(sheet.getCell(row, range.right)).raw;
    if (text.kind === "blank") continue;
    rows.push({
      level: readCell(sheet.getCell(row, range.left)).raw,
      text,
      location: { sheet: range.sheet, cell: cellAddress(range.right, row), field: field.id },
    });
  }
  return rows;
}

/**
 * A derived cell that still holds our own formula is recomputed from its parts, whatever its cached
 * result says: a workbook filled by a program keeps stale results until Excel recalculates it.
 */
function readField(sheet: ExcelJS.Worksheet, range: NamedRange, field: FieldDef, parts: readonly FieldId[] | undefined): SourceEntry {
  if (field.type === "paragraphs") {
    // A section is pointed at by its first text cell: where the clerk would start typing.
    const location = { sheet: range.sheet, cell: cellAddress(range.right, range.top), field: field.id };
    return { raw: { kind: "blank" }, location, paragraphs: readParagraphRows(sheet, range, field) };
  }
  const location = { sheet: range.sheet, cell: cellAddress(range.left, range.top), field: field.id };
  const reading = readCell(sheet.getCell(range.top, range.left));
  // Recompute a total that holds our formula, any formula without a cached result, or nothing at all.
  const recompute =
    parts !== undefined &&
    (reading.raw.kind === "blank" ||
      reading.raw.kind === "formula" ||
      (reading.formula !== undefined && isOwnTotal(reading.formula, parts)));
  return { raw: recompute ? { kind: "derived" } : reading.raw, location };
}

/** A field whose defined name is gone, or points at a sheet the workbook no longer has. */
interface LostCell {
  field: FieldDef;
  name: string;
  /** The sheet the name still points at, when it points at one. */
  pointsTo?: string;
}

/**
 * Lost cells as findings: one per cell when some were deleted (a row), one per sheet when it lost every cell, which
 * no deletion of rows does: it was renamed, or copied and the original deleted. That one finding says why: the
 * names point at a sheet name the workbook no longer has (renamed, also by scripts: openpyxl keeps the old name in
 * the names), or at nothing (#REF!: the sheet was copied and the original deleted).
 */
function lostCellFindings(lost: readonly LostCell[], workbook: ExcelJS.Workbook, edition: EditionDef): Finding[] {
  const bySheet = new Map<string, LostCell[]>();
  for (const cell of lost) bySheet.set(cell.field.sheet, [...(bySheet.get(cell.field.sheet) ?? []), cell]);
  const expected = new Set(edition.fields.map((field) => field.sheet));
  const strangers = workbook.worksheets
    .map((sheet) => sheet.name)
    .filter((name) => !expected.has(name) && !Object.values(SHEET).includes(name as never));
  return [...bySheet].flatMap(([sheet, cells]): Finding[] => {
    // Several cells at least: a sheet of one cell that lost it is just a lost cell.
    if (cells.length < 2 || cells.length < edition.fields.filter((field) => field.sheet === sheet).length)
      return cells.map(({ field, name }) => makeFinding("input/missing-cell", { sheet, field: field.id }, { label: field.label, name }));
    const pointsTo = cells.find((cell) => cell.pointsTo !== undefined)?.pointsTo;
    const cause =
      pointsTo === undefined
        ? FRAGMENT.namesBroken
        : strangers.length === 1
          ? FRAGMENT.sheetRenamedTo(pointsTo, strangers[0])
          : FRAGMENT.sheetMissing(pointsTo);
    return [
      makeFinding(
        "input/sheet-cells-lost",
        { sheet, related: cells.map(({ field }) => ({ field: field.id })) },
        { actual: cells.length, cause },
      ),
    ];
  });
}

/** Reads a standardized workbook through its defined names only, never through fixed addresses (data-contract.md). */
export async function readWorkbookSource(bytes: Buffer, file: string): Promise<Omit<ReportSource, "sha256">> {
  // The sheets of Excel's own checks hold formulas over the fields, never a field.
  const workbook = await loadWorkbook(bytes, file, [SHEET.checks, SHEET.numbers]);
  const names = namedRanges(workbook);
  const { edition, findings } = editionOf(workbook, names, file);
  const formulas = definingEquations(edition);
  const entries = new Map<FieldId, SourceEntry>();
  const lost: LostCell[] = [];
  for (const field of edition.fields) {
    const name = definedNameOf(field.id);
    const range = names.get(name);
    const sheet = range && workbook.getWorksheet(range.sheet);
    if (!range || !sheet) {
      lost.push({ field, name, pointsTo: range?.sheet });
      entries.set(field.id, { raw: { kind: "missing" }, location: { sheet: field.sheet, field: field.id }, absent: true });
      continue;
    }
    const equation = formulas.get(field.id);
    entries.set(field.id, readField(sheet, range, field, equation?.right));
  }
  findings.push(...lostCellFindings(lost, workbook, edition));
  return { file: baseName(file), kind: "xlsx", edition, entries, findings };
}
