/**
 * Ranges no standardized workbook has, found before exceljs parses the workbook: a defined name or a merge over a
 * whole sheet (A1:XFD1048576) makes exceljs touch every one of its 17 billion cells, until memory runs out.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { parseReference, type CellRange } from "./ranges.js";

/** The largest range the blank workbook names is a narrative section: 200 rows of 2 columns. */
export const MAX_RANGE_CELLS = 100_000;

export type OversizedRange = { kind: "name"; name: string; reference: string } | { kind: "merge"; reference: string };

const cellsIn = (range: CellRange | undefined): number => (range ? (range.bottom - range.top + 1) * (range.right - range.left + 1) : 0);

/** The elements of that name in a part; none when the part is not well-formed (exceljs will refuse it then). */
function elementsOf(text: string, tag: string): Element[] {
  try {
    return Array.from(new DOMParser({ onError: () => undefined }).parseFromString(text, "text/xml").getElementsByTagName(tag));
  } catch {
    return [];
  }
}

function oversizedName(workbookXml: string): OversizedRange | undefined {
  for (const node of elementsOf(workbookXml, "definedName")) {
    const target = node.textContent ?? "";
    // A name may list several areas: 'a'!$A$1:$B$2,'b'!$C$3.
    const area = target.split(",").reduce((sum, part) => sum + cellsIn(parseReference(part)), 0);
    if (area > MAX_RANGE_CELLS) return { kind: "name", name: node.getAttribute("name") ?? "", reference: target };
  }
  return undefined;
}

/**
 * A sheet's merges: its <mergeCells> element, found by its tag and parsed alone, not the whole sheet (which may be
 * large, and whose merges are all exceljs expands).
 */
function oversizedMerge(sheetXml: string): OversizedRange | undefined {
  const start = sheetXml.indexOf("<mergeCells");
  if (start < 0) return undefined;
  const end = sheetXml.indexOf("</mergeCells>", start);
  const element = sheetXml.slice(start, end < 0 ? undefined : end + "</mergeCells>".length);
  const merges = elementsOf(element, "mergeCell").map((node) => node.getAttribute("ref") ?? "");
  let total = 0;
  for (const reference of merges) {
    total += cellsIn(parseReference(reference));
    if (total > MAX_RANGE_CELLS) return { kind: "merge", reference };
  }
  return undefined;
}

/** The first range too large in a workbook's parts (xl/workbook.xml and the sheets), if any. */
export function oversizedRange(parts: ReadonlyMap<string, Buffer>): OversizedRange | undefined {
  const workbook = parts.get("xl/workbook.xml");
  const named = workbook ? oversizedName(workbook.toString("utf8")) : undefined;
  if (named) return named;
  for (const [name, bytes] of parts) {
    if (!name.startsWith("xl/worksheets/")) continue;
    const merged = oversizedMerge(bytes.toString("utf8"));
    if (merged) return merged;
  }
  return undefined;
}
