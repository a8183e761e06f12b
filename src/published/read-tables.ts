/**
 * The official tables 二, 三 and 四 found in a published report's tables and mapped, cell by cell, to the fields of
 * the data contract: rows by their labels (renumbered, misspelt or cut short, they still match, with a warning),
 * value columns by their position under the official header. Each value keeps where it was printed.
 */
import { makeFinding, type Finding, type Location } from "../findings/finding.js";
import type { SourceEntry } from "../input/source.js";
import { cellsCovering } from "../document/grid.js";
import type { DocumentTable, PlacedCell } from "../document/types.js";
import { tableField } from "../schema/cells.js";
import { REQUEST_COLUMNS } from "../schema/requests.js";
import { REVIEW_GROUPS, REVIEW_OUTCOMES } from "../schema/review.js";
import { SHEET } from "../schema/sheet-names.js";
import type { ActiveBlockDef, EditionDef, FieldId, RequestRowDef } from "../schema/types.js";
import { readCellText } from "./cell-text.js";
import { assignToSlots, leafHeaders, slotOf, type ColumnSlot, type Straddle } from "./header-columns.js";
import { bestMatch, compact, core, wording } from "./labels.js";

export interface TableReading {
  entries: Map<FieldId, SourceEntry>;
  findings: Finding[];
}

const HOW = { dash: "表示没有", note: "数字后有说明文字", yuan: "单位为元，已换算为万元" } as const;

/** One printed value cell → the field's entry, with a note finding when it was not a plain figure. */
function readValue(reading: TableReading, id: FieldId, label: string, text: string, location: Location, inWan = false): void {
  const cell = readCellText(text, inWan);
  reading.entries.set(id, { raw: cell.raw, location });
  if (cell.note)
    reading.findings.push(
      makeFinding("document/cell-read", location, { label, actual: text.trim(), expected: cell.value, how: HOW[cell.note] }),
    );
}

/** A printed label that says something else than the official one: a warning, the row still read as the official one. */
function checkWording(reading: TableReading, printed: string, official: string, location: Location): void {
  if (wording(printed) !== wording(official))
    reading.findings.push(makeFinding("document/label-deviates", location, { actual: compact(printed), expected: official }));
}

const hasNumber = (text: string) => /\d/.test(text) || /^[-—–－―/／]+$/u.test(compact(text));

// ---------------------------------------------------------------- table 三

const rowLabel = (row: RequestRowDef) => [row.subgroup, row.label].filter(Boolean).join("");
/** （六）其他处理 printed as one row, as the 2019 edition has it; an edition that splits it reads it into its last row. */
const ONE_ROW_OTHER_HANDLING: RequestRowDef = { key: "otherHandling", label: "（六）其他处理", result: true };
const splitRows = (edition: EditionDef, group: RequestRowDef) => edition.tables.requestRows.filter((row) => row.subgroup === group.label);
const COLUMN_LABELS = REQUEST_COLUMNS.map((column) => column.label);

/** The header's 自然人 cell, over the first of the 7 value columns, when the header names it. */
const naturalCellOf = (table: DocumentTable): PlacedCell | undefined => table.cells.find((c) => compact(c.text) === "自然人");

/** Whether a table row starts with a printed row label left of `valuesStart`: the first such row below the header ends it. */
const startsLabelledRow = (table: DocumentTable, row: number, valuesStart: number): boolean =>
  table.cells.some((c) => c.row === row && c.column < valuesStart && core(c.text) !== "");

/**
 * Table 三's 7 value columns as the header draws them: its leaf cells (自然人, 商业企业 … 其他, 总计) with their grid
 * columns. Leaves are taken in order when there are 7, by their labels otherwise. Their wording is checked.
 */
function requestHeaderSlots(table: DocumentTable, natural: PlacedCell, reading: TableReading): (ColumnSlot | undefined)[] {
  let bodyStart = natural.row + 1;
  while (bodyStart < table.rowCount && !startsLabelledRow(table, bodyStart, natural.column)) bodyStart += 1;
  const leaves = leafHeaders(table.cells.filter((c) => c.row < bodyStart && c.column + c.columns > natural.column));
  const slots =
    leaves.length === REQUEST_COLUMNS.length
      ? leaves
      : REQUEST_COLUMNS.map((column) => leaves.find((leaf) => bestMatch(leaf.text, [column.label], (label) => label)));
  slots.forEach((leaf, i) => {
    const official = REQUEST_COLUMNS[i].label;
    if (leaf) checkWording(reading, leaf.text, official, { section: SHEET.requests, column: official });
  });
  return slots.map((leaf) => leaf && slotOf(leaf));
}

