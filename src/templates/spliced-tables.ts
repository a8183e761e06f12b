/**
 * The template's tables filled by splicing values into their XML, prepared once per template; docxtemplater then
 * parses only the rest of the document for each report. docxtemplater cannot render one compiled template twice
 * (its issue #323), and its parse of document.xml is most of a report's cost: tables 二, 三 and 四 hold 230 of the
 * 2021 template's 258 tags. The filled XML is the very text docxtemplater would write: the table's own XML, each tag
 * replaced by its value escaped as docxtemplater escapes it, inserted through a raw-XML tag of its own.
 *
 * Only a table whose every tag is a plain value, whole inside one text node, is spliced; any other (a tag Word split
 * across runs, a condition, a stray brace in a custom template) stays with docxtemplater, which handles it.
 */
import PizZip from "pizzip";

/** A table's XML cut at its tags: `parts` has one more entry than `tags`. */
export interface SplicedTable {
  parts: string[];
  tags: string[];
}

// Element boundaries of w:tbl only (not w:tblPr, w:tblGrid): in WordprocessingML "<" never occurs unescaped in text
// or attribute values, so the tokens cannot appear anywhere but as tags.
const TABLE_BOUNDARY = /<w:tbl[\s>]|<\/w:tbl>/g;
const VALUE_TAG = /\{([A-Za-z0-9_.]+)\}/g;

/** The raw-XML tag a spliced table leaves in the document, alone in its paragraph as docxtemplater requires. */
export const tableKey = (index: number) => `nianbao_table_${index}`;
const placeholder = (index: number) => `<w:p><w:r><w:t>{@${tableKey(index)}}</w:t></w:r></w:p>`;

/** The outermost tables of a document, as [start, end) character ranges. */
function outermostTables(xml: string): [number, number][] {
  const ranges: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (const match of xml.matchAll(TABLE_BOUNDARY)) {
    if (match[0].startsWith("</")) {
      depth -= 1;
      if (depth === 0) ranges.push([start, match.index! + match[0].length]);
    } else {
      if (depth === 0) start = match.index!;
      depth += 1;
    }
  }
  return depth === 0 ? ranges : []; // unbalanced: leave everything to docxtemplater
}

function splice(tableXml: string): SplicedTable | undefined {
  const parts: string[] = [];
  const tags: string[] = [];
  let last = 0;
  for (const match of tableXml.matchAll(VALUE_TAG)) {
    parts.push(tableXml.slice(last, match.index));
    tags.push(match[1]);
    last = match.index! + match[0].length;
  }
  parts.push(tableXml.slice(last));
  if (tags.length === 0 || parts.some((part) => /[{}]/.test(part))) return undefined;
  return { parts, tags };
}

/** document.xml with each spliceable table replaced by its raw-XML tag, and those tables cut at their tags. */
export function spliceTables(documentXml: string): { xml: string; tables: SplicedTable[] } {
  const tables: SplicedTable[] = [];
  let xml = "";
  let last = 0;
  for (const [start, end] of outermostTables(documentXml)) {
    const table = splice(documentXml.slice(start, end));
    if (!table) continue;
    xml += documentXml.slice(last, start) + placeholder(tables.length);
    tables.push(table);
    last = end;
  }
  return { xml: xml + documentXml.slice(last), tables };
}

// docxtemplater's escaping of a value in a text node (its doc-utils charMap).
const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** A spliced table filled with a report's values; a tag without a value prints nothing and is added to `missing`. */
export function fillTable(table: SplicedTable, values: Readonly<Record<string, unknown>>, missing: Set<string>): string {
  let xml = table.parts[0];
  table.tags.forEach((tag, i) => {
    const value = values[tag];
    if (value === undefined || value === null) missing.add(tag);
    xml += escapeXml(value === undefined || value === null ? "" : String(value)) + table.parts[i + 1];
  });
  return xml;
}

/** A template's bytes with its spliceable tables cut out of document.xml (once per template), and those tables. */
export function spliceTemplate(bytes: Buffer): { bytes: Buffer; tables: SplicedTable[] } {
  const zip = new PizZip(bytes);
  const document = zip.file("word/document.xml");
  const { xml, tables } = spliceTables(document?.asText() ?? "");
  if (tables.length === 0) return { bytes, tables };
  // The other parts keep their compressed bytes: the documents rendered from this copy are those of the original.
  // document.xml is stored: every render replaces it, so compressing it here would only cost a deflate now and an
  // inflate per report.
  zip.file("word/document.xml", xml, { compression: "STORE" });
  return { bytes: zip.generate({ type: "nodebuffer", compression: "DEFLATE" }), tables };
}
