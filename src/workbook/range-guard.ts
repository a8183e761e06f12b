/**
 * Ranges no standardized workbook has, found before exceljs parses the workbook: a defined name or a merge over a
 * whole sheet (A1:XFD1048576) makes exceljs touch every one of its 17 billion cells, until memory runs out.
 *
 * Only the <definedNames> and <mergeCells> elements matter, found by their tags. Their ranges are read as A1
 * tokens from the element's text, unless the text holds what would hide a token from such a reading (a character
 * reference such as &#65;, a comment, a CDATA section): then the element is parsed with xmldom. Parsing every
 * workbook.xml cost 3.7 ms a report (a batch's reports take 15 to 25 ms); reading tokens costs a tenth of that.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { parseReference, type CellRange } from "./ranges.js";

/** The largest range the blank workbook names is a narrative section: 200 rows of 2 columns. */
export const MAX_RANGE_CELLS = 100_000;

export type OversizedRange = { kind: "name"; name: string; reference: string } | { kind: "merge"; reference: string };

const cellsIn = (range: CellRange | undefined): number => (range ? (range.bottom - range.top + 1) * (range.right - range.left + 1) : 0);

/** What can hide part of a reference from a reading of the raw text. */
const ENCODED = /&#|<!--|<!\[CDATA\[/;
const A1_RANGE = /\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+/g;

/** An element found by its tag, as text: `<definedNames>…</definedNames>`. The rest of the part is never decoded. */
function elementText(xml: Buffer, tag: string): string | undefined {
  const start = xml.indexOf(`<${tag}`);
  if (start < 0) return undefined;
  const end = xml.indexOf(`</${tag}>`, start);
  return xml.toString("utf8", start, end < 0 ? undefined : end + Buffer.byteLength(`</${tag}>`));
}

/** The elements of that name in a fragment; none when it is not well-formed (exceljs will refuse it then). */
function elementsOf(text: string, tag: string): Element[] {
  try {
    return Array.from(new DOMParser({ onError: () => undefined }).parseFromString(text, "text/xml").getElementsByTagName(tag));
  } catch {
    return [];
  }
}

/** The references in a fragment, with the name each belongs to when asked: by tokens, or parsed when it must be. */
function referencesIn(fragment: string, tag: string, read: (element: Element) => string): string[] {
  if (!ENCODED.test(fragment)) return fragment.match(A1_RANGE) ?? [];
  return elementsOf(fragment, tag).flatMap((element) => read(element).split(","));
}

function oversizedName(workbookXml: Buffer): OversizedRange | undefined {
  const names = elementText(workbookXml, "definedNames");
  if (!names) return undefined;
  const huge = referencesIn(names, "definedName", (element) => element.textContent ?? "").find(
    (reference) => cellsIn(parseReference(reference)) > MAX_RANGE_CELLS,
  );
  if (!huge) return undefined;
  // Which name it is, for the message: the element holding the reference (parsed now that one is refused).
  const holder = elementsOf(names, "definedName").find((element) => (element.textContent ?? "").includes(huge.split("!").pop()!));
  return { kind: "name", name: holder?.getAttribute("name") ?? "", reference: holder?.textContent ?? huge };
}

/** A sheet's merges, all together: what exceljs expands cell by cell. */
function oversizedMerge(sheetXml: Buffer): OversizedRange | undefined {
  const merges = elementText(sheetXml, "mergeCells");
  if (!merges) return undefined;
  let total = 0;
  for (const reference of referencesIn(merges, "mergeCell", (element) => element.getAttribute("ref") ?? "")) {
    total += cellsIn(parseReference(reference));
    if (total > MAX_RANGE_CELLS) return { kind: "merge", reference };
  }
  return undefined;
}

/** The first range too large in a workbook's parts (xl/workbook.xml and the sheets), if any. */
export function oversizedRange(parts: ReadonlyMap<string, Buffer>): OversizedRange | undefined {
  const workbook = parts.get("xl/workbook.xml");
  const named = workbook ? oversizedName(workbook) : undefined;
  if (named) return named;
  for (const [name, bytes] of parts) {
    if (!name.startsWith("xl/worksheets/")) continue;
    const merged = oversizedMerge(bytes);
    if (merged) return merged;
  }
  return undefined;
}
