import { sha256 as sha256Digest } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

/**
 * SHA-256 in hex, the same function in Node and in the page (which has no node:crypto, and whose Web Crypto is
 * asynchronous): the manifest's hashes are made by one implementation wherever the report is generated.
 */
export const sha256 = (bytes: Uint8Array): string => bytesToHex(sha256Digest(bytes));
