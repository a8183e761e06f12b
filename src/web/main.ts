/** The page's entry: the worker's script is carried in the page itself, as a string (scripts/build-page.mjs). */
import { readDeskConfig } from "./desk-config.js";
import { startOffice } from "./office.js";
import { startPage } from "./page.js";

declare const NIANBAO_WORKER_SOURCE: string;

const root = document.getElementById("app")!;
// Served by the collection desk, the page knows whose link it is; opened from disk, it is the clerk's own.
const desk = readDeskConfig(document);
if (desk?.role === "office") startOffice(root, desk);
else startPage(root, NIANBAO_WORKER_SOURCE, desk);
