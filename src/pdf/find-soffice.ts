/**
 * Where LibreOffice is: the path NIANBAO_SOFFICE names, else its standard install folder on Windows and macOS, where
 * the installer does not put it on PATH, else `soffice` on PATH (Linux packages, and any other install).
 */
import { existsSync } from "node:fs";
import { join, win32 } from "node:path";

/** The standard install locations of a platform, in the order they are tried. */
export function sofficeCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === "win32") {
    const roots = [env.ProgramFiles, env["ProgramFiles(x86)"], env.ProgramW6432, "C:\\Program Files", "C:\\Program Files (x86)"];
    return [
      ...new Set(roots.filter((root): root is string => !!root).map((root) => win32.join(root, "LibreOffice", "program", "soffice.exe"))),
    ];
  }
  if (platform === "darwin")
    return [
      "/Applications/LibreOffice.app/Contents/MacOS/soffice",
      join(env.HOME ?? "/", "Applications/LibreOffice.app/Contents/MacOS/soffice"),
    ];
  return [];
}

/** The command to run: an explicit choice first, then what is installed where installers put it, then PATH. */
export function sofficeCommand(
  explicit: string | undefined,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  return explicit ?? env.NIANBAO_SOFFICE ?? sofficeCandidates(platform, env).find(exists) ?? "soffice";
}
