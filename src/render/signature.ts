/**
 * The signature block of a document without a seal, as GB/T 9704-2012 7.3.5.2 sets it: the signer 右空二字 (two
 * characters from the right margin); the date on the line below, its first character two characters right of the
 * signer's first; when the date is the longer, the date 右空二字 and the signer moves left to keep that step.
 */

const isHalfWidth = (char: string) => char.charCodeAt(0) < 0x2e80 || (char >= "\uff61" && char <= "\uffdc");
/** The space word processors set between Chinese and Latin text (autoSpaceDE/DN): LibreOffice's is a fifth of a character. */
const ASIAN_LATIN_SPACE = 0.2;

/**
 * A line's printed width in characters of the body size: Chinese and full-width forms one, digits and Latin letters
 * half, and the space set where the two meet (2021年1月19日: 3 + 3.5 + 5 × 0.2 = 7.5).
 */
export function characterWidth(text: string): number {
  const chars = [...text];
  const boundaries = chars.filter((char, i) => i > 0 && isHalfWidth(char) !== isHalfWidth(chars[i - 1])).length;
  return chars.reduce((width, char) => width + (isHalfWidth(char) ? 0.5 : 1), 0) + boundaries * ASIAN_LATIN_SPACE;
}

const RIGHT_SPACE = 2;
const STEP = 2;

/** How many characters each line stands in from the right margin. */
export function signatureIndents(signer: string, date: string): { signer: number; date: number } {
  const [signerWidth, dateWidth] = [characterWidth(signer), characterWidth(date)];
  const date_ = RIGHT_SPACE + signerWidth - STEP - dateWidth;
  if (date_ >= RIGHT_SPACE) return { signer: RIGHT_SPACE, date: date_ };
  return { signer: RIGHT_SPACE + dateWidth + STEP - signerWidth, date: RIGHT_SPACE };
}
