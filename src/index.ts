/** The library behind the `nianbao` command: the CLI and the tests call the same functions. */
export { checkFile, readSource } from "./check.js";
export { validateSource, type CheckResult } from "./validate/validate.js";
export { buildBlankWorkbook } from "./workbook/write-blank.js";
export { fillWorkbook } from "./workbook/fill-workbook.js";
export { generateReport, type GenerateOutcome } from "./generate/generate.js";
export { lintTemplate } from "./templates/lint-template.js";
export { readWorkbookSource } from "./workbook/read-workbook.js";
export { readJsonSource, jsonSchemaOf } from "./input/read-json.js";
export { InputError, type Finding } from "./findings/finding.js";
export { FINDING_CODES, CATALOGUE, type FindingCode } from "./i18n/finding-messages.js";
export { toNestedJson, type Report, type Paragraph } from "./report/report.js";
export * from "./schema/index.js";
