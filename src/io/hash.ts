import { sha256 as sha256Digest } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

/** The part of node:crypto used here, named so that the page's modules import nothing of Node's, not even a type. */
interface NodeCrypto {
  createHash(algorithm: "sha256"): { update(bytes: Uint8Array): { digest(encoding: "hex"): string } };
}

/**
 * Node's own SHA-256 where there is one (process.getBuiltinModule, Node 20.16+: no import, so the page can share
 * this module): 18 times quicker than JavaScript, which matters to verify and to batches hashing PDFs. In the page,
 * which has no node:crypto and whose Web Crypto is asynchronous, @noble/hashes: the same digests.
 */
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.(
  "node:crypto",
) as NodeCrypto | undefined;

export const sha256 = (bytes: Uint8Array): string =>
  nodeCrypto ? nodeCrypto.createHash("sha256").update(bytes).digest("hex") : bytesToHex(sha256Digest(bytes));
