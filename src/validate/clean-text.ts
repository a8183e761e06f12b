import { makeFinding, type Finding, type Location } from "../findings/finding.js";
import { stripControlCharacters } from "../values/text.js";

/** A text value without the characters that must never reach the document (rules.md V7, with a warning), trimmed. */
export function cleanText(text: string, label: string, location: Location, findings: Finding[]): string {
  const { text: cleaned, removed } = stripControlCharacters(text);
  if (removed > 0) findings.push(makeFinding("text/control-characters", location, { label, actual: removed }));
  return cleaned.trim();
}