/** A printed figure under two headers: which column it is cannot be told, so it is not read (the cells stay blank). */
function reportStraddles(
  reading: TableReading,
  straddles: readonly Straddle[],
  rowLabel: string,
  columnLabels: readonly string[],
  locate: (slots: readonly number[]) => Location,
): void {
  for (const { cell, slots } of straddles)
    reading.findings.push(
      makeFinding("document/cell-read", locate(slots), {
        label: [rowLabel, slots.map((i) => columnLabels[i]).join("、")].filter(Boolean).join(" · "),
        actual: cell.text.trim(),
        how:
          slots.length > 1
            ? `跨在${slots.map((i) => `“${columnLabels[i]}”`).join("")}${slots.length}列之下，无法确定属于哪一列`
            : "与同一列的另一个数字印在一起，无法确定哪个是该列的数",
      }),
    );
}

/** Rows of an official table the document does not print: one finding for the table, each row read as 0. */
function reportMissingRows(reading: TableReading, section: string, labels: readonly string[]): void {
  if (labels.length === 0) return;
  const SHOWN = 3;
  const shown = labels
    .slice(0, SHOWN)
    .map((label) => `“${label}”`)
    .join("、");
  const rows = labels.length === 1 ? "这一行" : labels.length > SHOWN ? `等 ${labels.length} 行` : `这 ${labels.length} 行`;
  reading.findings.push(makeFinding("document/row-missing", { section }, { label: `${shown}${rows}` }));
}

/** The PDF page a cell is printed on, as a location has it; nothing for a Word document or a web page. */
const pageOf = (cell: PlacedCell | undefined): { page?: number } => (cell?.page ? { page: cell.page } : {});

/** Table 三: one row per result, its 7 applicant columns. */
export function readRequestsTables(tables: readonly DocumentTable[], edition: EditionDef, reading: TableReading): void {
  const section = SHEET.requests;
  const rows = edition.tables.requestRows;
  const otherHandlingRows = splitRows(edition, ONE_ROW_OTHER_HANDLING);
  const candidates: RequestRowDef[] = otherHandlingRows.length > 1 ? [...rows, ONE_ROW_OTHER_HANDLING] : [...rows];
  const field = (row: string, column: string) => tableField(edition, "requests", row, column);
  const found = new Set<string>();
  // A table continued without its header (split over pages) keeps the columns of the header before it.
  let lastSlots: (ColumnSlot | undefined)[] | undefined;
  for (const table of tables) {
    const natural = naturalCellOf(table);
    // Without 自然人 in the header, the value columns are the last 7, as the official layout ends.
    const fallback = Array.from({ length: REQUEST_COLUMNS.length }, (_, i) => {
      const start = Math.max(0, table.columnCount - REQUEST_COLUMNS.length) + i;
      return { start, end: start + 1, text: "" };
    });
    const slots = natural
      ? requestHeaderSlots(table, natural, reading)
      : lastSlots && lastSlots.at(-1)!.end <= table.columnCount
        ? lastSlots
        : fallback;
    lastSlots = slots;
    const first = Math.min(...slots.map((slot) => slot?.start ?? Infinity));
    for (let r = 0; r < table.rowCount; r++) {
      const covering = cellsCovering(table, r);
      const labels = covering.filter((c) => c.column < first);
      // The last label that says something: a row may print its label across two cells, the second left empty
      // (（七）总计 in a PDF whose rules part the label columns in every row).
      const leaf = labels.filter((c) => core(c.text) !== "").at(-1);
      if (!leaf) continue;
      // Header rows need no test of their own: their label (the 勾稽 note) matches no official row.
      // A generic leaf (3.其他) is told apart by its group: 其他处理's 3.其他 is not a column header 其他.
      const context = labels.map((c) => c.text).join("");
      const match = bestMatch(leaf.text, candidates, (row) => row.label);
      const row =
        match && (match.match.subgroup === undefined || core(context).includes(core(match.match.subgroup)) || match.score === 1)
          ? match.match
          : undefined;
      const printed = labels
        .map((c) => c.text.replace(/\s+/g, ""))
        .filter((t, i, all) => all.indexOf(t) === i)
        .join("");
      const location = { section, row: leaf.text.replace(/\s+/g, ""), ...pageOf(leaf) };
      const valueCells = covering.filter((c) => c.column >= first);
      if (!row) {
        if (valueCells.some((c) => hasNumber(c.text) && compact(c.text) !== "0"))
          reading.findings.push(makeFinding("document/row-unknown", location, { actual: printed }));
        continue;
      }
      let key = row.key;
      if (row === ONE_ROW_OTHER_HANDLING) {
        const last = otherHandlingRows.at(-1)!;
        reading.findings.push(
          makeFinding("document/other-handling-one-row", location, {
            edition: edition.id,
            rows: otherHandlingRows.length,
            last: last.label,
          }),
        );
        key = last.key;
        // Its other rows were not printed: they are 0, and the warning above says why.
        for (const other of otherHandlingRows.slice(0, -1).map((r) => r.key)) {
          found.add(other);
          for (const column of REQUEST_COLUMNS)
            reading.entries.set(field(other, column.key), {
              raw: { kind: "number", value: 0 },
              location: { ...location, column: column.label },
            });
        }
      } else checkWording(reading, leaf.text, row.label, location);
      if (found.has(key)) continue;
      found.add(key);
      const placed = assignToSlots(
        valueCells,
        slots.map((slot) => slot ?? { start: -1, end: -1, text: "" }),
      );
      reportStraddles(reading, placed.straddles, rowLabel(row), COLUMN_LABELS, () => location);
      REQUEST_COLUMNS.forEach((column, i) => {
        readValue(reading, field(key, column.key), `${rowLabel(row)} · ${column.label}`, placed.cells[i]?.text ?? "", {
          ...location,
          column: column.label,
        });
      });
    }
  }
  const missing = rows.filter((row) => !found.has(row.key));
  reportMissingRows(reading, section, missing.map(rowLabel));
  for (const row of missing) {
    for (const column of REQUEST_COLUMNS)
      reading.entries.set(field(row.key, column.key), {
        raw: { kind: "number", value: 0 },
        location: { section, row: row.label, column: column.label },
        absent: true,
      });
  }
}

