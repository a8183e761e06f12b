import { relative } from "node:path";
import { baseName } from "../values/base-name.js";

/**
 * How the tool was started, so that a hint shows a command that works when typed the same way: `npx nianbao`
 * through npx, `nianbao` when installed (a bin link, or Windows' shim into node_modules/nianbao) or run as the
 * single executable (nianbao.exe on Windows), the executable's own name when it was renamed, otherwise the
 * `node dist/cli/main.js` that was typed.
 */
export function invocationOf(script: string, env: NodeJS.ProcessEnv, cwd: string, executable = false): string {
  if (env.npm_command === "exec") return "npx nianbao";
  const name = baseName(script).replace(/\.(cmd|ps1|exe)$/i, "");
  if (name === "nianbao" || /[\\/]node_modules[\\/]nianbao[\\/]/.test(script)) return "nianbao";
  const path = relative(cwd, script) || script;
  // A renamed executable runs by itself, without node: on Windows by its name, elsewhere by a path (./年报 in its folder).
  if (executable) return quoted(/\.exe$/i.test(script) ? name : /[\\/]/.test(path) ? path : `./${path}`);
  return `node ${quoted(path)}`;
}

const quoted = (path: string) => (/\s/.test(path) ? `"${path}"` : path);
