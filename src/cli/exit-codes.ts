/**
 * The one place exit codes are decided (README, --help): 0 valid, or every report generated; 1 errors in a report,
 * or a report not generated (its output already exists, a duplicate, another year); 2 unusable input or usage;
 * 3 an output could not be written (a full disk, a read-only folder, -o naming a file, a PDF LibreOffice could not
 * make).
 */
export const EXIT = {
  ok: 0,
  findings: 1,
  unusable: 2,
  writeFailed: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
