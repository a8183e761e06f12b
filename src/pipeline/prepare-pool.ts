import type { PrepareOptions, PreparedInput } from "./prepare.js";
import type { PrepareTask } from "./prepare-worker.js";
import type { PreparedTemplate } from "./template.js";
import { insideExecutable } from "../io/carried-files.js";
import { unpackThreadFiles } from "./executable-threads.js";

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

/**
 * With one thread asked for, a batch this large still goes to one worker: its larger young generation (below) saves
 * more than the thread costs to start (measured: even at 64 inputs, 20 % quicker at 1000).
 */
const INPUTS_FOR_ONE_WORKER = 64;

/**
 * The worker threads a batch uses, 0 for none (this thread prepares every input): what was asked, but never one for
 * fewer than INPUTS_PER_THREAD inputs.
 */
export function threadsFor(inputs: number, jobs: number): number {
  const threads = Math.min(jobs, Math.floor(inputs / INPUTS_PER_THREAD));
  if (threads <= 1 && inputs < INPUTS_FOR_ONE_WORKER) return 0;
  return Math.max(1, threads);
}

/** A structured clone turns a Buffer into a plain Uint8Array: make it a Buffer again. */
function revive(prepared: PreparedInput): PreparedInput {
  const document = prepared.document;
  if (!document) return prepared;
  const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const source = document.source.bytes ? { ...document.source, bytes: buffer(document.source.bytes) } : document.source;
  const files = Object.fromEntries(
    Object.entries(document.files).map(([kind, bytes]) => [kind, buffer(bytes)]),
  ) as unknown as typeof document.files;
  return { ...prepared, document: { ...document, files, source } };
}

/**
 * Reading and rendering a report allocates megabytes that die young, and garbage collection was the largest cost
 * after the libraries' own work. A worker whose young generation may grow to 64 MB collects less often and promotes
 * less: a quarter less time per report (1000 inputs on 2 threads: 19–20 s → 14–15 s, peak memory 360–400 → 370–410 MB;
 * 48 MB gained little, 128 MB nothing more and took 470 MB; capping the old generation, even at 256 MB, doubled the
 * time). A process can set this only when it starts, which is why a large batch on one thread still uses a worker.
 */
const WORKER_YOUNG_GENERATION_MB = 64;

/**
 * Inputs prepared at once on this thread: while one waits for its file, the other computes (5 % quicker). A worker
 * thread takes one at a time: two there were slower and took more memory (measured).
 */
const IN_FLIGHT_HERE = 2;

/**
 * Prepares every input (read, check, render), here when `threads` is 0, else on that many worker threads, each taking
 * the next input as soon as it is free. This thread then only hands out inputs and collects results: were it to
 * prepare inputs too, each worker would wait for the next one while this thread is busy (measured: 7 % slower). It
 * does not even load the workbook and Word libraries then. Results come back in input order, and `onPrepared` hears
 * of them in that order too.
 */
export async function prepareAll(
  inputs: readonly string[],
  options: PrepareOptions,
  threads: number,
  onPrepared: (prepared: PreparedInput, index: number) => void,
): Promise<PreparedInput[]> {
  const results: PreparedInput[] = new Array(inputs.length);
  let next = 0;
  let reported = 0;
  const drain = async (prepare: (input: string) => Promise<PreparedInput>) => {
    for (let index = next++; index < inputs.length; index = next++) {
      results[index] = await prepare(inputs[index]);
      while (reported < inputs.length && results[reported]) {
        onPrepared(results[reported], reported);
        reported++;
      }
    }
  };
  if (threads === 0) {
    const { prepareInput } = await import("./prepare.js");
    const templates = new Map<string, Promise<PreparedTemplate>>();
    await Promise.all(Array.from({ length: IN_FLIGHT_HERE }, () => drain((input) => prepareInput(input, options, templates))));
    return results;
  }
  const pool = preparePool(threads);
  try {
    await Promise.all(Array.from({ length: threads }, () => drain((input) => pool.run({ input, options }))));
  } finally {
    await pool.destroy();
  }
  return results;
}

/** Worker threads that prepare inputs (files, or bytes with their name) one at a time each. */
export interface PreparePool {
  run: (task: PrepareTask) => Promise<PreparedInput>;
  destroy: () => Promise<void>;
}

export function preparePool(threads: number): PreparePool {
  const unpacked = insideExecutable() ? unpackThreadFiles() : undefined;
  // Imported when a pool is made: tinypool loads Node's worker_threads, perf_hooks and assert, which a single report
  // never needs.
  const pool = import("tinypool").then(
    ({ default: Tinypool }) =>
      new Tinypool({
        filename: (unpacked?.worker ?? workerFile()).href,
        minThreads: threads,
        maxThreads: threads,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      }),
  );
  return {
    run: async (task) => revive((await (await pool).run(task)) as PreparedInput),
    destroy: async () => {
      try {
        await (await pool).destroy();
      } finally {
        unpacked?.remove();
      }
    },
  };
}
