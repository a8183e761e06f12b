import { EDITION_IDS, FIRST_REPORT_YEAR } from "../schema/editions.js";
import type { EditionId } from "../schema/types.js";
import { closest } from "fastest-levenshtein";
import { CLI_HELP as COMMAND_TEXT, CLI_TEXT, yargsStrings } from "../i18n/ui-text.js";
import { InputError } from "../findings/finding.js";
import { OutputError } from "../io/output-error.js";
import { toolVersion } from "../io/carried-files.js";
import { summarize } from "../pipeline/check.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { droppedOf, runDropped } from "./drop-command.js";
import type { GenerateArgs } from "./generate-command.js";
import {
  CHECK_FLAGS,
  declareFlags,
  GENERATE_FLAGS,
  GENERATE_OUTPUT_FLAGS,
  INIT_FLAGS,
  PATH_FLAGS,
  QUICK_COMMANDS,
  readFlags,
  SERVE_FLAGS,
} from "./options.js";
import { quickParse, type QuickArgs } from "./quick-parse.js";
import { formatOutputError } from "./format-findings.js";
import type { CliIo } from "./io.js";

/** The commands, as a clerk types them. */
const COMMANDS = ["init", "check", "generate", "verify", "export", "template", "page", "serve"] as const;

/**
 * Maps subcommands to command modules; the exit code is returned, never decided by process.exit here. A command's
 * module is imported when it runs: `--help` loads no workbook or Word library, `check` no Word library.
 */
export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const dropped = droppedOf(argv, io);
  if (dropped) return runDropped(dropped, io, (args, cwd) => runCli(args, { ...io, cwd, dropMode: undefined, waitForKey: undefined }));
  try {
    rejectUnknownCommand(argv, io);
    const quick = quickParse(argv, QUICK_COMMANDS);
    if (quick) {
      rejectEmptyPaths(quick.args);
      return await QUICK_HANDLERS[quick.command](quick.args, io);
    }
    await (await parser(argv, io, (exitCode) => (code = exitCode))).parseAsync();
  } catch (error) {
    return failed(error, argv, io);
  }
  return code;
}

/**
 * The one place a command's failure becomes a message and an exit code: a mistake in the command line (2), an input
 * that cannot be used (2; `check --json` says so as JSON), an output that cannot be written (3). Anything else is a
 * bug, and main.ts reports it.
 */
function failed(error: unknown, argv: readonly string[], io: CliIo): ExitCode {
  if (error instanceof UsageError) {
    const split = splitPath(argv);
    io.err(CLI_TEXT.usageError(error.message, io.invocation) + (split ? `\n${CLI_TEXT.quotePath(`${io.invocation} ${split}`)}` : ""));
    return EXIT.unusable;
  }
  if (error instanceof InputError) {
    if (argv[0] === "check" && argv.includes("--json")) {
      const file = positionals(argv.slice(1))[0] ?? "";
      io.out(JSON.stringify(summarize(file, null, [error.finding]), null, 2));
    } else io.err(error.finding.message);
    return EXIT.unusable;
  }
  if (error instanceof OutputError) {
    io.err(formatOutputError(error, io.cwd));
    return EXIT.writeFailed;
  }
  throw error;
}

/** The commands that take one path, and the options that take a value (the words after them are not paths). */
const ONE_PATH = new Set(["check", "export", "verify"]);
const VALUE_OPTIONS = new Set([
  "--previous",
  "-o",
  "--output",
  "--template",
  "--archive",
  "--from",
  "--year",
  "--agency",
  "--edition",
  "--jobs",
  "-j",
  "--agencies",
  "--port",
  "--host",
  "--url",
  "--init-agencies",
]);

/**
 * A path with a space typed without quotes arrives as several words (check 我的 报告.xlsx): the command line to type
 * instead, with the words joined in quotes; undefined when the command did not get more words than it takes.
 */
const positionals = (words: readonly string[]) =>
  words.filter((word, i) => !word.startsWith("-") && !VALUE_OPTIONS.has(words[i - 1] ?? ""));

