import { setSignatureIndents } from "./signature-block.js";
import { notWellFormed } from "./well-formed.js";
import type { CompiledTemplate } from "./template-tags.js";

/**
 * pizzip writes local DOS time: a date built from local components gives the same bytes in every time zone.
 * Built at each call, so that it follows the time zone in force when the zip is written.
 */
const fixedZipDate = () => new Date(2000, 0, 1);

/** The parts docxtemplater renders: the body, headers and footers. */
const RENDERED_PART = /^word\/(document|header\d*|footer\d*)\.xml$/;

/** A rendered part that is not well-formed XML: the template let a value into its markup. */
export class BrokenOutputError extends Error {
  constructor(
    readonly part: string,
    readonly reason: string,
  ) {
    super(`rendered ${part} is not well-formed: ${reason}`);
    this.name = "BrokenOutputError";
  }
}

export class MissingValuesError extends Error {
  constructor(readonly tags: string[]) {
    super(`template tags without a value: ${tags.join(", ")}`);
    this.name = "MissingValuesError";
  }
}

/** A text run of the template's shape: its properties, then its text, nothing else (a break or a tab is left as it is). */
const TEXT_RUN = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>)[^])*<\/w:rPr>)?<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g;
/** A number as printed: 1823, 1,823, 7380.28959, +505. */
const NUMBER = /([+-]?\d+(?:[.,]\d+)*)/;

/**
 * Each number of the text in a run of its own, tagged as Latin text (w:lang en-US): LibreOffice otherwise breaks a
 * line inside a run of digits set among Chinese (50 / 0余份 across two lines of the PDF). Word and WPS keep digits
 * together anyway; the tag changes nothing else (the East Asian language stays zh-CN).
 */
export function keepNumbersWhole(xml: string): string {
  return xml.replace(TEXT_RUN, (run, properties: string | undefined, text: string) => {
    if (!/\d/.test(text)) return run;
    const own = properties ?? "<w:rPr></w:rPr>";
    const latin = own.includes("<w:lang ") ? own : own.replace("</w:rPr>", '<w:lang w:val="en-US"/></w:rPr>');
    return text
      .split(NUMBER)
      .filter((part) => part !== "")
      .map((part) => `<w:r>${NUMBER.test(part) ? latin : (properties ?? "")}<w:t xml:space="preserve">${part}</w:t></w:r>`)
      .join("");
  });
}

const escapeXml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * Merges data into a compiled template; the output is byte-identical for the same template and data. `title` becomes
 * the document's title property (docProps/core.xml): Word and WPS show it, and LibreOffice writes it into the PDF.
 */
export function renderDocx({ doc, missing }: CompiledTemplate, data: Record<string, unknown>, title?: string): Buffer {
  doc.render(data);
  if (missing.size > 0) throw new MissingValuesError([...missing]);
  const body = doc.getZip().file("word/document.xml");
  if (body) doc.getZip().file("word/document.xml", setSignatureIndents(keepNumbersWhole(body.asText())));
  const core = doc.getZip().file("docProps/core.xml");
  if (core && title !== undefined)
    doc.getZip().file("docProps/core.xml", core.asText().replace(/<dc:title>[^<]*<\/dc:title>|<dc:title\/>/, `<dc:title>${escapeXml(title)}</dc:title>`));
  // No value may change the document's structure: a part that is not well-formed is never called generated.
  for (const name of Object.keys(doc.getZip().files).filter((part) => RENDERED_PART.test(part))) {
    const reason = notWellFormed(doc.getZip().file(name)!.asText());
    if (reason) throw new BrokenOutputError(name, reason);
  }
  for (const entry of Object.values(doc.getZip().files) as { date: Date }[]) entry.date = fixedZipDate();
  return doc.toBuffer();
}
