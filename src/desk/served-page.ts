/**
 * The clerk's page (dist/web/nianbao.html) as the desk serves it: the same file, told whose link it is, and allowed
 * to talk to the server it came from (its policy otherwise forbids any connection).
 */
import { DESK_CONFIG_ID, type DeskConfig } from "../web/desk-config.js";

const OFFLINE_POLICY = "connect-src 'none'";
const SERVED_POLICY = "connect-src 'self'";

/** The policy the page declares, as the served page has it: the response's own header repeats it. */
export function servedPolicy(page: string): string {
  const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1];
  if (!policy?.includes(OFFLINE_POLICY)) throw new Error("the page's Content-Security-Policy was not found");
  return `${policy.replace(OFFLINE_POLICY, SERVED_POLICY)}; frame-ancestors 'none'`;
}

/** The page with the desk's configuration inlined (as JSON with "<" escaped, so that no text can end its element). */
export function servedPage(page: string, config: DeskConfig): string {
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  return page
    .replace(OFFLINE_POLICY, SERVED_POLICY)
    .replace('<main id="app">', `<script type="application/json" id="${DESK_CONFIG_ID}">${json}</script>\n<main id="app">`);
}