function splitPath(argv: readonly string[]): string | undefined {
  const [command, ...rest] = argv;
  if (command === undefined || !ONE_PATH.has(command)) return undefined;
  const words = positionals(rest);
  if (words.length < 2) return undefined;
  const options = rest.filter((word) => !words.includes(word));
  return [command, `"${words.join(" ")}"`, ...options].join(" ");
}

/** A mistake in the command line. Thrown from yargs' fail hook so that no command runs after it. */
class UsageError extends Error {}

/** `chek file.xlsx`: name the nearest command, with the whole line to type (yargs would only say "unknown argument"). */
function rejectUnknownCommand(argv: string[], io: CliIo): void {
  const [first, ...rest] = argv;
  if (first === undefined || first.startsWith("-") || (COMMANDS as readonly string[]).includes(first)) return;
  const suggestion = [io.invocation, closest(first.toLowerCase(), [...COMMANDS]), ...rest].join(" ");
  throw new UsageError(CLI_TEXT.unknownCommand(first, suggestion, COMMANDS.join("、")));
}

/** A path option given empty (-o "") would silently mean the current folder: a usage error, for every command. */
function rejectEmptyPaths(args: Record<string, unknown>): true {
  for (const [name, typed] of PATH_FLAGS) {
    const value = args[name];
    if (typeof value === "string" && value.trim() === "") throw new UsageError(CLI_TEXT.emptyPath(typed));
  }
  return true;
}

/** check and generate, whichever parser read their words (`args` as yargs names them). */
const QUICK_HANDLERS: Record<keyof typeof QUICK_COMMANDS, (args: QuickArgs, io: CliIo) => Promise<ExitCode>> = {
  async check(args, io) {
    const { runCheck } = await import("./check-command.js");
    const options = readFlags(args, CHECK_FLAGS) as { json: boolean; previous?: string; annotate: boolean };
    return runCheck({ file: args.file as string, ...options }, io);
  },
  async generate(args, io) {
    const options = readFlags(args, GENERATE_FLAGS) as Omit<GenerateArgs, "files" | "json" | "summary">;
    const { json, summary } = readFlags(args, GENERATE_OUTPUT_FLAGS) as { json: boolean; summary: boolean };
    const jobs = options.jobs;
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(CLI_TEXT.badJobs(String(jobs)));
    const { runGenerate } = await import("./generate-command.js");
    return runGenerate({ ...options, files: args.files as string[], json, summary }, io, toolVersion());
  },
};

