import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fontsInDocx } from "./document-fonts.js";
import { fontEnvironment } from "./font-environment.js";
import { sofficeCommand } from "./find-soffice.js";
import type { PdfOutcome } from "./font-plan.js";

export type { PdfOutcome } from "./font-plan.js";

export interface PdfOptions {
  /** PDF/A-2b (fonts embedded, metadata in XMP), as long-term electronic records require: for the archive. */
  pdfA?: boolean;
  soffice?: string;
  /** Called as each document is converted: how many of all are done. */
  onConverted?: (done: number, total: number) => void;
}

/** LibreOffice starts in about a second; each further document costs a fraction of that. */
const TIME_LIMIT_MS = (documents: number) => 120_000 + 10_000 * documents;
/** Documents per LibreOffice process: one start for many, but a crash or a hang costs at most this many. */
const DOCUMENTS_PER_PROCESS = 200;

/** LibreOffice's JSON filter options (7.4+): SelectPdfVersion 2 is PDF/A-2b. */
const filterOf = (options: PdfOptions) =>
  options.pdfA ? `pdf:writer_pdf_Export:${JSON.stringify({ SelectPdfVersion: { type: "long", value: "2" } })}` : "pdf";

/** LibreOffice prints a line per document it converts: "convert /…/3.docx as a Writer document -> /…/3.pdf using filter : pdf". */
const CONVERTED = /^convert .* -> /gm;

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeout: number, onConverted: () => void) {
  return new Promise<{ code: number | null; error?: NodeJS.ErrnoException; stderr: string }>((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], timeout, killSignal: "SIGKILL", env });
    let stderr = "";
    let pending = "";
    child.stdout.on("data", (chunk) => {
      const lines = (pending + String(chunk)).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) if (line.match(CONVERTED)) onConverted();
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) => resolve({ code: null, error, stderr }));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

/**
 * Converts .docx documents to PDF with LibreOffice (`soffice --headless`), many documents per process, in a fresh
 * profile of its own so that parallel conversions do not collide (pitfalls.md), and within a time limit. The
 * official faces the documents name are bound to the closest installed open fonts through a fontconfig file of this
 * conversion's own: the .docx keeps the official names, each PDF says which faces stood in.
 */
export async function convertManyToPdf(documents: readonly Buffer[], workDir: string, options: PdfOptions = {}): Promise<PdfOutcome[]> {
  const outcomes: PdfOutcome[] = [];
  let done = 0;
  const converted = () => options.onConverted?.(++done, documents.length);
  for (let start = 0; start < documents.length; start += DOCUMENTS_PER_PROCESS) {
    outcomes.push(...(await convertInOneProcess(documents.slice(start, start + DOCUMENTS_PER_PROCESS), workDir, options, converted)));
  }
  return outcomes;
}

async function convertInOneProcess(
  documents: readonly Buffer[],
  workDir: string,
  options: PdfOptions,
  converted: () => void,
): Promise<PdfOutcome[]> {
  const scratch = await mkdtemp(join(workDir, ".nianbao-pdf-"));
  try {
    const usedPerDocument = documents.map((bytes) => fontsInDocx(bytes));
    const { env, fonts } = await fontEnvironment(scratch, new Set(usedPerDocument.flatMap((used) => [...used])));
    // Numbered names: the scratch folder is ours, and agency names never reach LibreOffice's command line.
    const paths = documents.map((_, i) => join(scratch, `${i + 1}.docx`));
    await Promise.all(documents.map((bytes, i) => writeFile(paths[i], bytes)));
    const profile = `-env:UserInstallation=${pathToFileURL(join(scratch, "profile")).href}`;
    const args = ["--headless", "--norestore", profile, "--convert-to", filterOf(options), "--outdir", scratch, ...paths];
    const result = await run(sofficeCommand(options.soffice), args, env, TIME_LIMIT_MS(documents.length), converted);
    if (result.error?.code === "ENOENT") return documents.map(() => ({ status: "unavailable" }));
    const reason = result.error?.message ?? (result.stderr.trim() || `exit ${result.code}`);
    return Promise.all(
      documents.map(async (_, i): Promise<PdfOutcome> => {
        const pdf = await readFile(paths[i].replace(/\.docx$/, ".pdf")).catch(() => undefined);
        if (result.code !== 0 || !pdf) return { status: "failed", reason };
        return { status: "ok", bytes: pdf, fonts: fonts.filter((font) => usedPerDocument[i].has(font.official)) };
      }),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
