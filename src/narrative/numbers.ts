/**
 * Numbers as narratives write them: 1,823 and １８２３, 十二, 一百零五, 两, 1.5万. Only whole values matter here:
 * the figures a narrative states about the tables are counts.
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** A run of Chinese numeral characters, as a regular-expression class body. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/** 十二 → 12, 一百零五 → 105, 两千三百 → 2300, 三万五千 → 35000; undefined for what is not a numeral. */
export function chineseNumeral(text: string): number | undefined {
  if (text === "" || ![...text].every((c) => c in DIGITS || c in SMALL_UNITS || c in LARGE_UNITS)) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of text) {
    if (c in DIGITS) {
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      // 十二: a unit with no digit before it counts once.
      section += (digit ?? 1) * SMALL_UNITS[c];
      digit = undefined;
    } else {
      total += (section + (digit ?? 0)) * LARGE_UNITS[c];
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** "1,823" "１８２３" "1.5万" "十二" → a number; undefined when the text is not one. */
export function readStatedNumber(text: string): number | undefined {
  const plain = text.normalize("NFKC").replace(/[,，]/g, "");
  const arabic = /^(\d+(?:\.\d+)?)(万|亿)?$/.exec(plain);
  if (arabic) return Math.round(Number(arabic[1]) * (arabic[2] ? LARGE_UNITS[arabic[2]] : 1));
  return chineseNumeral(plain);
}
