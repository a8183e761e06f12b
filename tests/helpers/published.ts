/**
 * Published reports made in the test: an example workbook rendered as the web page `generate --html` writes, then
 * edited the way real published pages differ (a row dropped, a label changed, a cell written as ——).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadReport } from "../../src/pipeline/load.js";
import { renderHtml } from "../../src/render/html.js";
import type { EditionId } from "../../src/schema/types.js";
import { tempDir } from "./fixtures.js";

export const EXAMPLE_INPUT: Record<EditionId, string> = {
  "2019": "inputs/2020-贺兰县交通运输局.xlsx",
  "2021": "inputs/2025-示范市自然资源局.xlsx",
};

/** The example's web page, edited; written to a fresh folder, its path returned. */
export async function publishedPage(edition: EditionId, edit: (html: string) => string = (html) => html): Promise<string> {
  const loaded = await loadReport(EXAMPLE_INPUT[edition]);
  const file = join(tempDir(), "报告.html");
  writeFileSync(file, edit(renderHtml(loaded.report, loaded.edition)));
  return file;
}

/** The <tr> of the page whose first header cell reads `label`. */
export const rowOf = (html: string, label: string): string => {
  const at = html.indexOf(`>${label}</th>`);
  const start = html.lastIndexOf("<tr>", at);
  return html.slice(start, html.indexOf("</tr>", at) + "</tr>".length);
};
