/**
 * The output could not be written: a folder that is read-only or not a folder, a full disk, no permission. Carried
 * to the command line as data (the path and the system's error code), where it becomes a Chinese message and exit
 * code 3, never an internal error.
 */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
  ) {
    super(`${code ?? "error"}: ${path}`);
    this.name = "OutputError";
  }
}

/** A file-system error met while writing output, as an OutputError naming its path; any other error unchanged. */
export function asOutputError(error: unknown, path: string): unknown {
  const failure = error as NodeJS.ErrnoException;
  if (error instanceof Error && typeof failure.code === "string" && typeof failure.syscall === "string")
    return new OutputError(failure.path ?? path, failure.code);
  return error;
}
