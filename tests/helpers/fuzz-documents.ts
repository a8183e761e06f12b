/**
 * Property-based checks of the surfaces issue 24 attacked: published web pages and Word documents (random markup,
 * spans and merges, nesting, entities, charsets) and Word templates (random tags), and data rendered into the
 * standard template. Shared, like tests/helpers/fuzz.ts, by tests/fuzz.test.ts and scripts/fuzz.ts.
 */
import fc from "fast-check";
import PizZip from "pizzip";
import { readFileSync } from "node:fs";
import { InputError } from "../../src/findings/finding.js";
import { interpretReport, loadReport } from "../../src/pipeline/load.js";
import { prepareTemplateBytes, type PreparedTemplate } from "../../src/pipeline/template.js";
import { readDocxSource, readHtmlSource } from "../../src/published/read-published.js";
import { readJsonSource } from "../../src/input/read-json.js";
import { setPath, validJson } from "./json.js";
import { renderHtml } from "../../src/render/html.js";
import { stripControlCharacters } from "../../src/values/text.js";
import type { Report } from "../../src/report/report.js";
import { assertReadable, outcomeOf, type Outcome } from "./fuzz.js";
import { EXAMPLE_INPUT } from "./published.js";

/** Reads and checks a published document the way `check` does. */
const checkPublished = (bytes: Buffer, kind: "html" | "docx"): Promise<Outcome> =>
  outcomeOf(() => (kind === "html" ? readHtmlSource(bytes, "报告.html") : readDocxSource(bytes, "报告.docx")));

/** Numbers a span or merge attribute may carry, the hostile ones first. */
const spanValue = fc.oneof(
  // Mostly ordinary spans, so that a table of fifty cells is often read rather than refused for one hostile span.
  { weight: 38, arbitrary: fc.integer({ min: 1, max: 4 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("9007199254740993", "1e400", "-1", "0", "abc", "", "1000", "1001", "0x10", " 2 "),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 5000 }).map(String) },
);
/** Text a cell may hold: figures, labels of the official tables, entities, control characters. */
const cellText = fc.oneof(
  fc.constantFrom(
    "12",
    "十二",
    "——",
    "0",
    "1,823",
    "总计",
    "自然人",
    "商业企业",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "&nbsp;",
    "&unknown;",
    "\u0001",
  ),
  fc.string({ maxLength: 8 }),
);

/** A random HTML table: rows of cells with random rowspan and colspan. */
const htmlTable = fc
  .array(
    fc.array(
      fc.record({ tag: fc.constantFrom("td", "th"), rowspan: fc.option(spanValue), colspan: fc.option(spanValue), text: cellText }),
      { maxLength: 8 },
    ),
    { maxLength: 12 },
  )
  .map(
    (rows) =>
      `<table>${rows
        .map(
          (cells) =>
            `<tr>${cells
              .map(
                (c) =>
                  `<${c.tag}${c.rowspan === null ? "" : ` rowspan="${c.rowspan}"`}${c.colspan === null ? "" : ` colspan="${c.colspan}"`}>${c.text}</${c.tag}>`,
              )
              .join("")}</tr>`,
        )
        .join("")}</table>`,
  );

/** Snippets that break markup: tags left open or closed twice, deep nesting, comments, scripts, charsets. */
const htmlSnippet = fc.oneof(
  htmlTable,
  fc.constantFrom("<table>", "</table>", "<tr>", "</td>", "<!--", "<![CDATA[", "<script>", '<meta charset="gbk">', "&#x0;", "<br>"),
  fc.integer({ min: 1, max: 3000 }).map((depth) => `${"<span>".repeat(depth)}12${"</span>".repeat(depth)}`),
  fc.integer({ min: 1, max: 3000 }).map((depth) => "<div>".repeat(depth)),
  fc.string(),
);

/** A text edit: cut at a point, insert a snippet, delete a stretch, or duplicate one. */
const textEdit = <T>(snippet: fc.Arbitrary<T>) =>
  fc.record({
    at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    kind: fc.constantFrom("cut", "insert", "delete", "duplicate"),
    text: snippet,
    length: fc.integer({ min: 1, max: 400 }),
  });
type TextEdit = { at: number; kind: string; text: string; length: number };

function editText(text: string, edit: TextEdit): string {
  const at = Math.floor(edit.at * text.length);
  if (edit.kind === "cut") return text.slice(0, at);
  if (edit.kind === "insert") return text.slice(0, at) + edit.text + text.slice(at);
  if (edit.kind === "delete") return text.slice(0, at) + text.slice(at + edit.length);
  return text.slice(0, at) + text.slice(at, at + edit.length) + text.slice(at);
}

