/** The page's entry: the worker's script is carried in the page itself, as a string (scripts/build-page.mjs). */
import { DESK_CONFIG_ID, type DeskConfig } from "./desk-config.js";
import { startOffice } from "./office.js";
import { startPage } from "./page.js";

declare const NIANBAO_WORKER_SOURCE: string;

/** Whose link served the page (the desk inlines it as JSON); none when the page was opened from disk. */
function deskConfig(): DeskConfig | undefined {
  const text = document.getElementById(DESK_CONFIG_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as DeskConfig;
  } catch {
    return undefined;
  }
}

const root = document.getElementById("app")!;
// Served by the collection desk, the page knows whose link it is; opened from disk, it is the clerk's own.
const desk = deskConfig();
if (desk?.role === "office") startOffice(root, desk);
else startPage(root, NIANBAO_WORKER_SOURCE, desk);
