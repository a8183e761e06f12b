import { mkdirSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { InputError } from "../findings/finding.js";
import { CLI_TEXT } from "../i18n/ui-text.js";
import { TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { asOutputError } from "../io/output-error.js";
import { blankAgencyList, readAgencyList } from "../desk/agency-list.js";
import { startDesk, type RunningDesk } from "../desk/start.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { formatFindings } from "./format-findings.js";
import type { CliIo } from "./io.js";
import { builtPage } from "./page-command.js";

export interface ServeArgs {
  archive: string;
  agencies: string;
  year: number;
  port: number;
  host: string;
  url?: string;
  pdf: boolean;
}

/** `serve --init-agencies 名单.xlsx`: a blank list, never over an existing file. */
export async function runInitAgencies(file: string, io: CliIo): Promise<ExitCode> {
  const target = resolve(io.cwd, file);
  const shown = relative(io.cwd, target) || target;
  try {
    mkdirSync(dirname(target), { recursive: true });
    await writeFileAtomic(target, await blankAgencyList());
  } catch (error) {
    if (!(error instanceof TargetExistsError)) throw asOutputError(error, target);
    io.err(CLI_TEXT.refuseOverwrite(shown));
    return EXIT.findings;
  }
  io.err(CLI_TEXT.agencyListWritten(shown));
  return EXIT.ok;
}

/**
 * `nianbao serve`: the desk runs until it is stopped (Ctrl+C, or the service manager's SIGTERM). `stopped` is the
 * signal to stop on; the command line passes one that a signal settles.
 */
export async function runServe(args: ServeArgs, io: CliIo, version: string, stopped: Promise<unknown>): Promise<ExitCode> {
  const page = builtPage();
  if (page === undefined) {
    io.err(CLI_TEXT.pageNotBuilt);
    return EXIT.unusable;
  }
  const agenciesFile = resolve(io.cwd, args.agencies);
  const list = await readAgencyList(agenciesFile);
  const shownList = relative(io.cwd, agenciesFile) || agenciesFile;
  if (list.findings.length > 0) {
    io.out(formatFindings(list.findings));
    io.err(CLI_TEXT.agencyListInvalid(shownList, list.findings.length));
    return EXIT.unusable;
  }
  const archive = resolve(io.cwd, args.archive);
  let running: RunningDesk;
  try {
    running = await startDesk({
      archive,
      agencies: list.agencies,
      year: args.year,
      version,
      page,
      port: args.port,
      host: args.host,
      ...(args.url ? { publicUrl: args.url } : {}),
      pdf: args.pdf,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES") io.err(CLI_TEXT.portInUse(args.port));
    else if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") io.err(CLI_TEXT.hostUnavailable(args.host));
    else if (error instanceof InputError && (error.finding.code as string) === "input/not-found") {
      io.err(CLI_TEXT.pageNotBuilt);
    } else throw error;
    return EXIT.unusable;
  }
  const shown = (path: string) => relative(io.cwd, path) || path;
  io.out(CLI_TEXT.deskStarted(running.url, args.year, list.agencies.length, shown(archive)));
  io.out(running.linksWritten ? CLI_TEXT.deskLinks(shown(running.linkFile)) : CLI_TEXT.deskLinksNotWritten(shown(running.linkFile)));
  if (!args.url && (args.host === "127.0.0.1" || args.host === "localhost" || args.host === "::1")) io.out(CLI_TEXT.deskLocalOnly);
  io.out(CLI_TEXT.deskStop);
  await stopped;
  await running.close();
  io.err(CLI_TEXT.deskStopped);
  return EXIT.ok;
}
