/**
 * A web page (a report saved from a portal, or written by `generate --html`) as blocks. parse5 parses it as a
 * browser does, so the broken markup portals serve (unclosed cells, stray tags) gives the tables a browser shows.
 * Rows and column spans are placed by the HTML table model.
 */
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { placeRows } from "./grid.js";
import { boundedSpan } from "./limits.js";
import { prescanMarkup } from "./prescan.js";
import type { Block, RowCell } from "./types.js";
import { contentStart } from "../values/text.js";

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

export const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "select", "option", "button", "svg", "iframe"]);
export const BLOCK = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "section",
  "article",
  "center",
  "blockquote",
  "pre",
  "dd",
  "dt",
  "dl",
  "header",
  "footer",
  "main",
  "nav",
  "aside",
  "form",
  "figure",
  "hr",
  "address",
]);

const isElement = (node: Node): node is Element => "tagName" in node;
const childrenOf = (node: Node): Node[] => ("childNodes" in node ? (node.childNodes as Node[]) : []);
const attribute = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

// Source line breaks inside Chinese text are layout, not spaces: 第一项加\n第二项 reads 第一项加第二项.
const CJK = "\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef";
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\r\\n]+(?=[${CJK}])`, "g");

/** Text as a browser lays it out: runs of white space collapse to one; no-break spaces stay until trimmed. */
const tidy = (text: string): string => text.replace(SPACE_BETWEEN_CJK, "").replace(/[ \t\r\n]+/g, " ");

/** Collects text into lines: a block element or a line break ends the line in progress. */
class Lines {
  readonly done: string[] = [];
  private current = "";
  add(text: string) {
    this.current += text;
  }
  end() {
    const line = tidy(this.current).replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, "");
    if (line !== "") this.done.push(line);
    this.current = "";
  }
}

function collectText(node: Node, lines: Lines): void {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) {
      if (child.nodeName === "#text") lines.add((child as DefaultTreeAdapterTypes.TextNode).value);
      continue;
    }
    if (SKIPPED.has(child.tagName)) continue;
    if (child.tagName === "br") lines.end();
    else if (BLOCK.has(child.tagName) || child.tagName === "table" || child.tagName === "tr") {
      lines.end();
      collectText(child, lines);
      lines.end();
    } else collectText(child, lines);
  }
}

const span = (element: Element, name: string): number => boundedSpan(attribute(element, name));

function cellsOf(row: Element): RowCell[] {
  return row.childNodes.filter(isElement).flatMap((cell) => {
    if (cell.tagName !== "td" && cell.tagName !== "th") return [];
    const lines = new Lines();
    collectText(cell, lines);
    lines.end();
    return [{ text: lines.done.join("\n"), rows: span(cell, "rowspan"), columns: span(cell, "colspan") }];
  });
}

const ROW_GROUPS = new Set(["thead", "tbody", "tfoot"]);

/**
 * A table's own rows, in order: those of its thead, tbody and tfoot (parse5, as a browser, puts a bare tr in a tbody);
 * not those of a nested table.
 */
const rowsOf = (table: Element): Element[] =>
  table.childNodes
    .filter(isElement)
    .filter((part) => ROW_GROUPS.has(part.tagName))
    .flatMap((part) => part.childNodes.filter(isElement).filter((e) => e.tagName === "tr"));

/** The page's blocks in reading order. A table's caption is a paragraph before it. */
export function readHtmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const lines = new Lines();
  const flush = () => {
    lines.end();
    for (const text of lines.done.splice(0)) blocks.push({ kind: "paragraph", text });
  };
  const visit = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) {
        if (child.nodeName === "#text") lines.add((child as DefaultTreeAdapterTypes.TextNode).value);
        continue;
      }
      if (SKIPPED.has(child.tagName)) continue;
      if (child.tagName === "table") {
        flush();
        const caption = child.childNodes.filter(isElement).find((e) => e.tagName === "caption");
        if (caption) {
          collectText(caption, lines);
          flush();
        }
        blocks.push({ kind: "table", table: placeRows(rowsOf(child).map(cellsOf)) });
      } else if (child.tagName === "br") lines.end();
      else if (BLOCK.has(child.tagName)) {
        flush();
        visit(child);
        flush();
      } else visit(child);
    }
  };
  prescanMarkup(html, { html: true });
  visit(parse(html));
  flush();
  return blocks;
}

/** The page's text from its bytes: a byte-order mark, else the declared charset (portals still serve GB2312), else UTF-8. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // The declaration is near the start of the markup, after however much white space a page begins with.
  const start = contentStart(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(start, start + 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const chinese = declared !== undefined && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared);
  if (chinese) return new TextDecoder("gb18030").decode(bytes);
  const utf8 = new TextDecoder("utf-8").decode(bytes);
  // Undeclared and not UTF-8: the GB encodings are what a Chinese portal serves.
  return declared === undefined && utf8.includes("\uFFFD") ? new TextDecoder("gb18030").decode(bytes) : utf8;
}