/** A page as a browser would save it: UTF-8, or UTF-16 with its byte-order mark. */
const encodePage = (html: string, utf16: boolean): Buffer =>
  utf16 ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, "utf16le")]) : Buffer.from(html, "utf8");

/** Word markup that breaks a reader: huge spans and grid offsets, merges, cells and rows left open. */
const wordSnippet = fc.oneof(
  spanValue.map((n) => `<w:gridSpan w:val="${n}"/>`),
  spanValue.map((n) => `<w:gridBefore w:val="${n}"/>`),
  fc.constantFrom('<w:vMerge w:val="restart"/>', "<w:vMerge/>", "<w:tc>", "</w:tc>", "<w:tr>", "</w:tr>", "<w:tbl>", "</w:tbl>"),
  cellText.map((text) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`),
  fc.string(),
);

/**
 * An edit that keeps the XML well-formed, so that the table reader, not the XML parser, meets it: a cell given a
 * span, a grid offset or a merge, its text replaced, a row repeated or removed.
 */
const cellEdit = fc.record({
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  kind: fc.constantFrom("property", "text", "repeat-row", "remove-row"),
  property: fc.oneof(
    spanValue.map((n) => `<w:gridSpan w:val="${n}"/>`),
    spanValue.map((n) => `<w:gridBefore w:val="${n}"/>`),
    fc.constantFrom('<w:vMerge w:val="restart"/>', "<w:vMerge/>", '<w:hMerge w:val="continue"/>'),
  ),
  text: cellText.map((text) => text.replace(/[<&]/g, "")),
});
type CellEdit = { at: number; kind: string; property: string; text: string };

/** The n-th match of `pattern` in `xml`, n chosen by a fraction of their count. */
function nthMatch(xml: string, pattern: RegExp, at: number): RegExpExecArray | undefined {
  const matches = [...xml.matchAll(pattern)];
  return matches.length === 0 ? undefined : matches[Math.floor(at * matches.length)];
}

function editCells(xml: string, edit: CellEdit): string {
  if (edit.kind === "property") {
    const cell = nthMatch(xml, /<w:tcPr>/g, edit.at);
    return cell ? xml.slice(0, cell.index + cell[0].length) + edit.property + xml.slice(cell.index + cell[0].length) : xml;
  }
  if (edit.kind === "text") {
    const text = nthMatch(xml, /(<w:tc>(?:(?!<\/w:tc>).)*?<w:t(?: [^>]*)?>)[^<]*(<\/w:t>)/gs, edit.at);
    return text ? xml.slice(0, text.index) + text[1] + edit.text + text[2] + xml.slice(text.index + text[0].length) : xml;
  }
  const row = nthMatch(xml, /<w:tr[ >](?:(?!<\/w:tr>).)*<\/w:tr>/gs, edit.at);
  if (!row) return xml;
  const end = row.index + row[0].length;
  return edit.kind === "repeat-row" ? xml.slice(0, end) + row[0] + xml.slice(end) : xml.slice(0, row.index) + xml.slice(end);
}

/** Template text: tags of every kind docxtemplater knows, well and badly formed. */
const templateSnippet = fc.oneof(
  fc.constantFrom("{@raw}", "{#a}", "{/a}", "{/}", "{", "}", "{{", "{meta.agency}", "{#text.overview}{text}{/text.overview}", "{^x}"),
  fc.integer({ min: 1, max: 12 }).map((depth) => `${"{#l}".repeat(depth)}{x}${"{/l}".repeat(depth)}`),
  fc.string({ maxLength: 12 }),
);

/** Text that might break out of a run: markup, entities, every kind of character. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("示范‹局&", "</w:t></w:r></w:p><w:p><w:r><w:t>注入", "]]>", "<w:p/>", "&amp;lt;", "\u0000\u0008\ufffe", "\ud800"),
);

/**
 * Hostile text of one line that still prints something once cleaned: a blank paragraph prints nothing and a line
 * break starts a paragraph of its own, both by design (a clerk's pasted lines are paragraphs).
 */
const printedText = hostileText.filter(
  (text) => stripControlCharacters(text).text.trim() !== "" && !/[\n\r\v\f\u0085\u2028\u2029]/.test(text),
);

/** The example report, as its web page, its Word document and its values: what the edits start from. */
async function examples(): Promise<{ page: string; document: Buffer; template: Buffer; prepared: PreparedTemplate; report: Report }> {
  const loaded = await loadReport(EXAMPLE_INPUT["2021"]);
  const template = readFileSync("templates/2021.docx");
  const prepared = await prepareTemplateBytes(template, "templates/2021.docx", "2021");
  const rendered = prepared.render(loaded.report);
  if (rendered.status !== "ok") throw new Error("the example does not render");
  return { page: renderHtml(loaded.report, loaded.edition), document: rendered.bytes, template, prepared, report: loaded.report };
}

/** A .docx whose word/document.xml is edited. */
function withDocumentXml(docx: Buffer, edit: (xml: string) => string): Buffer {
  const zip = new PizZip(docx);
  zip.file("word/document.xml", edit(zip.file("word/document.xml")!.asText()));
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Paragraphs and tables of a document: what no value filled into it may change. */
const structureOf = (docx: Buffer): string => {
  const xml = new PizZip(docx).file("word/document.xml")!.asText();
  return `${(xml.match(/<w:p[ >]/g) ?? []).length} paragraphs, ${(xml.match(/<w:tbl>/g) ?? []).length} tables`;
};

export interface DocumentFamily {
  name: string;
  cases: fc.Arbitrary<unknown>;
  check: (input: never) => Promise<Outcome>;
}

export async function documentFamilies(): Promise<DocumentFamily[]> {
  const { page, document, template, prepared, report } = await examples();
  const family = <T>(name: string, cases: fc.Arbitrary<T>, check: (input: T) => Promise<Outcome>): DocumentFamily => ({
    name,
    cases,
    check: check as DocumentFamily["check"],
  });
  // The values as the pipeline has them: read from the JSON form, which cleans what must never reach a document.
  const withText = (agency: string, text: string) => {
    const json = validJson("2021");
    setPath(json, "meta.agency", agency);
    setPath(json, "text.overview", [{ level: 1, text }]);
    const loaded = interpretReport({ ...readJsonSource(Buffer.from(JSON.stringify(json)), "报告.json"), sha256: "" });
    return prepared.render(loaded.report);
  };
  const plain = withText("甲", "甲");
  if (plain.status !== "ok") throw new Error("the example does not render");
  const plainStructure = structureOf(plain.bytes);
  return [
    family("published HTML", fc.tuple(fc.array(textEdit(htmlSnippet), { minLength: 1, maxLength: 4 }), fc.boolean()), ([edits, utf16]) =>
      checkPublished(encodePage(edits.reduce(editText, page), utf16), "html"),
    ),
    family("published HTML tables", fc.array(htmlTable, { minLength: 1, maxLength: 4 }), (tables) =>
      checkPublished(Buffer.from(`<html><body><p>一、总体情况</p>${tables.join("<p>二、</p>")}</body></html>`), "html"),
    ),
    family("published .docx cells", fc.array(cellEdit, { minLength: 1, maxLength: 6 }), (edits) =>
      checkPublished(
        withDocumentXml(document, (xml) => edits.reduce(editCells, xml)),
        "docx",
      ),
    ),
    family("published .docx", fc.array(textEdit(wordSnippet), { minLength: 1, maxLength: 4 }), (edits) =>
      checkPublished(
        withDocumentXml(document, (xml) => edits.reduce(editText, xml)),
        "docx",
      ),
    ),
    family("templates", fc.array(textEdit(templateSnippet), { minLength: 1, maxLength: 3 }), async (edits) => {
      try {
        const prepared = await prepareTemplateBytes(
          withDocumentXml(template, (xml) => edits.reduce(editText, xml)),
          "本局模板.docx",
          "2021",
        );
        if (!prepared.verdict.valid) return "findings";
        const rendered = prepared.render(report);
        assertReadable(rendered.status === "ok" ? [] : rendered.verdict.findings);
        return rendered.status === "ok" ? "valid" : "findings";
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        return `refused:${error.finding.code}`;
      }
    }),
    // No value can change the document's structure: any agency name and paragraph text renders into the same
    // paragraphs and tables as plain ones, or the output would not be refused as broken (template/broken-output).
    family("template data", fc.tuple(printedText, printedText), async ([agency, text]) => {
      const rendered = withText(agency, text);
      if (rendered.status !== "ok") throw new Error(`refused: ${rendered.verdict.findings.map((f) => f.message).join(" ")}`);
      const structure = structureOf(rendered.bytes);
      if (structure !== plainStructure) throw new Error(`structure changed: ${structure} instead of ${plainStructure}`);
      return "valid";
    }),
  ];
}
