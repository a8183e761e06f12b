/**
 * A Word document (.docx, from Word, WPS, LibreOffice or this tool) as blocks: its body's paragraphs and tables
 * in order. Merged cells become spans: w:gridSpan across, w:vMerge down (ECMA-376 part 1, 17.4.17 and 17.4.84).
 */
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import { placeRows } from "./grid.js";
import { boundedSpan } from "./limits.js";
import { prescanMarkup } from "./prescan.js";
import type { Block, DocumentTable, RowCell } from "./types.js";

const ELEMENT_NODE = 1;

const childElements = (node: Node): Element[] => {
  const elements: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === ELEMENT_NODE) elements.push(child as Element);
  return elements;
};
const child = (node: Node, name: string): Element | undefined => childElements(node).find((e) => e.localName === name);
const wordValue = (element: Element | undefined): string | undefined =>
  element ? (element.getAttribute("w:val") ?? element.getAttribute("val") ?? undefined) : undefined;

/** A paragraph's text: its runs' w:t, with tabs as spaces and line breaks kept; deleted text (w:delText) is not read. */
function paragraphText(paragraph: Element): string {
  let text = "";
  const visit = (node: Node) => {
    for (const element of childElements(node)) {
      const name = element.localName;
      if (name === "t") text += element.textContent ?? "";
      else if (name === "tab") text += " ";
      else if (name === "br" || name === "cr") text += "\n";
      else if (name !== "del" && name !== "instrText") visit(element);
    }
  };
  visit(paragraph);
  return text;
}

/** A cell's text: its paragraphs one per line, a nested table's text included. */
function cellText(cell: Element): string {
  const lines: string[] = [];
  const visit = (node: Node) => {
    for (const element of childElements(node)) {
      if (element.localName === "p") lines.push(paragraphText(element));
      else if (element.localName !== "tcPr") visit(element);
    }
  };
  visit(cell);
  return lines.join("\n");
}

function readTable(table: Element): DocumentTable {
  const rows: RowCell[][] = [];
  /** The cell a vertical merge continues, by the grid column it starts at. */
  const openMerges = new Map<number, RowCell>();
  for (const row of childElements(table).filter((e) => e.localName === "tr")) {
    const cells: RowCell[] = [];
    const before = wordValue(child(child(row, "trPr") ?? row, "gridBefore"));
    // Grid columns the row skips before its first cell.
    let column = boundedSpan(before, 0);
    for (const cell of childElements(row).filter((e) => e.localName === "tc")) {
      const properties = child(cell, "tcPr");
      const columns = boundedSpan(wordValue(properties && child(properties, "gridSpan")));
      const merge = properties && child(properties, "vMerge");
      const mergeValue = wordValue(merge);
      const continued = merge !== undefined && mergeValue !== "restart" ? openMerges.get(column) : undefined;
      if (continued) continued.rows += 1;
      else {
        const placed: RowCell = { text: cellText(cell), rows: 1, columns, column };
        cells.push(placed);
        if (mergeValue === "restart") openMerges.set(column, placed);
        else openMerges.delete(column);
      }
      column += columns;
    }
    rows.push(cells);
  }
  return placeRows(rows);
}

/** The body's blocks; content controls (w:sdt) are read through, as Word shows their content. */
export function readDocxBlocks(documentXml: string): Block[] {
  prescanMarkup(documentXml, { html: false });
  // Recoverable errors are Word's business, not the clerk's: only a fatal one (thrown) makes the file unreadable.
  const document = new DOMParser({ onError: () => undefined }).parseFromString(documentXml, "text/xml");
  const body = document.documentElement && child(document.documentElement, "body");
  const blocks: Block[] = [];
  const visit = (node: Node) => {
    for (const element of childElements(node)) {
      if (element.localName === "p") blocks.push({ kind: "paragraph", text: paragraphText(element) });
      else if (element.localName === "tbl") blocks.push({ kind: "table", table: readTable(element) });
      else if (element.localName === "sdt" || element.localName === "sdtContent" || element.localName === "customXml") visit(element);
    }
  };
  if (body) visit(body);
  return blocks;
}