// ---------------------------------------------------------------- table 四

const REVIEW_LABELS = REVIEW_GROUPS.flatMap((group, g) =>
  REVIEW_OUTCOMES.map((outcome) => ({ group: g === 0 ? group.label : `行政诉讼 ${group.label}`, outcome: outcome.label })),
);

/**
 * Table 四's 15 value columns: the header's leaf cells from 行政复议 on, when it draws 15 of them; otherwise the last
 * 15 grid columns, in the official order of groups and outcomes.
 */
function reviewSlots(table: DocumentTable, dataRow: number): ColumnSlot[] {
  const review = table.cells.find((c) => c.row < dataRow && core(c.text) === "行政复议");
  const leaves = review ? leafHeaders(table.cells.filter((c) => c.row < dataRow && c.column + c.columns > review.column)) : [];
  if (leaves.length === REVIEW_LABELS.length) return leaves.map(slotOf);
  const first = Math.max(0, table.columnCount - REVIEW_LABELS.length);
  return REVIEW_LABELS.map((_, i) => ({ start: first + i, end: first + i + 1, text: "" }));
}

/** Table 四: the last row that holds figures, each under its header cell. */
export function readReviewTable(table: DocumentTable, edition: EditionDef, reading: TableReading): void {
  const section = SHEET.review;
  const review = table.cells.find((c) => core(c.text) === "行政复议");
  const valuesStart = review ? review.column : Math.max(0, table.columnCount - REVIEW_LABELS.length);
  let dataRow = -1;
  for (let r = table.rowCount - 1; r >= 0 && dataRow < 0; r--) {
    // The row of figures: a note under the table (注：数据截至12月31日) has digits too, but is not a figure.
    const readings = cellsCovering(table, r)
      .filter((c) => c.row === r && c.column + c.columns > valuesStart)
      .map((c) => readCellText(c.text).raw.kind);
    if (readings.includes("number") && readings.every((kind) => kind === "number" || kind === "blank")) dataRow = r;
  }
  const placed =
    dataRow < 0
      ? { cells: [], straddles: [] }
      : assignToSlots(
          cellsCovering(table, dataRow).filter((c) => c.column + c.columns > valuesStart),
          reviewSlots(table, dataRow),
        );
  const labels = REVIEW_LABELS.map(({ group, outcome }) => `${group} · ${outcome}`);
  reportStraddles(reading, placed.straddles, "", labels, ([i]) => ({ section, row: REVIEW_LABELS[i].group }));
  REVIEW_GROUPS.forEach((group, g) =>
    REVIEW_OUTCOMES.forEach((outcome, o) => {
      const i = g * REVIEW_OUTCOMES.length + o;
      const { group: groupLabel } = REVIEW_LABELS[i];
      readValue(reading, tableField(edition, "review", group.key, outcome.key), labels[i], placed.cells[i]?.text ?? "", {
        section,
        row: groupLabel,
        column: outcome.label,
        ...pageOf(placed.cells[i]),
      });
    }),
  );
}

