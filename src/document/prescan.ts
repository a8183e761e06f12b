/**
 * Markup measured before it is parsed, in one pass over its tags (issue 24): how deep its elements nest, how many
 * there are, how many attributes one carries. parse5 and xmldom take time and memory that grow faster than the
 * input on deep nesting and many attributes; a document over a limit is refused before either sees it.
 */
import { DOCUMENT_LIMITS, DocumentTooLarge } from "./limits.js";

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /[\s/]+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

/**
 * HTML elements that close themselves or are closed by the next of their kind (a cell, a row, a list item, a
 * paragraph): counting them would take a table with no end tags for a deep one. Browsers (and parse5) keep them flat.
 */
const FLAT = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
  "p",
  "li",
  "dt",
  "dd",
  "td",
  "th",
  "tr",
  "thead",
  "tbody",
  "tfoot",
  "option",
  "optgroup",
  "colgroup",
  "caption",
  "rb",
  "rt",
  "rp",
]);

export interface MarkupOptions {
  /** HTML: its flat elements do not nest. XML: every element closes itself or is closed. */
  html: boolean;
}

/** What a browser never lays out: scripts, styles and comments may hold "<" followed by a letter anywhere. */
const NOT_MARKUP = /<!--[^]*?-->|<(script|style)\b[^]*?<\/\1\s*>/gi;

export function prescanMarkup(source: string, { html }: MarkupOptions): void {
  if (source.length > 4 * DOCUMENT_LIMITS.characters) throw new DocumentTooLarge("characters", source.length);
  const markup = html ? source.replace(NOT_MARKUP, "") : source;
  const open: string[] = [];
  let elements = 0;
  for (const match of markup.matchAll(TAG)) {
    const [whole, closing, rawName, rest] = match;
    const name = html ? rawName.toLowerCase() : rawName;
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (++elements > DOCUMENT_LIMITS.elements) throw new DocumentTooLarge("elements", elements);
    // Counted only while under the limit: a tag of a million attributes is refused at the 201st.
    let attributes = 0;
    for (const _ of rest.matchAll(ATTRIBUTE))
      if (++attributes > DOCUMENT_LIMITS.attributesPerElement) throw new DocumentTooLarge("attributesPerElement", attributes);
    if (whole.endsWith("/>") || (html && FLAT.has(name))) continue;
    open.push(name);
    if (open.length > DOCUMENT_LIMITS.depth) throw new DocumentTooLarge("depth", open.length);
  }
}
