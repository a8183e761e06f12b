/**
 * A table's cells looked up by their row and column keys in an edition's own fields: the one place that knows how a
 * cell's id is made (requests.<row>.<column>, <group>.<outcome>, active.<row>.<column>). Readers and rules ask here
 * instead of building ids from text; a cell the edition lacks is a programming error and throws.
 */
import type { EditionDef, FieldId, TableId } from "./types.js";

/** A table cell's row and column keys, from its id: the last part is the column, what lies between the row. */
function keysOf(table: TableId, id: string): { row: string; column: string } {
  const parts = id.split(".");
  const rowParts = table === "review" ? parts.slice(0, -1) : parts.slice(1, -1);
  return { row: rowParts.join("."), column: parts.at(-1)! };
}

const indexes = new WeakMap<EditionDef, Map<string, FieldId>>();
const keyOf = (table: TableId, row: string, column: string) => `${table}|${row}|${column}`;

function indexOf(edition: EditionDef): Map<string, FieldId> {
  let index = indexes.get(edition);
  if (!index) {
    index = new Map();
    for (const field of edition.fields) {
      if (!field.table) continue;
      const { row, column } = keysOf(field.table, field.id);
      index.set(keyOf(field.table, row, column), field.id);
    }
    indexes.set(edition, index);
  }
  return index;
}

/** The field of a table cell, by its row key (otherHandling.misc, review) and column key (natural, upheld). */
export function tableField(edition: EditionDef, table: TableId, row: string, column: string): FieldId {
  const id = indexOf(edition).get(keyOf(table, row, column));
  if (!id) throw new Error(`edition ${edition.id} has no ${table} cell ${row} · ${column}`);
  return id;
}

/** Every row of a group in a column: (三)不予公开's eight reasons, (六)其他处理's one row (2019) or three (2021). */
export function groupFields(edition: EditionDef, table: TableId, group: string, column: string): FieldId[] {
  return edition.fields
    .filter((field) => field.table === table)
    .filter((field) => {
      const keys = keysOf(table, field.id);
      return keys.column === column && (keys.row === group || keys.row.startsWith(`${group}.`));
    })
    .map((field) => field.id);
}

/** A table's cells in an edition, each with its row and column keys. */
export function tableCells(edition: EditionDef, table: TableId): { id: FieldId; row: string; column: string; derived: boolean }[] {
  return edition.fields
    .filter((field) => field.table === table)
    .map((field) => ({ id: field.id, ...keysOf(table, field.id), derived: !!field.derived }));
}
