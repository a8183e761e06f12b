/**
 * The one-pass check of a rendered part (issue 24), case by case with the reason written out by hand: tags closed
 * in order, no "<" or bare "&" in text, declarations, comments and CDATA passed over.
 *
 * Covers: src/templates/well-formed.ts.
 */
import { describe, expect, it } from "vitest";
import { notWellFormed } from "../src/templates/well-formed.js";

describe("notWellFormed", () => {
  it.each([
    ["<a>x</a>", undefined],
    ['<?xml version="1.0" standalone="yes"?><w:a w:b="1>2" c=\'<\'/>', "text at 38"],
    ['<?xml version="1.0"?><w:p w:x="1>2"><!-- c < d & e --><![CDATA[<x>&]]></w:p>', undefined],
    ["<a>A &amp; B &#20; &#x4e00; &lt;</a>", undefined],
    ["<a>1 < 2</a>", "text at 3"],
    ["<a>A & B</a>", "text at 3"],
    ["<a>&#xZZ;</a>", "text at 3"],
    ["<a><b></a>", "</a> at 6"],
    ["<a><b/>", "<a> not closed"],
    ["<a><b></b>", "<a> not closed"],
    ["<a></a>tail & x", "text at 7"],
    ["<a></a>tail < x", "text at 7"],
    ["", undefined],
  ])("%s → %s", (xml, reason) => {
    expect(notWellFormed(xml)).toBe(reason);
  });
});
