import { runCli } from "../../src/cli/run.js";
import { TODAY } from "./fixtures.js";

/** Runs the CLI in-process, as `nianbao ARGS` in `cwd`, capturing what it prints. */
export async function nianbao(
  args: string[],
  cwd: string,
  invocation = "nianbao",
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { cwd, today: TODAY, invocation, out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) });
  return { code, stdout, stderr };
}
