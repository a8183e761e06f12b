/** The one place exit codes are decided (README): 0 valid, 1 findings with errors, 2 unusable input or usage. */
export const EXIT = {
  ok: 0,
  findings: 1,
  unusable: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
