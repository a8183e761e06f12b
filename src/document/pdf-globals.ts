/**
 * What pdf.js expects of a browser, given before it loads (pdf-text.ts imports this first). In Node, pdf.js borrows
 * DOMMatrix, ImageData and Path2D from the native @napi-rs/canvas where it can load it, and prints an English warning
 * for each it cannot (so in the single executable, which carries no native module). It uses DOMMatrix to trace
 * Type 3 glyphs and image masks in a page's operator list, which the tables' rules come from; the other two only to
 * paint on a canvas, which this tool never does. One DOMMatrix for every build: this pure one, set where none is.
 */
import CSSMatrix from "@thednp/dommatrix";

/** Stands in for a canvas class: defined, so that pdf.js does not warn, and loud if it is ever used. */
class NoCanvas {
  constructor() {
    throw new Error("pdf.js tried to paint, and this tool has no canvas");
  }
}

const global = globalThis as Record<string, unknown>;
global.DOMMatrix ??= CSSMatrix;
global.ImageData ??= NoCanvas;
global.Path2D ??= NoCanvas;
