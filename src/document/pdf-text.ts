/**
 * A PDF's pages as positioned text and drawn rules, by pdf.js (pdfjs-dist, which also runs in the page). Bounded: a
 * document of more pages, text runs or drawing operations than any report has (DOCUMENT_LIMITS) is refused before it
 * is all read.
 * pdf-layout.ts makes blocks of what this finds.
 */
// First: the browser classes pdf.js looks for when it loads.
import "./pdf-globals.js";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { DOCUMENT_LIMITS, DocumentTooLarge } from "./limits.js";
import { PdfUnreadable, type PdfPage, type Rule, type TextRun } from "./pdf-layout.js";

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: readonly number[]): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** A rule is drawn as a line or as a rectangle this thin (points). */
const THIN = 3;
/** pdf.js path operations (DrawOPS): moveTo, lineTo, curveTo, quadraticCurveTo, closePath, and their argument counts. */
const PATH_ARGS = [2, 2, 6, 4, 0];

const PAINTING = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

/** The rules a page draws: every painted subpath that is a thin horizontal or vertical box, in page space. */
function rulesOf(fnArray: readonly number[], argsArray: readonly unknown[]): Rule[] {
  const rules: Rule[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.save) saved.push(matrix);
    else if (fn === OPS.restore) matrix = saved.pop() ?? matrix;
    else if (fn === OPS.transform) matrix = multiply(matrix, argsArray[i] as number[]);
    else if (fn === OPS.constructPath) {
      const [paint, [path]] = argsArray[i] as [number, [ArrayLike<number> | null]];
      if (!PAINTING.has(paint) || !path) continue;
      const subpaths: [number, number][][] = [];
      for (let k = 0; k < path.length;) {
        const op = path[k];
        const count = PATH_ARGS[op] ?? 0;
        if (op === 0) subpaths.push([]);
        if (count > 0) {
          const [x, y] = [path[k + count - 1], path[k + count]];
          subpaths.at(-1)?.push([matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]]);
        }
        k += count + 1;
      }
      for (const points of subpaths) {
        if (points.length < 2) continue;
        const xs = points.map((p) => p[0]);
        const ys = points.map((p) => p[1]);
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        if (x1 - x0 < THIN && y1 - y0 > THIN) rules.push({ axis: "v", at: (x0 + x1) / 2, from: y0, to: y1 });
        else if (y1 - y0 < THIN && x1 - x0 > THIN) rules.push({ axis: "h", at: (y0 + y1) / 2, from: x0, to: x1 });
        else if (x1 - x0 >= THIN && y1 - y0 >= THIN && paint !== OPS.fill && paint !== OPS.eoFill && points.length >= 4) {
          // A stroked rectangle: a cell drawn as a box, its four sides rules.
          rules.push(
            { axis: "h", at: y0, from: x0, to: x1 },
            { axis: "h", at: y1, from: x0, to: x1 },
            { axis: "v", at: x0, from: y0, to: y1 },
            { axis: "v", at: x1, from: y0, to: y1 },
          );
        }
      }
    }
  }
  return rules;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
}

/**
 * In Node, pdf.js parses on this thread (a "fake worker"), importing its parser from a path it builds at run time,
 * which no bundle can follow: imported here instead and handed over as globalThis.pdfjsWorker, which pdf.js looks
 * for first. So the single executable (npm run release) carries it.
 */
async function loadParser(): Promise<void> {
  const global = globalThis as { pdfjsWorker?: unknown };
  global.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
}

/** Every page's text runs and rules. Throws PdfUnreadable, or DocumentTooLarge past PDF_LIMITS. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  await loadParser();
  const open = () =>
    getDocument({
      // pdf.js takes the buffer over: a copy, so that the caller's bytes (hashed, archived) stay whole.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
  let task: ReturnType<typeof open>;
  try {
    task = open();
  } catch (error) {
    if ((error as { name?: string }).name === "PdfNotInPage") throw new PdfUnreadable("page");
    throw error;
  }
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new PdfUnreadable((error as { name?: string }).name === "PasswordException" ? "password" : "corrupt");
  }
  try {
    if (document.numPages > DOCUMENT_LIMITS.pages) throw new DocumentTooLarge("pages", document.numPages);
    const pages: PdfPage[] = [];
    let runs = 0;
    let operations = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const pageRuns: TextRun[] = [];
      for (const item of content.items as PdfTextItem[]) {
        if (typeof item.str !== "string" || item.str.trim() === "") continue;
        const [a, b, , , x, y] = item.transform;
        pageRuns.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || 1 });
      }
      runs += pageRuns.length;
      if (runs > DOCUMENT_LIMITS.runs) throw new DocumentTooLarge("runs", runs);
      const list = await page.getOperatorList();
      operations += list.fnArray.length;
      if (operations > DOCUMENT_LIMITS.operations) throw new DocumentTooLarge("operations", operations);
      pages.push({ number, runs: pageRuns, rules: rulesOf(list.fnArray, list.argsArray) });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
