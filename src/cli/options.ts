/**
 * The command line's options, derived from the library's option types: each option a library call takes is either
 * set by the program (the day, the tool's version, a progress callback) or has its flag here. A new library option
 * with neither does not compile. The output formats' flags (`--html`, `--pdf`) come from the format table.
 */
import { CLI_HELP } from "../i18n/ui-text.js";
import { OPTIONAL_KINDS, OUTPUT_FORMATS, type OptionalKind } from "../outputs/formats.js";
import type { GenerateOptions } from "../pipeline/generate.js";
import type { InitOptions } from "../pipeline/init.js";
import { EDITION_IDS } from "../schema/editions.js";
import type { QuickCommand } from "./quick-parse.js";

export interface CliOption {
  /** The flag as typed, `--output`; the option's own name when absent. */
  flag?: string;
  alias?: string;
  type: "string" | "boolean" | "number";
  describe: string;
  default?: string | boolean;
  choices?: readonly string[];
  /** A file or folder: resolved against the clerk's folder, and never empty. */
  path?: boolean;
}

/** One flag per format written only when asked for, as the format table says. */
const formatFlags = Object.fromEntries(
  OPTIONAL_KINDS.map((kind) => [kind, { type: "boolean", default: false, describe: OUTPUT_FORMATS[kind].option } satisfies CliOption]),
) as Record<OptionalKind, CliOption>;

/** generate's options the program sets: the input comes as a positional, the rest is not the clerk's to choose. */
type GenerateSetByProgram = "input" | "today" | "version" | "onPdf" | "keepSource";

export const GENERATE_FLAGS = {
  outDir: { flag: "output", alias: "o", type: "string", default: "outputs", describe: CLI_HELP.outDir, path: true },
  template: { type: "string", describe: CLI_HELP.template, path: true },
  force: { type: "boolean", default: false, describe: CLI_HELP.force },
  archive: { type: "string", describe: CLI_HELP.archive, path: true },
  previous: { type: "string", describe: CLI_HELP.previous, path: true },
  jobs: { alias: "j", type: "number", describe: CLI_HELP.jobs },
  ...formatFlags,
} satisfies Record<Exclude<keyof GenerateOptions | "jobs", GenerateSetByProgram>, CliOption>;

/** generate's flags of the command line itself, beside the library's. */
export const GENERATE_OUTPUT_FLAGS = {
  json: { type: "boolean", default: false, describe: CLI_HELP.generateJson },
  summary: { type: "boolean", default: false, describe: CLI_HELP.summary },
} satisfies Record<string, CliOption>;

/** init's options the program sets. */
type InitSetByProgram = "cwd" | "today";

export const INIT_FLAGS = {
  year: { type: "string", describe: CLI_HELP.year },
  agency: { type: "string", describe: CLI_HELP.agency },
  from: { type: "string", describe: CLI_HELP.from, path: true },
  edition: { type: "string", choices: EDITION_IDS, describe: CLI_HELP.edition },
  created: { type: "string", describe: CLI_HELP.created },
  output: { alias: "o", type: "string", describe: CLI_HELP.output, path: true },
} satisfies Record<Exclude<keyof InitOptions, InitSetByProgram>, CliOption>;

/** Flags of the command line itself, not of a library call. */
export const CHECK_FLAGS = {
  json: { type: "boolean", default: false, describe: CLI_HELP.json },
  previous: { type: "string", describe: CLI_HELP.previous, path: true },
  annotate: { type: "boolean", default: false, describe: CLI_HELP.annotate },
} satisfies Record<string, CliOption>;

/**
 * The commands whose everyday command lines are read without yargs (quick-parse.ts): how many paths each takes, the
 * name yargs gives them, and the flags yargs is given too.
 */
export const QUICK_COMMANDS = {
  check: { paths: "one", pathsName: "file", flags: CHECK_FLAGS },
  generate: { paths: "many", pathsName: "files", flags: { ...GENERATE_FLAGS, ...GENERATE_OUTPUT_FLAGS } },
} as const satisfies Record<string, QuickCommand>;

export const flagOf = (name: string, option: CliOption): string => option.flag ?? name;

/** Declares the options on a yargs command. */
export function declareFlags<Y extends { option: (key: string, options: object) => Y }>(
  y: Y,
  flags: Readonly<Record<string, CliOption>>,
): Y {
  let declared = y;
  for (const [name, option] of Object.entries(flags)) {
    const { flag: _, path: __, ...yargsOption } = option;
    declared = declared.option(flagOf(name, option), yargsOption);
  }
  return declared;
}

/** The options as the library names them, from what yargs parsed; paths are left as typed (the command resolves them). */
export function readFlags<F extends Readonly<Record<string, CliOption>>>(
  args: Record<string, unknown>,
  flags: F,
): { [K in keyof F]?: unknown } {
  return Object.fromEntries(Object.entries(flags).map(([name, option]) => [name, args[flagOf(name, option)]])) as {
    [K in keyof F]?: unknown;
  };
}

/** `serve`: the collection desk's flags (the desk's own options, named as the office types them). */
export const SERVE_FLAGS = {
  archive: { type: "string", describe: CLI_HELP.serveArchive, path: true },
  agencies: { type: "string", describe: CLI_HELP.serveAgencies, path: true },
  // As typed (a number option would turn “abc” into NaN before the message could quote it).
  year: { type: "string", describe: CLI_HELP.serveYear },
  port: { type: "string", default: "8080", describe: CLI_HELP.servePort },
  host: { type: "string", default: "127.0.0.1", describe: CLI_HELP.serveHost },
  url: { type: "string", describe: CLI_HELP.serveUrl },
  pdf: { type: "boolean", default: true, describe: CLI_HELP.servePdf },
  initAgencies: { flag: "init-agencies", type: "string", describe: CLI_HELP.initAgencies, path: true },
} satisfies Record<string, CliOption>;

/** The flags that name a file or folder, as typed (`-o`, `--archive`): an empty one is refused. */
export const PATH_FLAGS: readonly [string, string][] = [GENERATE_FLAGS, INIT_FLAGS, CHECK_FLAGS, SERVE_FLAGS].flatMap((flags) =>
  Object.entries(flags as Record<string, CliOption>)
    .filter(([, option]) => option.path)
    .map(([name, option]): [string, string] => [flagOf(name, option), option.alias ? `-${option.alias}` : `--${flagOf(name, option)}`]),
);
