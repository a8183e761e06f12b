/**
 * The everyday command lines, read without yargs: `check 报告.xlsx [--json] [--previous 去年.xlsx]` and `generate
 * 报告.xlsx [-o 输出] [--html] …`. Loading yargs and drawing its help (which yargs does on every run) was about a
 * fifth of a cold `generate`. Only what is plain is read here: known flags, each once, with a value where the flag
 * takes one; anything else (help, version, `--no-…`, `--flag=value`, `--`, grouped letters, a wrong count of files)
 * is left to yargs, which answers it as it always has. The flags come from the same tables yargs is given.
 */
import { flagOf, type CliOption } from "./options.js";

export interface QuickCommand {
  /** How many paths the command takes: exactly one (`check <file>`), or one or more (`generate <files..>`). */
  paths: "one" | "many";
  /** The name yargs gives the paths: `file` or `files`. */
  pathsName: string;
  flags: Readonly<Record<string, CliOption>>;
}

/** What yargs would have parsed: each flag under its typed name, defaults filled in, the paths under their name. */
export type QuickArgs = Record<string, unknown>;

const PLAIN_NUMBER = /^\d{1,6}$/;

/** The command and its arguments, or undefined when the words are for yargs to read. */
export function quickParse<C extends string>(
  argv: readonly string[],
  commands: Readonly<Record<C, QuickCommand>>,
): { command: C; args: QuickArgs } | undefined {
  const [command, ...words] = argv;
  if (command === undefined || !Object.hasOwn(commands, command)) return undefined;
  const spec = commands[command as C];
  // Each flag under the name yargs gives it, with its option; found by the words that type it (--output, -o).
  const flags = Object.entries(spec.flags).map(([name, option]) => [flagOf(name, option), option] as const);
  const byWord = new Map<string, (typeof flags)[number]>();
  for (const entry of flags) {
    byWord.set(`--${entry[0]}`, entry);
    if (entry[1].alias) byWord.set(`-${entry[1].alias}`, entry);
  }
  const args: QuickArgs = {};
  const paths: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith("-")) {
      if (word === "") return undefined;
      paths.push(word);
      continue;
    }
    const found = byWord.get(word);
    if (found === undefined || found[0] in args) return undefined;
    const [flag, option] = found;
    if (option.type === "boolean") {
      // yargs reads `--json false` as a value: left to it.
      if (words[i + 1] === "true" || words[i + 1] === "false") return undefined;
      args[flag] = true;
      continue;
    }
    const value = words[++i];
    if (value === undefined || value === "" || value.startsWith("-")) return undefined;
    if (option.type === "number" && !PLAIN_NUMBER.test(value)) return undefined;
    args[flag] = option.type === "number" ? Number(value) : value;
  }
  if (paths.length === 0 || (spec.paths === "one" && paths.length > 1)) return undefined;
  for (const [flag, option] of flags) if (!(flag in args) && option.default !== undefined) args[flag] = option.default;
  args[spec.pathsName] = spec.paths === "one" ? paths[0] : paths;
  return { command: command as C, args };
}
