/**
 * What pdf.js gives of a PDF's pages (src/document/pdf-text.ts): text runs with their place, width and size, and
 * the rules its paths draw, in page space. PDFs written by hand (tests/helpers/tiny-pdf.ts), so no LibreOffice is
 * needed and every figure below is worked out from the operators: Helvetica's widths are its AFM metrics.
 */
import { describe, expect, it } from "vitest";
import { DocumentTooLarge } from "../src/document/limits.js";
import { PdfUnreadable, type Rule } from "../src/document/pdf-layout.js";
import { readPdfPages } from "../src/document/pdf-text.js";
import { passwordPdf } from "./helpers/pdf-files.js";
import { tinyPdf } from "./helpers/tiny-pdf.js";

const page = (...operators: string[]) => operators.join("\n");
const sorted = (rules: Rule[]) => [...rules].sort((a, b) => a.axis.localeCompare(b.axis) || a.at - b.at || a.from - b.from);
/** The rules of a one-page PDF drawn by these operators, in a fixed order. */
const rulesDrawn = async (...operators: string[]): Promise<Rule[]> => sorted((await readPdfPages(tinyPdf([page(...operators)])))[0].rules);

describe("text runs", () => {
  it("gives each run's text, place, width and size; a scaled run its scaled size; a blank run nothing", async () => {
    const [first] = await readPdfPages(
      tinyPdf([
        page("BT /F1 10 Tf 100 700 Td (Total) Tj ET", "BT /F1 12 Tf 2 0 0 2 50 600 Tm (Ab) Tj ET", "BT /F1 10 Tf 300 700 Td (   ) Tj ET"),
      ]),
    );
    expect(first.number).toBe(1);
    // Helvetica: T 611, o 556, t 278, a 556, l 222 → 2223/1000 × 10 pt; A 667, b 556 → 1223/1000 × 12 pt × 2.
    expect(first.runs.map((run) => ({ ...run, width: Number(run.width.toFixed(2)) }))).toEqual([
      { text: "Total", x: 100, y: 700, width: 22.23, size: 10 },
      { text: "Ab", x: 50, y: 600, width: 29.35, size: 24 },
    ]);
    expect(first.rules).toEqual([]);
  });

  it("numbers the pages and keeps each page's runs apart", async () => {
    const pages = await readPdfPages(tinyPdf([page("BT /F1 10 Tf 10 20 Td (one) Tj ET"), page("BT /F1 10 Tf 30 40 Td (two) Tj ET")]));
    expect(pages.map((p) => [p.number, p.runs.map((run) => [run.text, run.x, run.y])])).toEqual([
      [1, [["one", 10, 20]]],
      [2, [["two", 30, 40]]],
    ]);
  });
});

