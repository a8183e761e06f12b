import { resolve } from "node:path";
import { countBySeverity } from "../findings/finding.js";
import { CLI_TEXT } from "../i18n/ui-text.js";
import { loadReport, type LoadedReport } from "../pipeline/load.js";
import { toNestedJson } from "../report/report.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";

/** The fields left out of the export because they could not be read, by their labels: the first few. */
function omittedLabels(loaded: LoadedReport): string {
  const SHOWN = 5;
  const labels = loaded.edition.fields.filter(
    (field) => loaded.report.values[field.id] === undefined && !field.derived && field.printed !== false,
  );
  const named = labels
    .filter((field) => loaded.findings.some((f) => f.severity === "error" && f.field === field.id))
    .map((field) => `“${field.label}”`);
  return named.slice(0, SHOWN).join("、") + (named.length > SHOWN ? ` 等 ${named.length} 项` : "");
}

/**
 * `nianbao export FILE --json`: the report's JSON form (data-contract.md) of a workbook or a JSON file, totals
 * included, for other systems and for `init --from`. What could not be read is left out, and stderr says how much.
 */
export async function runExport(args: { file: string }, io: CliIo): Promise<ExitCode> {
  const loaded = await loadReport(resolve(io.cwd, args.file));
  io.out(JSON.stringify(toNestedJson(loaded.report, loaded.edition), null, 2));
  const { errors } = countBySeverity(loaded.findings);
  if (errors > 0) io.err(CLI_TEXT.exportIncomplete(errors, omittedLabels(loaded)));
  return EXIT.ok;
}
