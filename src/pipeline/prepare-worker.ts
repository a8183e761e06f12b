/**
 * A worker thread of a batch (prepare-pool.ts): prepares the inputs it is given, with the templates it has
 * prepared so far, so that each thread reads and checks each template once.
 */
import { prepareInput, type PrepareOptions, type PreparedInput } from "./prepare.js";
import type { PreparedTemplate } from "./template.js";

const templates = new Map<string, Promise<PreparedTemplate>>();

/** An input to prepare: a file, or (the desk's uploads) bytes with their file name as `input`. */
export interface PrepareTask {
  input: string;
  options: PrepareOptions;
  bytes?: Uint8Array;
}

export default function prepareTask({ input, options, bytes }: PrepareTask): Promise<PreparedInput> {
  return prepareInput(input, options, templates, bytes);
}
