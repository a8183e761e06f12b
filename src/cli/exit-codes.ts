/**
 * The one place exit codes are decided (README): 0 valid, 1 findings with errors, 2 unusable input or usage,
 * 3 the output could not be written (a full disk, a read-only folder, -o naming a file).
 */
export const EXIT = {
  ok: 0,
  findings: 1,
  unusable: 2,
  writeFailed: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
