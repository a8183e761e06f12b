import { basename, relative } from "node:path";

/**
 * How the tool was started, so that a hint shows a command that works when typed the same way: `npx nianbao`
 * through npx, `nianbao` when installed (a bin link, or Windows' shim into node_modules/nianbao), otherwise
 * the `node dist/cli/main.js` that was typed.
 */
export function invocationOf(script: string, env: NodeJS.ProcessEnv, cwd: string): string {
  if (env.npm_command === "exec") return "npx nianbao";
  if (basename(script).replace(/\.(cmd|ps1)$/i, "") === "nianbao" || /[\\/]node_modules[\\/]nianbao[\\/]/.test(script)) return "nianbao";
  const path = relative(cwd, script) || script;
  return `node ${/\s/.test(path) ? `"${path}"` : path}`;
}
