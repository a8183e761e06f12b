/**
 * The library behind the `nianbao` command: the CLI and the tests call the same functions. Its types are our own:
 * no exceljs or zod type crosses this boundary.
 *
 * The stages: loadReport → checkReport → prepareTemplate → (render) → writeReport; generateReport coordinates them,
 * generateBatch runs them over many inputs, verifyArchive reads back what `generate --archive` filed.
 */
export { loadReport, interpretReport, readSource, type LoadedReport } from "./pipeline/load.js";
export { checkReport, checkFile, summarize, type CheckResult, type CheckContext } from "./pipeline/check.js";
export {
  prepareTemplate,
  checkTemplate,
  defaultTemplatePath,
  type PreparedTemplate,
  type TemplateVerdict,
  type RenderResult,
} from "./pipeline/template.js";
export {
  writeReport,
  writeDocuments,
  documentOf,
  reportBaseName,
  outputPathsOf,
  type ReportDocument,
  type WriteOptions,
  type WriteResult,
  type OutputPaths,
} from "./pipeline/write.js";
export { generateBatch, writeSummary, type BatchItem, type BatchOptions, type BatchStatus } from "./pipeline/batch.js";
export { collectInputs, type BatchInputs, type BatchEntry } from "./pipeline/batch-inputs.js";
export { verifyArchive, type VerifyResult } from "./pipeline/verify.js";
export { generateReport, type GenerateOptions, type GenerateOutcome, type ReportIdentity } from "./pipeline/generate.js";
export { initWorkbook, blankWorkbook, defaultWorkbookPath, type InitOptions, type InitOutcome } from "./pipeline/init.js";
export type { Manifest, FileRecord } from "./pipeline/manifest.js";
export { InputError, makeFinding, type Finding, type Location } from "./findings/finding.js";
export {
  FINDING_CODES,
  CATALOGUE,
  RULE_IDS,
  type FindingCode,
  type RuleId,
  type Severity,
  type MessageParams,
} from "./i18n/finding-messages.js";
export { toNestedJson, type Report, type Paragraph, type FieldValue } from "./report/report.js";
export type { ReportSource, SourceEntry } from "./input/source.js";
export * from "./schema/index.js";
