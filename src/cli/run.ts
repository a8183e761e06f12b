import { readFileSync } from "node:fs";
import yargs from "yargs";
import { EDITION_IDS } from "../schema/editions.js";
import type { EditionId } from "../schema/types.js";
import { CLI_TEXT } from "../i18n/ui-text.js";
import { runCheck } from "./check-command.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { runInit } from "./init-command.js";
import { runGenerate } from "./generate-command.js";
import { runTemplateCheck } from "./template-command.js";
import type { CliIo } from "./io.js";

export const toolVersion = (): string =>
  (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

const COMMAND_TEXT = {
  init: "生成空白的标准化工作簿（.xlsx）",
  check: "检查工作簿或 JSON，列出全部问题",
  year: "报告年度，如 2026",
  agency: "机关名称，如 贺兰县交通运输局",
  edition: "格式版本（不填时按年度自动选择）",
  output: "输出文件名（默认 inputs/年度-机关名称.xlsx）",
  file: "要检查的 .xlsx 工作簿或 .json 文件",
  json: "以 JSON 输出检查结果",
  needCommand: "请指定一个命令，如 init、check 或 generate",
  generate: "检查通过后生成 Word 报告（可选 PDF）和存档清单",
  outDir: "输出文件夹（默认 outputs）",
  template: "使用本机关修改过的模板（.docx）",
  force: "覆盖已有的同名报告",
  pdf: "同时生成 PDF（需要安装 LibreOffice）",
  template_: "Word 模板工具",
  templateCheck: "检查本机关修改过的 Word 模板",
  templateFile: "要检查的模板（.docx）",
  templateEdition: "按哪一版字段检查（不填时按模板中的标签判断）",
} as const;

/** Maps subcommands to command modules; the exit code is returned, never decided by process.exit here. */
export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  let usageError: string | undefined;
  await yargs(argv)
    .scriptName("nianbao")
    .locale("zh_CN")
    .command(
      "init",
      COMMAND_TEXT.init,
      (y) =>
        y
          .option("year", { type: "number", demandOption: true, describe: COMMAND_TEXT.year })
          .option("agency", { type: "string", demandOption: true, describe: COMMAND_TEXT.agency })
          .option("edition", { type: "string", choices: EDITION_IDS, describe: COMMAND_TEXT.edition })
          .option("output", { alias: "o", type: "string", describe: COMMAND_TEXT.output }),
      async (args) => {
        code = await runInit({ year: args.year, agency: args.agency, edition: args.edition as EditionId | undefined, output: args.output }, io);
      },
    )
    .command(
      "check <file>",
      COMMAND_TEXT.check,
      (y) =>
        y
          .positional("file", { type: "string", demandOption: true, describe: COMMAND_TEXT.file })
          .option("json", { type: "boolean", default: false, describe: COMMAND_TEXT.json }),
      async (args) => {
        code = await runCheck({ file: args.file, json: args.json }, io);
      },
    )
    .command(
      "generate <file>",
      COMMAND_TEXT.generate,
      (y) =>
        y
          .positional("file", { type: "string", demandOption: true, describe: COMMAND_TEXT.file })
          .option("output", { alias: "o", type: "string", default: "outputs", describe: COMMAND_TEXT.outDir })
          .option("template", { type: "string", describe: COMMAND_TEXT.template })
          .option("force", { type: "boolean", default: false, describe: COMMAND_TEXT.force })
          .option("pdf", { type: "boolean", default: false, describe: COMMAND_TEXT.pdf }),
      async (args) => {
        code = await runGenerate({ file: args.file, output: args.output, template: args.template, force: args.force, pdf: args.pdf }, io, toolVersion());
      },
    )
    .command("template", COMMAND_TEXT.template_, (y) =>
      y
        .command(
          "check <file>",
          COMMAND_TEXT.templateCheck,
          (c) =>
            c
              .positional("file", { type: "string", demandOption: true, describe: COMMAND_TEXT.templateFile })
              .option("edition", { type: "string", choices: EDITION_IDS, describe: COMMAND_TEXT.templateEdition })
              .option("json", { type: "boolean", default: false, describe: COMMAND_TEXT.json }),
          async (args) => {
            code = await runTemplateCheck({ file: args.file, edition: args.edition as EditionId | undefined, json: args.json }, io);
          },
        )
        .demandCommand(1, COMMAND_TEXT.needCommand),
    )
    .demandCommand(1, COMMAND_TEXT.needCommand)
    .strict()
    .version(toolVersion())
    .help()
    .exitProcess(false)
    .fail((message, error) => {
      if (error) throw error;
      usageError = message;
    })
    .parseAsync();
  if (usageError !== undefined) {
    io.err(CLI_TEXT.usageError(usageError));
    return EXIT.unusable;
  }
  return code;
}
