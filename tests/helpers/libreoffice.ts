import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { tempDir } from "./temp.js";
import { convertManyToPdf } from "../../src/pdf/convert-to-pdf.js";

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
  const dir = tempDir("nianbao-calc-");
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
 * Converts several .docx files to PDF in one LibreOffice run, the way `generate --pdf` does (src/pdf, with its font
 * substitution), so that line and page breaks are those a clerk's PDF has. Returns the PDFs in order.
 */
export async function convertAllToPdf(docxFiles: string[]): Promise<string[]> {
  const dir = tempDir("nianbao-pdfs-");
  const outcomes = await convertManyToPdf(
    docxFiles.map((file) => readFileSync(file)),
    dir,
  );
  return outcomes.map((outcome, i) => {
    if (outcome.status !== "ok") throw new Error(`soffice failed: ${JSON.stringify(outcome)}`);
    const pdf = join(dir, `${i}.pdf`);
    writeFileSync(pdf, outcome.bytes);
    return pdf;
  });
}

/** A workbook as Calc prints it (its print setup: A4 landscape for the summary), as a PDF. */
export function workbookToPdf(file: string): string {
  const dir = tempDir("nianbao-calc-pdf-");
  const profile = `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`;
  const run = spawnSync("soffice", ["--headless", "--norestore", profile, "--convert-to", "pdf", "--outdir", dir, file], {
    encoding: "utf8",
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return join(dir, basename(file).replace(/\.[^.]+$/, ".pdf"));
}

/** The text of each page of a PDF, white space removed (pdftotext puts spaces between Chinese and Latin text). */
export function pdfPages(pdf: string): string[] {
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  return text
    .split("\f")
    .filter((page) => page.trim() !== "")
    .map((page) => page.replace(/\s+/g, ""));
}
