/**
 * The format table (issue 23, item 1) as written by hand: each format's file, manifest record, how it is made and
 * who offers it; which formats a run writes; which are rendered from the report alone.
 *
 * Covers: src/outputs/formats.ts.
 */
import { describe, expect, it } from "vitest";
import { chosenKinds, OPTIONAL_KINDS, OUTPUT_FORMATS, OUTPUT_KINDS, REPORT_KINDS, renderReportFormats } from "../src/outputs/formats.js";
import { loadReport } from "../src/pipeline/load.js";

describe("the format table", () => {
  it("holds the Word document, the web page and the PDF, as written here", () => {
    const rows = Object.fromEntries(
      OUTPUT_KINDS.map((kind) => {
        const { extension, mediaType, manifestKey, made, optional, page } = OUTPUT_FORMATS[kind];
        return [kind, { extension, mediaType, manifestKey, made, optional, page }];
      }),
    );
    expect(rows).toStrictEqual({
      docx: {
        extension: "docx",
        mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        manifestKey: "output",
        made: "template",
        optional: false,
        page: true,
      },
      html: { extension: "html", mediaType: "text/html", manifestKey: "html", made: "report", optional: true, page: true },
      pdf: { extension: "pdf", mediaType: "application/pdf", manifestKey: "pdf", made: "conversion", optional: true, page: false },
    });
    expect(OPTIONAL_KINDS).toEqual(["html", "pdf"]);
    expect(REPORT_KINDS).toEqual(["html"]);
    expect([OUTPUT_FORMATS.html.option, OUTPUT_FORMATS.pdf.option]).toEqual([
      expect.stringContaining("网页"),
      expect.stringContaining("PDF"),
    ]);
  });

  it.each([
    [{}, ["docx"]],
    [{ html: true }, ["docx", "html"]],
    [{ pdf: true }, ["docx", "pdf"]],
    [{ html: true, pdf: true }, ["docx", "html", "pdf"]],
    [{ html: false, pdf: false }, ["docx"]],
  ])("a run asked for %j writes %j", (choice, kinds) => {
    expect(chosenKinds(choice)).toEqual(kinds);
  });

  it("renders from the report alone only the formats asked for that are made so", async () => {
    const { report, edition } = await loadReport("inputs/2020-贺兰县交通运输局.xlsx");
    expect(renderReportFormats(report, edition, {})).toStrictEqual({});
    expect(renderReportFormats(report, edition, { pdf: true })).toStrictEqual({});
    const files = renderReportFormats(report, edition, { html: true, pdf: true });
    expect(Object.keys(files)).toEqual(["html"]);
    const page = new TextDecoder().decode(files.html);
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).toContain("<title>贺兰县交通运输局2020年政府信息公开工作年度报告</title>");
  });
});
