import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { fontEnvironment } from "../../src/pdf/font-environment.js";

/**
 * LibreOffice's setting that recalculates every formula of an .xlsx on load (0 = always), instead of trusting
 * the results cached in the file: what a clerk sees once Calc has recalculated.
 */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Opens a workbook in LibreOffice Calc, recalculates it and saves it again as .xlsx: the returned copy caches Calc's results. */
export function recalculateInCalc(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-calc-"));
  const profile = join(dir, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
  const out = join(dir, "out");
  const run = spawnSync(
    "soffice",
    ["--headless", "--norestore", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", "xlsx", "--outdir", out, file],
    {
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return join(out, basename(file).replace(/\.[^.]+$/, ".xlsx"));
}

/**
 * Converts several .docx files to PDF in one LibreOffice run, with the font substitution `generate --pdf`
 * uses (src/pdf), so that line and page breaks are those a clerk's PDF has. Returns the PDFs in order.
 */
export async function convertAllToPdf(docxFiles: string[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-pdfs-"));
  const { env } = await fontEnvironment(
    dir,
    docxFiles.map((file) => readFileSync(file)),
  );
  // Reports of one agency and year share a name: each goes in under its own, so no PDF overwrites another.
  const inputs = docxFiles.map((file, i) => join(dir, `${i}.docx`));
  docxFiles.forEach((file, i) => copyFileSync(file, inputs[i]));
  const run = spawnSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      ...inputs,
    ],
    {
      encoding: "utf8",
      timeout: 300_000,
      env,
    },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return inputs.map((file) => file.replace(/\.docx$/, ".pdf"));
}

/** The text of each page of a PDF, white space removed (pdftotext puts spaces between Chinese and Latin text). */
export function pdfPages(pdf: string): string[] {
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  return text
    .split("\f")
    .filter((page) => page.trim() !== "")
    .map((page) => page.replace(/\s+/g, ""));
}
