/** The examples' web pages, for the page's tests (markup and browser). */
import { loadReport } from "../../src/pipeline/load.js";
import { renderHtml } from "../../src/render/html.js";

export const EXAMPLES = ["inputs/2020-贺兰县交通运输局.xlsx", "inputs/2025-示范市自然资源局.xlsx"];

export async function pageOf(input: string) {
  const loaded = await loadReport(input);
  return { loaded, html: renderHtml(loaded.report, loaded.edition) };
}
