import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tempDir } from "./temp.js";
import { join } from "node:path";
import PizZip from "pizzip";

export const documentXml = (file: string): string => new PizZip(readFileSync(file)).file("word/document.xml")!.asText();

const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join("")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

/** Every paragraph's text, in order. */
export const paragraphTexts = (xml: string): string[] => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));

/**
 * The tables of a document as grids of cell texts, spans expanded: a cell spanning columns (gridSpan) fills
 * each of them, and a vertically merged cell (vMerge) repeats the text of the cell it continues.
 */
export function tableGrids(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) => {
    const grid: string[][] = [];
    for (const row of table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
      const cells: string[] = [];
      for (const cell of row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)) {
        const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(cell[0])?.[1] ?? 1);
        const continues = /<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(cell[0]);
        const column = cells.length;
        const text = continues ? (grid[grid.length - 1]?.[column] ?? "") : textOf(cell[0]);
        for (let i = 0; i < span; i++) cells.push(text);
      }
      grid.push(cells);
    }
    return grid;
  });
}

// The repository carries the schemas it validates against (tests/ooxml-schemas/README.md): a clone anywhere can run this.
const SCHEMA = new URL("../ooxml-schemas/microsoft/wml-2010.xsd", import.meta.url);

/** xmllint's verdict on word/document.xml against the OOXML schema (the check dolanmiu/docx runs). */
export function validateAgainstSchema(file: string): { ok: boolean; output: string } {
  const dir = tempDir("nianbao-xsd-");
  const xmlPath = join(dir, "document.xml");
  writeFileSync(xmlPath, documentXml(file));
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA.pathname, xmlPath], { encoding: "utf8" });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** Whether a command is on PATH. Mutation testing (vitest.mutation.config.ts) says LibreOffice is not: a conversion
 * for each mutant would take hours, and the PDF tests check the environment more than the code. */
export const hasCommand = (name: string): boolean =>
  !(name === "soffice" && process.env.NIANBAO_TESTS_WITHOUT_LIBREOFFICE === "1") &&
  spawnSync("sh", ["-c", `command -v ${name}`]).status === 0;

export const pdfText = (pdf: string): string => execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
