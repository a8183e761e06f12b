/**
 * The secrets in the desk's links: random, long enough never to be guessed, and compared so that the time an answer
 * takes says nothing of how much of a guess was right.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 24 random bytes: 192 bits, 32 characters of base64url (letters, digits, - and _), safe in a path. */
const TOKEN_BYTES = 24;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export const newToken = (): string => randomBytes(TOKEN_BYTES).toString("base64url");

/** Both sides hashed first: timingSafeEqual needs equal lengths, and a guess of another length must take as long. */
const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/**
 * Who holds a token: a function from a guess to its holder, or undefined. Every holder's token is compared, in
 * constant time each, and the loop never stops early: the time taken is the same for every guess. The holders'
 * digests are made once, not for every request.
 */
export function holderOf<T>(holders: readonly { token: string; holder: T }[]): (candidate: string) => T | undefined {
  const digests = holders.map(({ token, holder }) => ({ digest: digest(token), holder }));
  return (candidate) => {
    const guess = digest(candidate);
    let found: T | undefined;
    for (const { digest: held, holder } of digests) if (timingSafeEqual(held, guess)) found = holder;
    return found;
  };
}
