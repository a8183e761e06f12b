import { DOMParser } from "@xmldom/xmldom";
import PizZip from "pizzip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const PARTS = /^word\/(document|styles|header\d*|footer\d*|numbering)\.xml$/;
const FONT_ATTRIBUTES = ["eastAsia", "ascii", "hAnsi", "cs"];

/** Every font a .docx names in its runs and styles (w:rFonts), the faces a PDF of it has to find. */
export function fontsInDocx(bytes: Buffer): Set<string> {
  const zip = new PizZip(bytes);
  const fonts = new Set<string>();
  for (const name of Object.keys(zip.files).filter((part) => PARTS.test(part))) {
    const xml = new DOMParser().parseFromString(zip.file(name)!.asText(), "text/xml");
    const elements = xml.getElementsByTagNameNS(W, "rFonts");
    for (let i = 0; i < elements.length; i++) {
      for (const attribute of FONT_ATTRIBUTES) {
        const font = elements[i].getAttributeNS(W, attribute);
        if (font) fonts.add(font);
      }
    }
  }
  return fonts;
}