describe("rules drawn by paths", () => {
  it("takes stroked lines, thin filled boxes and stroked boxes as rules, in page space", async () => {
    const rules = await rulesDrawn(
      // A stroked horizontal line, and a vertical one.
      "100 690 m 400 690 l S",
      "100 500 m 100 690 l S",
      // A filled box 0.5 pt high: a horizontal rule along its middle.
      "100 480 300 0.5 re f",
      // A stroked box 300 × 50: its four sides.
      "100 400 300 50 re S",
      // A line drawn twice as large and moved: (50, 300)–(50, 350) scaled by 2 is x 100, y 600–700.
      "q 2 0 0 2 0 0 cm 50 300 m 50 350 l S Q",
      // After Q the scale is gone: this line is where it is written.
      "200 100 m 200 150 l S",
    );
    expect(rules).toEqual(
      sorted([
        { axis: "h", at: 690, from: 100, to: 400 },
        { axis: "v", at: 100, from: 500, to: 690 },
        { axis: "h", at: 480.25, from: 100, to: 400 },
        { axis: "h", at: 400, from: 100, to: 400 },
        { axis: "h", at: 450, from: 100, to: 400 },
        { axis: "v", at: 100, from: 400, to: 450 },
        { axis: "v", at: 400, from: 400, to: 450 },
        { axis: "v", at: 100, from: 600, to: 700 },
        { axis: "v", at: 200, from: 100, to: 150 },
      ]),
    );
  });

  it("follows nested transforms and their save and restore", async () => {
    const rules = await rulesDrawn(
      // Moved to (300, 400), turned a quarter to the left, moved (5, 7) in the turned frame: the matrix is
      // [0 1 -1 0 293 405], so (0, 0)–(100, 0) is drawn from (293, 405) up to (293, 505).
      "q 1 0 0 1 300 400 cm q 0 1 -1 0 0 0 cm 1 0 0 1 5 7 cm 0 0 m 100 0 l S Q",
      // Back to the move alone: (0, 0)–(50, 0) is (300, 400)–(350, 400).
      "0 0 m 50 0 l S Q",
      // Back to the page; a restore with nothing saved leaves it so.
      "Q 10 10 m 10 60 l S",
      // Two shears, each moved: [1 0 1 1 10 20] then [1 1 0 1 3 4] make [2 1 1 1 17 24], so (x, y) is drawn at
      // (2x + y + 17, x + y + 24): (0, 0)–(10, -20) from (17, 24) down to (17, 14).
      "q 1 0 1 1 10 20 cm 1 1 0 1 3 4 cm 0 0 m 10 -20 l S Q",
      // Filled and stroked (B): a box's four sides, as stroked.
      "500 500 40 20 re B",
    );
    expect(rules).toEqual(
      sorted([
        { axis: "v", at: 293, from: 405, to: 505 },
        { axis: "h", at: 400, from: 300, to: 350 },
        { axis: "v", at: 10, from: 10, to: 60 },
        { axis: "v", at: 17, from: 14, to: 24 },
        { axis: "h", at: 500, from: 500, to: 540 },
        { axis: "h", at: 520, from: 500, to: 540 },
        { axis: "v", at: 500, from: 500, to: 520 },
        { axis: "v", at: 540, from: 500, to: 520 },
      ]),
    );
  });

  it("draws the line between thin and not at 3 pt", async () => {
    const rules = await rulesDrawn(
      // Filled: under 3 pt across, a rule; 3 pt, none; nor a box under 3 pt one way and 3 pt the other.
      "100 100 2.5 50 re f",
      "300 100 3 50 re f",
      "100 300 50 2.5 re f",
      "100 400 50 3 re f",
      "600 100 2 3 re f",
      "600 200 3 2 re f",
      // Stroked: 3 pt across is a box (four rules); a box under 3 pt both ways is a dot (none).
      "100 500 3 50 re S",
      "300 500 50 3 re S",
      "300 300 2 2 re S",
    );
    expect(rules).toEqual(
      sorted([
        { axis: "v", at: 101.25, from: 100, to: 150 },
        { axis: "h", at: 301.25, from: 100, to: 150 },
        { axis: "h", at: 500, from: 100, to: 103 },
        { axis: "h", at: 550, from: 100, to: 103 },
        { axis: "v", at: 100, from: 500, to: 550 },
        { axis: "v", at: 103, from: 500, to: 550 },
        { axis: "h", at: 500, from: 300, to: 350 },
        { axis: "h", at: 503, from: 300, to: 350 },
        { axis: "v", at: 300, from: 500, to: 503 },
        { axis: "v", at: 350, from: 500, to: 503 },
      ]),
    );
  });

  it("takes no rule from a filled box (either fill rule), a triangle, a diagonal, a dot, a path never painted, or one only clipped", async () => {
    const rules = await rulesDrawn(
      "100 400 300 50 re f",
      "100 460 300 50 re f*",
      // A stroked triangle: no box, no rules.
      "100 700 m 200 700 l 150 800 l h S",
      "100 100 m 200 200 l S",
      "300 300 m 301 301 l S",
      "100 600 m 400 600 l n",
      "100 650 m 400 650 l W n",
    );
    expect(rules).toEqual([]);
  });
});

describe("what is refused", () => {
  it("a file that is no PDF: unreadable, as damaged", async () => {
    const error = await readPdfPages(Buffer.from("not a pdf at all")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PdfUnreadable);
    expect((error as PdfUnreadable).reason).toBe("corrupt");
  });

  it("a file that needs a password to open: unreadable, for its password", async () => {
    const error = await readPdfPages(passwordPdf()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PdfUnreadable);
    expect((error as PdfUnreadable).reason).toBe("password");
  });

  it("more pages than any report has (200): too large, with the count, before a page is read", async () => {
    const error = await readPdfPages(tinyPdf(Array.from({ length: 201 }, () => page("BT /F1 1 Tf 1 1 Td (x) Tj ET")))).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DocumentTooLarge);
    expect([(error as DocumentTooLarge).limit, (error as DocumentTooLarge).actual]).toEqual(["pages", 201]);
  });

  it("200 pages, the most a report may have, are read", async () => {
    const pages = await readPdfPages(tinyPdf(Array.from({ length: 200 }, () => page("BT /F1 1 Tf 1 1 Td (x) Tj ET"))));
    expect(pages.map((p) => p.number)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });
});
