/** Agency names as reports write them: one agency under its full and its short name. */

/** A name as written, without spaces. */
export const agencyNameOf = (value: unknown): string => String(value ?? "").replace(/\s+/g, "");

/**
 * Whether two names are one agency's: the same, or one the other with its place before it (淮安市洪泽区人民政府 and
 * 洪泽区人民政府).
 */
export function sameAgencyName(a: unknown, b: unknown): boolean {
  const [x, y] = [agencyNameOf(a), agencyNameOf(b)];
  return x !== "" && y !== "" && (x === y || x.endsWith(y) || y.endsWith(x));
}
