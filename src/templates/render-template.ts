import type { CompiledTemplate } from "./template-tags.js";

/**
 * pizzip writes local DOS time: a date built from local components gives the same bytes in every time zone.
 * Built at each call, so that it follows the time zone in force when the zip is written.
 */
const fixedZipDate = () => new Date(2000, 0, 1);

export class MissingValuesError extends Error {
  constructor(readonly tags: string[]) {
    super(`template tags without a value: ${tags.join(", ")}`);
    this.name = "MissingValuesError";
  }
}

const escapeXml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * Merges data into a compiled template; the output is byte-identical for the same template and data. `title` becomes
 * the document's title property (docProps/core.xml): Word and WPS show it, and LibreOffice writes it into the PDF.
 */
export function renderDocx({ doc, missing }: CompiledTemplate, data: Record<string, unknown>, title?: string): Buffer {
  doc.render(data);
  if (missing.size > 0) throw new MissingValuesError([...missing]);
  const core = doc.getZip().file("docProps/core.xml");
  if (core && title !== undefined)
    doc.getZip().file("docProps/core.xml", core.asText().replace(/<dc:title>[^<]*<\/dc:title>|<dc:title\/>/, `<dc:title>${escapeXml(title)}</dc:title>`));
  for (const entry of Object.values(doc.getZip().files) as { date: Date }[]) entry.date = fixedZipDate();
  return doc.toBuffer();
}
