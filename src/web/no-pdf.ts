/**
 * What the page's worker has instead of pdf.js (scripts/build-page.mjs aliases pdfjs-dist to this module): pdf.js
 * and its own worker would double the page's size. A PDF given to the page is refused, saying to check it with
 * the command line or to use the report's web page or Word document.
 */
export const OPS: Record<string, number> = {};

export function getDocument(): never {
  throw Object.assign(new Error("pdf.js is not in the page"), { name: "PdfNotInPage" });
}
