import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { fontEnvironment } from "./font-environment.js";
import type { FontSubstitution } from "./font-plan.js";

export type PdfOutcome =
  | { status: "ok"; bytes: Buffer; /** How each official face was set on this machine. */ fonts: FontSubstitution[] }
  | { status: "unavailable" }
  | { status: "failed"; reason: string };

const TIME_LIMIT_MS = 180_000;

/**
 * Converts a .docx to PDF with LibreOffice (`soffice --headless`), in a fresh profile of its own so that
 * parallel conversions do not collide (pitfalls.md), and within a time limit. The official faces the document
 * names are bound to the closest installed open fonts through a fontconfig file of this conversion's own: the
 * .docx keeps the official names, the PDF says which faces stood in.
 */
export async function convertToPdf(
  docx: { path: string; bytes: Buffer },
  workDir: string,
  soffice = process.env.NIANBAO_SOFFICE ?? "soffice",
): Promise<PdfOutcome> {
  const scratch = await mkdtemp(join(workDir, ".nianbao-pdf-"));
  try {
    const { env, fonts } = await fontEnvironment(scratch, [docx.bytes]);
    const args = [
      "--headless",
      "--norestore",
      `-env:UserInstallation=${pathToFileURL(join(scratch, "profile")).href}`,
      "--convert-to",
      "pdf",
      "--outdir",
      scratch,
      docx.path,
    ];
    const result = await new Promise<{ code: number | null; error?: NodeJS.ErrnoException; stderr: string }>((resolve) => {
      const child = spawn(soffice, args, {
        stdio: ["ignore", "ignore", "pipe"],
        timeout: TIME_LIMIT_MS,
        killSignal: "SIGKILL",
        env,
      });
      let stderr = "";
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("error", (error) => resolve({ code: null, error, stderr }));
      child.on("close", (code) => resolve({ code, stderr }));
    });
    if (result.error?.code === "ENOENT") return { status: "unavailable" };
    const pdfPath = join(scratch, basename(docx.path).replace(/\.docx$/i, ".pdf"));
    const bytes = await readFile(pdfPath).catch(() => undefined);
    if (result.code !== 0 || !bytes)
      return { status: "failed", reason: result.error?.message ?? (result.stderr.trim() || `exit ${result.code}`) };
    return { status: "ok", bytes, fonts };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
