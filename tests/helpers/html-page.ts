/** The examples' web pages, for the page's tests (markup and browser). */
import { loadReport } from "../../src/pipeline/load.js";
import { renderHtml } from "../../src/render/html.js";

export { EXAMPLE_WORKBOOKS as EXAMPLES } from "./examples.js";

export async function pageOf(input: string) {
  const loaded = await loadReport(input);
  return { loaded, html: renderHtml(loaded.report, loaded.edition) };
}
