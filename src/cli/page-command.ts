import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { CLI_TEXT } from "../i18n/ui-text.js";
import { TargetExistsError, writeFileAtomic } from "../io/atomic-write.js";
import { asOutputError } from "../io/output-error.js";
import { carriedFile, hasCarriedFile } from "../io/carried-files.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";

/** The page npm run build writes (dist/web/nianbao.html), carried beside the code or inside the executable. */
export const PAGE_FILE = "nianbao.html";
const BUILT_PAGE = `dist/web/${PAGE_FILE}` as const;

/** The page's HTML, or undefined where it has not been built. */
export const builtPage = (): string | undefined => (hasCarriedFile(BUILT_PAGE) ? carriedFile(BUILT_PAGE).toString("utf8") : undefined);

/**
 * `nianbao page [-o 文件夹]`: a copy of the clerk's page for an office to hand out or put on its intranet. An
 * existing file of that name is never written over; one that is already this page is said to be so.
 */
export async function runPage(args: { output?: string }, io: CliIo): Promise<ExitCode> {
  const page = builtPage();
  if (page === undefined) {
    io.err(CLI_TEXT.pageNotBuilt);
    return EXIT.unusable;
  }
  const output = resolve(io.cwd, args.output ?? ".");
  // -o names a folder (made when absent: “发给各单位”) unless it names an .html file.
  const target = /\.html?$/i.test(output) && !(existsSync(output) && statSync(output).isDirectory()) ? output : join(output, PAGE_FILE);
  const shown = relative(io.cwd, target) || target;
  const bytes = Buffer.from(page, "utf8");
  try {
    mkdirSync(dirname(target), { recursive: true });
    await writeFileAtomic(target, bytes);
  } catch (error) {
    // A full disk or a folder it may not write: said by the command line's handler, exit code 3.
    if (!(error instanceof TargetExistsError)) throw asOutputError(error, target);
    const same = statSync(target).isFile() && readFileSync(target).equals(bytes);
    io.err(same ? CLI_TEXT.pageUnchanged(shown) : CLI_TEXT.refuseOverwrite(shown));
    return same ? EXIT.ok : EXIT.findings;
  }
  io.err(CLI_TEXT.pageWritten(shown, (bytes.length / 1024 / 1024).toFixed(1)));
  return EXIT.ok;
}
