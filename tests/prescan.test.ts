/**
 * Markup measured before it is parsed (src/document/prescan.ts), case by case at its limits: how deep elements nest
 * in HTML and in XML, which HTML elements never nest, how attributes are counted, and what a browser never lays out.
 * hostile-documents.test.ts refuses whole hostile files in a process of their own.
 */
import { describe, expect, it } from "vitest";
import { DOCUMENT_LIMITS, DocumentTooLarge } from "../src/document/limits.js";
import { prescanMarkup } from "../src/document/prescan.js";

const { depth, attributesPerElement } = DOCUMENT_LIMITS;

/** The limit a prescan refuses the markup for, and how far it counted; undefined when it passes. */
function refusal(source: string, html: boolean) {
  try {
    prescanMarkup(source, { html });
  } catch (error) {
    if (error instanceof DocumentTooLarge) return [error.limit, error.actual];
    throw error;
  }
  return undefined;
}

const nested = (name: string, count: number, attributes = "") => `<${name}${attributes}>`.repeat(count);

describe("how deep elements nest", () => {
  it("takes 200 levels and refuses the 201st, in HTML and in XML", () => {
    for (const html of [true, false]) {
      expect(refusal(nested("div", depth), html)).toBeUndefined();
      expect(refusal(nested("div", depth + 1), html)).toEqual(["depth", depth + 1]);
    }
  });

  it("closes an element at its end tag, and every element opened inside it that was left open", () => {
    const closed = `${nested("div", 150)}${"</div>".repeat(150)}`;
    expect(refusal(closed + nested("div", depth), true)).toBeUndefined();
    // </section> closes the three divs left open inside it.
    const leftOpen = `<section>${nested("div", 3)}</section>`.repeat(100);
    expect(refusal(leftOpen + nested("div", depth), true)).toBeUndefined();
    // An end tag of an element never opened closes nothing.
    expect(refusal(`${nested("div", depth)}</span><div>`, true)).toEqual(["depth", depth + 1]);
  });

  it("does not nest an element that closes itself", () => {
    expect(refusal(`${"<w:br/>".repeat(500)}${nested("w:p", depth)}`, false)).toBeUndefined();
    expect(refusal(`${'<img src="a" />'.repeat(500)}`, true)).toBeUndefined();
  });

  it.each([
    ...["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"],
    ...["p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption", "rb", "rt", "rp"],
  ])("never nests HTML's <%s>, left unclosed as pages leave it, but does in XML", (name) => {
    expect(refusal(nested(name, depth + 50), true)).toBeUndefined();
    expect(refusal(nested(name.toUpperCase(), depth + 50), true)).toBeUndefined();
    expect(refusal(nested(name, depth + 1), false)).toEqual(["depth", depth + 1]);
  });
});

describe("how many attributes an element carries", () => {
  it("takes 200 and refuses the 201st, quoted, unquoted or bare", () => {
    const forms = (n: number) => Array.from({ length: n }, (_, i) => [` a${i}="1"`, ` b${i}='2'`, ` c${i}=3`, ` d${i}`][i % 4]).join("");
    expect(refusal(`<td${forms(attributesPerElement)}>`, true)).toBeUndefined();
    expect(refusal(`<td${forms(attributesPerElement + 1)}>`, true)).toEqual(["attributesPerElement", attributesPerElement + 1]);
  });

  it("counts an unquoted value with slashes in it as one attribute, and a > inside quotes as no end of the tag", () => {
    const slashes = Array.from({ length: 150 }, (_, i) => ` h${i}=a/b/c`).join("");
    expect(refusal(`<a${slashes}>`, true)).toBeUndefined();
    const quoted = Array.from({ length: 150 }, (_, i) => ` t${i}="x > y"`).join("");
    expect(refusal(`<a${quoted}>`, true)).toBeUndefined();
  });
});

describe("what a browser never lays out", () => {
  it("leaves out comments, scripts and styles of an HTML page, whatever they hold", () => {
    const inside = nested("div", depth + 1);
    for (const skipped of [`<!--${inside}-->`, `<script>${inside}</script>`, `<STYLE type="text/css">${inside}</style >`])
      expect(refusal(`${skipped}${nested("div", depth)}`, true)).toBeUndefined();
  });

  it("counts them in XML, where they are markup like any other", () => {
    expect(refusal(`<script>${nested("div", depth)}</script>`, false)).toEqual(["depth", depth + 1]);
  });
});
