/**
 * The signature block set when a report is rendered: the template marks the signer's and the date's paragraphs by
 * their styles, and each gets the right indent src/render/signature.ts gives for the printed text. A template
 * without those styles (a customised one) keeps its own layout.
 */
import { signatureIndents } from "../render/signature.js";

export const SIGNATURE_STYLE = { signer: "NianbaoSigner", date: "NianbaoSignatureDate" } as const;

/** One character of the body (3号, 16 pt), in twips. */
export const BODY_CHARACTER_TWIPS = 320;

const PARAGRAPH = /<w:p>(?:(?!<\/w:p>)[^])*<\/w:p>/g;
const textOf = (paragraph: string) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
const unescape = (text: string) => text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/** The properties w:ind follows in a w:pPr (CT_PPrBase's sequence), the last of which comes first here. */
const BEFORE_INDENT = /(<w:spacing [^>]*\/>|<w:keepNext\/>|<w:pStyle [^>]*\/>)(?![^]*(<w:spacing |<w:keepNext\/>))/;

/** The paragraph with its right indent set, whatever indent its properties had, in the place the schema gives it. */
function withRightIndent(paragraph: string, characters: number): string {
  const twips = Math.round(characters * BODY_CHARACTER_TWIPS);
  const properties = /<w:pPr>(?:(?!<\/w:pPr>)[^])*<\/w:pPr>/.exec(paragraph)![0];
  const fixed = properties
    .replace(/<w:ind [^>]*\/>/, "")
    .replace(BEFORE_INDENT, `$1<w:ind w:right="${twips}"/>`);
  return paragraph.replace(properties, fixed);
}

export function setSignatureIndents(documentXml: string): string {
  const paragraphs = [...documentXml.matchAll(PARAGRAPH)];
  const find = (style: string) => paragraphs.find((m) => m[0].includes(`<w:pStyle w:val="${style}"/>`));
  const [signer, date] = [find(SIGNATURE_STYLE.signer), find(SIGNATURE_STYLE.date)];
  if (!signer || !date) return documentXml;
  const indents = signatureIndents(unescape(textOf(signer[0])), unescape(textOf(date[0])));
  // The date comes after the signer: replaced from the end, the earlier match's index stays right.
  const replace = (xml: string, match: RegExpMatchArray, characters: number) =>
    xml.slice(0, match.index) + withRightIndent(match[0], characters) + xml.slice(match.index! + match[0].length);
  return replace(replace(documentXml, date, indents.date), signer, indents.signer);
}
