/**
 * The library behind the `nianbao` command: the CLI and the tests call the same functions. A curated surface, pinned
 * by tests/public-api.test.ts: the stages and coordinators, their options and outcomes, the findings and their
 * catalogue, the report and its editions. Its types are our own: no exceljs or zod type crosses this boundary.
 *
 * The stages: loadReport → checkReport → prepareTemplate → (render) → writeReport; generateBatch coordinates them
 * over one input or many (generateReport: one), verifyArchive reads back what `generate --archive` filed.
 */
export { loadReport, type LoadedReport } from "./pipeline/load.js";
export { checkReport, checkFile, type CheckResult, type CheckContext } from "./pipeline/check.js";
export { prepareTemplate, checkTemplate, type PreparedTemplate, type TemplateVerdict } from "./pipeline/template.js";
export { writeReport, documentOf, type ReportDocument, type WriteOptions, type WriteResult } from "./pipeline/write.js";
export type { OutputPaths } from "./pipeline/paths.js";
export { generateBatch, writeSummary, type ReportOutcome, type BatchOptions, type PdfSummary } from "./pipeline/batch.js";
export type { ReportStatus } from "./pipeline/report-status.js";
export { collectInputs, type BatchInputs, type BatchEntry } from "./pipeline/batch-inputs.js";
export { verifyArchive, type VerifyResult } from "./pipeline/verify.js";
export { generateReport, type GenerateOptions, type ReportIdentity } from "./pipeline/generate.js";
export { initWorkbook, blankWorkbook, type InitOptions, type InitOutcome } from "./pipeline/init.js";
export type { Manifest, FileRecord } from "./pipeline/manifest.js";
export { OUTPUT_FORMATS, type OutputKind, type FormatChoice } from "./outputs/formats.js";
export { InputError, type Finding, type Location } from "./findings/finding.js";
export { FINDING_CODES, CATALOGUE, RULE_IDS, type FindingCode, type RuleId, type Severity } from "./i18n/finding-messages.js";
export { toNestedJson, type Report, type Paragraph, type FieldValue } from "./report/report.js";
export { EDITIONS, EDITION_IDS, editionForYear, type EditionDef, type EditionId, type FieldDef, type FieldId } from "./schema/index.js";