// ---------------------------------------------------------------- table 二

const CLAUSE = /第二十条第\(([一二三四五六七八九十]+)\)项/u;

/** Section 二: stacked blocks, each opened by its clause row (第二十条第（一）项), then 信息内容 and its rows. */
export function readActiveTables(tables: readonly DocumentTable[], edition: EditionDef, reading: TableReading): void {
  const section = SHEET.active;
  const blocks = edition.tables.active;
  let block: ActiveBlockDef | undefined;
  /** The current block's column headers (信息内容's row), by grid position. */
  let headerSlots: ColumnSlot[] | undefined;
  const found = new Set<string>();
  for (const table of tables) {
    for (let r = 0; r < table.rowCount; r++) {
      const own = cellsCovering(table, r);
      if (own.length === 0) continue;
      const clause = CLAUSE.exec(compact(own.map((c) => c.text).join("")));
      if (clause) {
        block = blocks.find((b) => b.clause.includes(`（${clause[1]}）`));
        headerSlots = undefined;
        continue;
      }
      const [labelCell, ...valueCells] = own;
      if (core(labelCell.text) === "信息内容") {
        const headers = valueCells.filter((c) => compact(c.text) !== "");
        headerSlots = headers.map(slotOf);
        if (block)
          block.columns.forEach((column, i) => {
            const printed = headers[i]?.text;
            if (printed !== undefined)
              checkWording(reading, printed, column.label, { section, row: block!.clause, column: compact(printed) });
          });
        continue;
      }
      const pool = block ? [block] : blocks;
      const candidates = pool.flatMap((b) => b.rows.map((row) => ({ block: b, row })));
      const match = bestMatch(labelCell.text, candidates, (c) => c.row.label);
      if (!match) {
        if (valueCells.some((c) => hasNumber(c.text) && compact(c.text) !== "0"))
          reading.findings.push(
            makeFinding("document/row-unknown", { section, row: compact(labelCell.text) }, { actual: compact(labelCell.text) }),
          );
        continue;
      }
      const { block: owner, row } = match.match;
      const location = { section, row: `${owner.clause} ${row.label}`, ...pageOf(labelCell) };
      checkWording(reading, labelCell.text, row.label, location);
      // Under the block's own headers by grid position; in order when the block printed none.
      const slots = owner === block && headerSlots?.length === owner.columns.length ? headerSlots : undefined;
      const placed = slots ? assignToSlots(valueCells, slots) : { cells: valueCells, straddles: [] };
      const columnLabels = owner.columns.map((column) => column.label);
      reportStraddles(reading, placed.straddles, `${owner.clause} ${row.label}`, columnLabels, () => location);
      owner.columns.forEach((column, i) => {
        const id = tableField(edition, "active", row.key, column.key);
        if (found.has(id)) return;
        found.add(id);
        readValue(
          reading,
          id,
          `${owner.clause} ${row.label} · ${column.label}`,
          placed.cells[i]?.text ?? "",
          { ...location, column: column.label },
          column.type === "amount",
        );
      });
    }
  }
  const missing = edition.fields.filter((f) => f.table === "active" && !found.has(f.id));
  reportMissingRows(reading, section, [...new Set(missing.map((field) => field.position?.row ?? field.label))]);
  for (const field of missing) {
    reading.entries.set(field.id, {
      raw: { kind: "number", value: 0 },
      location: { section, row: field.position?.row, column: field.position?.column },
      absent: true,
    });
  }
}

/** Which official table a document table is, by the labels it prints; undefined for any other table. */
export function tableKind(table: DocumentTable): "active" | "requests" | "review" | undefined {
  const text = compact(table.cells.map((c) => c.text).join("|"));
  if (text.includes("自然人") || /本年新收|予以公开|不予处理|结转下年度/.test(text)) return "requests";
  if (text.includes("行政复议") && /结果维持|尚未审结|结果纠正/.test(text)) return "review";
  if (/第二十条|信息内容/.test(text)) return "active";
  return undefined;
}
