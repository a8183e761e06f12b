import { makeFinding, shortPlace, type Finding, type Location } from "../findings/finding.js";
import { DEFAULT_PUBLICITY, exampleDate } from "../schema/meta.js";
import { FIELD_KINDS } from "../schema/kinds.js";
import type { FieldDef, FieldId, TableId } from "../schema/types.js";
import type { ReportSource, SourceEntry } from "../input/source.js";
import type { Report } from "../report/report.js";
import { readDate } from "../values/date.js";
import { readNumber } from "../values/number.js";
import { describeRaw } from "../values/raw-value.js";
import { readParagraphs } from "./paragraphs.js";
import { cleanText } from "./clean-text.js";

export interface Interpretation {
  report: Report;
  locations: ReadonlyMap<FieldId, Location>;
  /** Where each paragraph of a narrative section came from: its cell, or its JSON paragraph. */
  paragraphLocations: ReadonlyMap<FieldId, readonly Location[]>;
  findings: Finding[];
}

const LOCATION_OF_TABLE = ["sheet", "cell", "field", "section"] as const;
const placeOfTable = (finding: Finding): Location =>
  Object.fromEntries(LOCATION_OF_TABLE.flatMap((key) => (finding[key] === undefined ? [] : [[key, finding[key]]])));

/**
 * A table's blank cells as one finding: how many, the first few by their places, and every one as a related place
 * (`--json` lists them all; the annotated copy marks them all). One blank cell keeps its own finding. A workbook's
 * finding points at its first blank cell; a published document's names only its table.
 */
function blanksOfTable(blanks: readonly Finding[], published: boolean): Finding[] {
  if (blanks.length === 1 && !published) return [...blanks];
  const SHOWN = 3;
  const places = blanks.map((b) => shortPlace(b) ?? "");
  const examples = places.slice(0, SHOWN).join("、") + (places.length > SHOWN ? " 等" : "");
  const related = blanks.map(({ sheet, cell, section, row, column, field }) => ({ sheet, cell, section, row, column, field }));
  if (published) return [makeFinding("document/blank-cells", { section: blanks[0].section, related }, { actual: blanks.length, examples })];
  return [makeFinding("value/blank-cells", { ...placeOfTable(blanks[0]), related: related.slice(1) }, { actual: blanks.length, examples })];
}

/** Turns what was found in the input into typed values (rules.md V1–V3, V6, V7); derived totals come later. */
export function interpretSource(source: ReportSource): Interpretation {
  const { edition, entries } = source;
  const values: Report["values"] = {};
  const locations = new Map<FieldId, Location>();
  const paragraphLocations = new Map<FieldId, readonly Location[]>();
  const findings: Finding[] = [...source.findings];
  const blanks = new Map<TableId, Finding[]>();
  const inputsPerTable = new Map<TableId, number>();

  const interpretNumber = (field: FieldDef, entry: SourceEntry) => {
    if (entry.absent) return void (values[field.id] = 0);
    const reading = readNumber(entry.raw, field.type);
    if (reading.status === "ok") {
      values[field.id] = reading.value;
      if (reading.readFrom !== undefined)
        findings.push(
          makeFinding("value/normalized", entry.location, { label: field.label, actual: reading.readFrom, expected: reading.value }),
        );
    } else if (reading.status === "blank") {
      // A JSON key left out is not blank: the JSON schema reports it (value/missing) and the entry comes marked absent.
      values[field.id] = 0;
      const blank = makeFinding("value/blank", entry.location, { label: field.label });
      if (field.table) blanks.set(field.table, [...(blanks.get(field.table) ?? []), blank]);
      else findings.push(blank);
    } else {
      const { status: _, code, ...values } = reading;
      findings.push(makeFinding(code, entry.location, { label: field.label, ...values }));
    }
  };

  for (const field of edition.fields) {
    const entry = entries.get(field.id);
    if (!entry) continue;
    locations.set(field.id, entry.location);
    // A total the input leaves to the tool (our own formula, a JSON key left out) is summed later. A total given
    // as blank is read as 0 like any blank cell, so that R2/R3 compare it with its parts (rules.md V3).
    if (field.derived && (entry.raw.kind === "derived" || entry.raw.kind === "missing")) continue;
    if (field.table) inputsPerTable.set(field.table, (inputsPerTable.get(field.table) ?? 0) + 1);
    const blank = entry.raw.kind === "blank" || entry.raw.kind === "missing";
    switch (FIELD_KINDS[field.type].read) {
      case "number":
        interpretNumber(field, entry);
        break;
      case "paragraphs": {
        const { paragraphs, locations: where } = readParagraphs(entry.paragraphs ?? [], field, findings);
        values[field.id] = paragraphs;
        paragraphLocations.set(field.id, where);
        break;
      }
      case "year": {
        if (blank) break; // required: reported by the metadata rules
        const reading = readNumber(entry.raw, "count");
        if (reading.status === "ok" && reading.value >= 1000 && reading.value <= 9999) values[field.id] = reading.value;
        else findings.push(makeFinding("meta/year-invalid", entry.location, { actual: describeRaw(entry.raw) }));
        break;
      }
      case "date": {
        if (blank) break;
        const iso = readDate(entry.raw);
        if (iso) values[field.id] = iso;
        else {
          const year = values["meta.year"];
          const example = typeof year === "number" ? exampleDate(year) : undefined;
          findings.push(makeFinding("meta/date-invalid", entry.location, { actual: describeRaw(entry.raw), expected: example }));
        }
        break;
      }
      case "edition":
        values[field.id] = edition.id;
        break;
      case "text": {
        const text = cleanText(describeRaw(entry.raw), field.label, entry.location, findings);
        if (text !== "") values[field.id] = text;
      }
    }
  }

  // A whole table left blank is one error, not a warning per cell (rules.md V3).
  for (const [table, tableBlanks] of blanks) {
    if (tableBlanks.length === inputsPerTable.get(table)) findings.push(makeFinding("table/blank", placeOfTable(tableBlanks[0])));
    else findings.push(...blanksOfTable(tableBlanks, source.published === true));
  }
  if (!source.published) {
    if (values["meta.agency"] !== undefined) values["meta.signer"] ??= values["meta.agency"];
    values["meta.publicity"] ??= DEFAULT_PUBLICITY;
  }
  return { report: { edition: edition.id, values }, locations, paragraphLocations, findings };
}
