import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import { prepareInput, type PrepareOptions, type PreparedInput } from "./prepare.js";
import type { PreparedTemplate } from "./template.js";

/**
 * The worker's module: dist/pipeline/prepare-worker.js, reached the same way from tsc's dist/pipeline/ and from the
 * bundle's dist/chunks/. Run from the TypeScript sources (the tests), that is the built copy: a worker thread cannot
 * load TypeScript.
 */
const workerFile = (): URL =>
  import.meta.url.endsWith(".ts")
    ? new URL("../../dist/pipeline/prepare-worker.js", import.meta.url)
    : new URL("../pipeline/prepare-worker.js", import.meta.url);

/** A thread costs about 0.2 s to start (it loads exceljs and docxtemplater): fewer inputs than this per thread are quicker on one. */
const INPUTS_PER_THREAD = 8;

/** The threads a batch uses: what was asked (every core by default), but never one for fewer than INPUTS_PER_THREAD inputs. */
export function threadsFor(inputs: number, jobs: number = availableParallelism()): number {
  return Math.max(1, Math.min(jobs, Math.floor(inputs / INPUTS_PER_THREAD)));
}

/** A structured clone turns a Buffer into a plain Uint8Array: make it a Buffer again. */
function revive(prepared: PreparedInput): PreparedInput {
  const document = prepared.document;
  if (!document) return prepared;
  const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const source = document.source.bytes ? { ...document.source, bytes: buffer(document.source.bytes) } : document.source;
  return { ...prepared, document: { ...document, docx: buffer(document.docx), source } };
}

/**
 * Prepares every input (read, check, render), on `threads` worker threads or, for one, on this thread. Results come
 * back in input order; `onPrepared` hears of each as it is done.
 */
export async function prepareAll(
  inputs: readonly string[],
  options: PrepareOptions,
  threads: number,
  onPrepared: (prepared: PreparedInput) => void,
): Promise<PreparedInput[]> {
  if (threads <= 1) {
    const templates = new Map<string, Promise<PreparedTemplate>>();
    const results: PreparedInput[] = [];
    for (const input of inputs) {
      results.push(await prepareInput(input, options, templates));
      onPrepared(results[results.length - 1]);
    }
    return results;
  }
  const pool = new Tinypool({ filename: workerFile().href, minThreads: threads, maxThreads: threads });
  try {
    return await Promise.all(
      inputs.map(async (input) => {
        const prepared = revive((await pool.run({ input, options })) as PreparedInput);
        onPrepared(prepared);
        return prepared;
      }),
    );
  } finally {
    await pool.destroy();
  }
}
