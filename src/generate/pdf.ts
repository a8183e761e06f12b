import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

export type PdfOutcome = { status: "ok"; bytes: Buffer } | { status: "unavailable" } | { status: "failed"; reason: string };

const TIME_LIMIT_MS = 180_000;

/**
 * Converts a .docx to PDF with LibreOffice (`soffice --headless`), in a fresh profile of its own so that
 * parallel conversions do not collide (pitfalls.md), and within a time limit.
 */
export async function convertToPdf(docxPath: string, workDir: string, soffice = process.env.NIANBAO_SOFFICE ?? "soffice"): Promise<PdfOutcome> {
  const scratch = await mkdtemp(join(workDir, ".nianbao-pdf-"));
  try {
    const args = ["--headless", "--norestore", `-env:UserInstallation=${pathToFileURL(join(scratch, "profile")).href}`, "--convert-to", "pdf", "--outdir", scratch, docxPath];
    const result = await new Promise<{ code: number | null; error?: NodeJS.ErrnoException; stderr: string }>((resolve) => {
      const child = spawn(soffice, args, { stdio: ["ignore", "ignore", "pipe"], timeout: TIME_LIMIT_MS, killSignal: "SIGKILL" });
      let stderr = "";
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("error", (error) => resolve({ code: null, error, stderr }));
      child.on("close", (code) => resolve({ code, stderr }));
    });
    if (result.error?.code === "ENOENT") return { status: "unavailable" };
    const pdfPath = join(scratch, basename(docxPath).replace(/\.docx$/i, ".pdf"));
    const bytes = await readFile(pdfPath).catch(() => undefined);
    if (result.code !== 0 || !bytes) return { status: "failed", reason: result.error?.message ?? (result.stderr.trim() || `exit ${result.code}`) };
    return { status: "ok", bytes };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
