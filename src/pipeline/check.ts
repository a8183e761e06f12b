import type { Report } from "../report/report.js";
import { checkReport, type CheckContext, type CheckResult } from "./check-report.js";
import { loadReport, type LoadedReport } from "./load.js";

export { checkReport, summarize, type CheckContext, type CheckResult } from "./check-report.js";

/** `nianbao check` as a library call: load and check one file. */
export async function checkFile(
  file: string,
  context: CheckContext = {},
): Promise<{ result: CheckResult; report: Report; loaded: LoadedReport }> {
  const loaded = await loadReport(file);
  return { result: checkReport(loaded, context), report: loaded.report, loaded };
}
