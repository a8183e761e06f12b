import { relative } from "node:path";
import { baseName } from "../values/base-name.js";

/**
 * How the tool was started, so that a hint shows a command that works when typed the same way: `npx nianbao`
 * through npx, `nianbao` when installed (a bin link, or Windows' shim into node_modules/nianbao) or run as the
 * single executable (nianbao.exe on Windows), otherwise
 * the `node dist/cli/main.js` that was typed.
 */
export function invocationOf(script: string, env: NodeJS.ProcessEnv, cwd: string): string {
  if (env.npm_command === "exec") return "npx nianbao";
  if (baseName(script).replace(/\.(cmd|ps1|exe)$/i, "") === "nianbao" || /[\\/]node_modules[\\/]nianbao[\\/]/.test(script))
    return "nianbao";
  const path = relative(cwd, script) || script;
  return `node ${/\s/.test(path) ? `"${path}"` : path}`;
}
