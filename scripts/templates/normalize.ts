import PizZip from "pizzip";

const FIXED_DATE = new Date(2000, 0, 1); // local components: pizzip writes local DOS time (pitfalls.md)
const FIXED_ISO = "2000-01-01T00:00:00Z";

/** Same definitions, same template bytes: fix the zip dates and the core properties' timestamps. */
export function normalizeTemplate(bytes: Buffer): Buffer {
  const zip = new PizZip(bytes);
  const core = zip.file("docProps/core.xml");
  if (core) zip.file("docProps/core.xml", core.asText().replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_ISO}`));
  for (const entry of Object.values(zip.files)) entry.date = FIXED_DATE;
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}
