/** The page's entry: the worker's script is carried in the page itself, as a string (scripts/build-page.mjs). */
import { startPage } from "./page.js";

declare const NIANBAO_WORKER_SOURCE: string;

startPage(document.getElementById("app")!, NIANBAO_WORKER_SOURCE);