/** yargs, for every command line quick-parse.ts leaves to it: help, the version, mistakes, the other commands. */
async function parser(argv: string[], io: CliIo, done: (code: ExitCode) => void) {
  const { default: yargs } = await import("yargs");
  return (
    yargs(argv)
      .scriptName(io.invocation)
      .locale("zh_CN")
      // yargs takes singular/plural pairs here, though its type definitions only admit strings.
      .updateStrings(yargsStrings(io.invocation, argv[0]) as unknown as Record<string, string>)
      .command(
        "init",
        COMMAND_TEXT.init,
        (y) => declareFlags(y, INIT_FLAGS),
        async (args) => {
          const options = readFlags(args, INIT_FLAGS) as {
            year?: string;
            agency?: string;
            from?: string;
            edition?: EditionId;
            created?: string;
            output?: string;
          };
          const missing = options.from === undefined ? (["year", "agency"] as const).filter((name) => options[name] === undefined) : [];
          if (missing.length > 0) throw new UsageError(CLI_TEXT.initNeeds([...missing]));
          const { runInit } = await import("./init-command.js");
          done(await runInit(options, io));
        },
      )
      .command(
        "check <file>",
        COMMAND_TEXT.check,
        (y) => declareFlags(y.positional("file", { type: "string", describe: COMMAND_TEXT.file }), CHECK_FLAGS),
        async (args) => done(await QUICK_HANDLERS.check(args, io)),
      )
      .command(
        "generate <files..>",
        COMMAND_TEXT.generate,
        (y) =>
          declareFlags(
            declareFlags(
              y.positional("files", { type: "string", array: true, describe: COMMAND_TEXT.generateFiles }),
              GENERATE_OUTPUT_FLAGS,
            ),
            GENERATE_FLAGS,
          ),
        async (args) => done(await QUICK_HANDLERS.generate(args, io)),
      )
      .command(
        "verify <dir>",
        COMMAND_TEXT.verify,
        (y) =>
          y
            .positional("dir", { type: "string", describe: COMMAND_TEXT.verifyDir })
            .option("json", { type: "boolean", default: false, describe: COMMAND_TEXT.json }),
        async (args) => {
          const { runVerify } = await import("./verify-command.js");
          done(await runVerify({ dir: args.dir!, json: args.json }, io));
        },
      )
      .command(
        "export <file>",
        COMMAND_TEXT.export,
        (y) =>
          y
            .positional("file", { type: "string", describe: COMMAND_TEXT.exportFile })
            .option("json", { type: "boolean", default: true, describe: COMMAND_TEXT.exportJson }),
        async (args) => {
          const { runExport } = await import("./export-command.js");
          done(await runExport({ file: args.file! }, io));
        },
      )
      .command(
        "page",
        COMMAND_TEXT.page,
        (y) => y.option("output", { alias: "o", type: "string", describe: COMMAND_TEXT.pageOutput }),
        async (args) => {
          const { runPage } = await import("./page-command.js");
          done(await runPage({ ...(args.output !== undefined ? { output: args.output } : {}) }, io));
        },
      )
      .command(
        "serve",
        COMMAND_TEXT.serve,
        (y) => declareFlags(y, SERVE_FLAGS),
        async (args) => {
          const options = readFlags(args, SERVE_FLAGS) as {
            archive?: string;
            agencies?: string;
            year?: string;
            port: string;
            host: string;
            url?: string;
            pdf: boolean;
            initAgencies?: string;
          };
          const serve = await import("./serve-command.js");
          if (options.initAgencies !== undefined) return done(await serve.runInitAgencies(options.initAgencies, io));
          const missing = (["archive", "agencies"] as const).filter((name) => options[name] === undefined).map((name) => `--${name}`);
          if (missing.length > 0) throw new UsageError(CLI_TEXT.serveNeeds(missing));
          const port = Number(options.port);
          if (!(/^\d{1,5}$/.test(options.port.trim()) && port <= 65535)) throw new UsageError(CLI_TEXT.badPort(options.port));
          const latest = io.today.getFullYear();
          const year = options.year === undefined ? (io.today.getMonth() < 6 ? latest - 1 : latest) : Number(options.year);
          if (!(Number.isInteger(year) && year >= FIRST_REPORT_YEAR && year <= latest))
            throw new UsageError(CLI_TEXT.badServeYear(String(options.year), FIRST_REPORT_YEAR, latest));
          if (options.url !== undefined && !/^https?:\/\/[^/\s]+/.test(options.url)) throw new UsageError(CLI_TEXT.badUrl(options.url));
          const serveArgs = { ...options, archive: options.archive!, agencies: options.agencies!, year, port };
          done(await serve.runServe(serveArgs, io, toolVersion(), io.untilStopped?.() ?? new Promise(() => undefined)));
        },
      )
      .command("template", COMMAND_TEXT.template_, (y) =>
        y
          .command(
            "check <file>",
            COMMAND_TEXT.templateCheck,
            (c) =>
              c
                .positional("file", { type: "string", describe: COMMAND_TEXT.templateFile })
                .option("edition", { type: "string", choices: EDITION_IDS, describe: COMMAND_TEXT.templateEdition })
                .option("json", { type: "boolean", default: false, describe: COMMAND_TEXT.json }),
            async (args) => {
              const { runTemplateCheck } = await import("./template-command.js");
              done(await runTemplateCheck({ file: args.file!, edition: args.edition as EditionId | undefined, json: args.json }, io));
            },
          )
          .demandCommand(1, COMMAND_TEXT.needTemplateCommand(io.invocation)),
      )
      .demandCommand(1, COMMAND_TEXT.needCommand)
      .epilog(COMMAND_TEXT.exitCodes)
      .check(rejectEmptyPaths, true)
      .strict()
      .version(toolVersion())
      .help()
      .exitProcess(false)
      .fail((message, error) => {
        throw error ?? new UsageError(message);
      })
  );
}
