import { readFile } from "node:fs/promises";
import { z } from "zod";
import { OUTPUT_FORMATS, OUTPUT_KINDS } from "../outputs/formats.js";
import type { Manifest } from "./manifest.js";

/** A record names a file beside its manifest: a name with a separator (`../x`) is not one nianbao writes. */
const record = z.object({
  file: z.string().regex(/^[^/\\]+$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
/** The Word document's record is required; every other format's may be null, or absent in an older manifest. */
const formatRecords = Object.fromEntries(
  OUTPUT_KINDS.map((kind) => [OUTPUT_FORMATS[kind].manifestKey, kind === "docx" ? record : record.nullable().optional()]),
);
const manifestShape = z.object({
  tool: z.object({ name: z.literal("nianbao") }),
  ...formatRecords,
  source: record.optional(),
});

/**
 * A manifest nianbao wrote, as far as `verify` and the archive rely on it (its file records); undefined for a file
 * that is missing, not JSON, or not of that shape.
 */
export async function readManifest(path: string): Promise<Manifest | undefined> {
  try {
    const parsed = manifestShape.safeParse(JSON.parse(await readFile(path, "utf8")));
    return parsed.success ? (parsed.data as unknown as Manifest) : undefined;
  } catch {
    return undefined;
  }
}
