/**
 * The official tables 二, 三 and 四 found in a published report's tables and mapped, cell by cell, to the fields of
 * the data contract: rows by their labels (renumbered, misspelt or cut short, they still match, with a warning),
 * value columns by their position under the official header. Each value keeps where it was printed.
 */
import { makeFinding, type Finding, type Location } from "../findings/finding.js";
import type { SourceEntry } from "../input/source.js";
import { cellAt, cellsCovering } from "../document/grid.js";
import type { DocumentTable, PlacedCell } from "../document/types.js";
import { REQUEST_COLUMNS } from "../schema/requests.js";
import { REVIEW_GROUPS, REVIEW_OUTCOMES } from "../schema/review.js";
import { SHEET } from "../schema/sheet-names.js";
import type { ActiveBlockDef, EditionDef, FieldId, RequestRowDef } from "../schema/types.js";
import { readCellText } from "./cell-text.js";
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
const ONE_ROW_OTHER_HANDLING: RequestRowDef = { key: "otherHandling", label: "（六）其他处理", result: true };

/** The header's 自然人 cell, over the first of the 7 value columns, when the header names it. */
const naturalCellOf = (table: DocumentTable): PlacedCell | undefined => table.cells.find((c) => compact(c.text) === "自然人");

/** The header's single-column labels over the value columns, against the official column labels (自然人 … 总计). */
function checkRequestHeader(table: DocumentTable, natural: PlacedCell, reading: TableReading): void {
  const first = natural.column;
  // The header ends one row below 自然人 (under 法人或其他组织): whatever one value column's cell says there is its label.
  for (const cell of table.cells) {
    const index = cell.column - first;
    if (cell.row > natural.row + 1 || index < 0 || index >= REQUEST_COLUMNS.length || cell.columns !== 1 || core(cell.text) === "")
      continue;
    const official = REQUEST_COLUMNS[index].label;
    checkWording(reading, cell.text, official, { section: SHEET.requests, column: official });
  }
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

/** Table 三: one row per result, its 7 applicant columns. */
export function readRequestsTables(tables: readonly DocumentTable[], edition: EditionDef, reading: TableReading): void {
  const section = SHEET.requests;
  const rows = edition.tables.requestRows;
  const candidates: RequestRowDef[] = edition.id === "2021" ? [...rows, ONE_ROW_OTHER_HANDLING] : [...rows];
  const found = new Set<string>();
  for (const table of tables) {
    const natural = naturalCellOf(table);
    // Without 自然人 in the header, the value columns are the last 7, as the official layout ends.
    const first = natural ? natural.column : Math.max(0, table.columnCount - REQUEST_COLUMNS.length);
    if (natural) checkRequestHeader(table, natural, reading);
    for (let r = 0; r < table.rowCount; r++) {
      const labels = cellsCovering(table, r).filter((c) => c.column < first);
      const leaf = labels.at(-1);
      if (!leaf || labels.every((c) => core(c.text) === "")) continue;
      // Header rows need no test of their own: their label (the 勾稽 note) matches no official row.
      const values = REQUEST_COLUMNS.map((_, i) => cellAt(table, r, first + i));
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
      const location = { section, row: leaf.text.replace(/\s+/g, "") };
      if (!row) {
        if (values.some((c) => c && hasNumber(c.text) && compact(c.text) !== "0"))
          reading.findings.push(makeFinding("document/row-unknown", location, { actual: printed }));
        continue;
      }
      let key = row.key;
      if (row === ONE_ROW_OTHER_HANDLING) {
        reading.findings.push(makeFinding("document/other-handling-one-row", location));
        key = "otherHandling.misc";
        // Its two other rows were not printed: they are 0, and the warning above says why.
        for (const other of ["otherHandling.noCorrection", "otherHandling.feeUnpaid"]) {
          found.add(other);
          for (const column of REQUEST_COLUMNS)
            reading.entries.set(`requests.${other}.${column.key}` as FieldId, {
              raw: { kind: "number", value: 0 },
              location: { ...location, column: column.label },
            });
        }
      } else checkWording(reading, leaf.text, row.label, location);
      if (found.has(key)) continue;
      found.add(key);
      REQUEST_COLUMNS.forEach((column, i) => {
        const cell = values[i];
        // A figure merged across the row's value cells (a single 0 for the whole row) stands for each of them.
        const text = !cell ? "" : cell.column === first + i || compact(cell.text) === "0" ? cell.text : "";
        readValue(reading, `requests.${key}.${column.key}` as FieldId, `${rowLabel(row)} · ${column.label}`, text, {
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
      reading.entries.set(`requests.${row.key}.${column.key}` as FieldId, {
        raw: { kind: "number", value: 0 },
        location: { section, row: row.label, column: column.label },
        absent: true,
      });
  }
}

// ---------------------------------------------------------------- table 四

/** Table 四: the last row that holds figures, its 15 last columns in the official order of groups and outcomes. */
export function readReviewTable(table: DocumentTable, reading: TableReading): void {
  const section = SHEET.review;
  const width = REVIEW_GROUPS.length * REVIEW_OUTCOMES.length;
  const first = Math.max(0, table.columnCount - width);
  let dataRow = -1;
  for (let r = table.rowCount - 1; r >= 0 && dataRow < 0; r--) {
    // The row of figures: a note under the table (注：数据截至12月31日) has digits too, but is not a figure.
    const readings = cellsCovering(table, r)
      .filter((c) => c.row === r && c.column >= first)
      .map((c) => readCellText(c.text).raw.kind);
    if (readings.includes("number") && readings.every((kind) => kind === "number" || kind === "blank")) dataRow = r;
  }
  REVIEW_GROUPS.forEach((group, g) =>
    REVIEW_OUTCOMES.forEach((outcome, o) => {
      const cell = dataRow < 0 ? undefined : cellAt(table, dataRow, first + g * REVIEW_OUTCOMES.length + o);
      const groupLabel = g === 0 ? group.label : `行政诉讼 ${group.label}`;
      readValue(reading, `${group.key}.${outcome.key}` as FieldId, `${groupLabel} · ${outcome.label}`, cell?.text ?? "", {
        section,
        row: groupLabel,
        column: outcome.label,
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
  const found = new Set<string>();
  for (const table of tables) {
    for (let r = 0; r < table.rowCount; r++) {
      const own = cellsCovering(table, r);
      if (own.length === 0) continue;
      const clause = CLAUSE.exec(compact(own.map((c) => c.text).join("")));
      if (clause) {
        block = blocks.find((b) => b.clause.includes(`（${clause[1]}）`));
        continue;
      }
      const [labelCell, ...valueCells] = own;
      if (core(labelCell.text) === "信息内容") {
        if (block)
          block.columns.forEach((column, i) => {
            const printed = valueCells[i]?.text;
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
      const location = { section, row: `${owner.clause} ${row.label}` };
      checkWording(reading, labelCell.text, row.label, location);
      owner.columns.forEach((column, i) => {
        const id = `active.${row.key}.${column.key}` as FieldId;
        if (found.has(id)) return;
        found.add(id);
        readValue(
          reading,
          id,
          `${owner.clause} ${row.label} · ${column.label}`,
          valueCells[i]?.text ?? "",
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
