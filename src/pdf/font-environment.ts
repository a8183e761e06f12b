import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fontconfigXml, planFonts, type FontSubstitution } from "./font-plan.js";
import { installedFamilies } from "./installed-fonts.js";

/**
 * The environment LibreOffice converts in: a fontconfig file written in `dir` that binds the official faces the
 * documents name (`used`, see fontsInDocx) to the installed open fonts, and the plan it applied (for the output
 * and the manifest).
 */
export async function fontEnvironment(
  dir: string,
  used: ReadonlySet<string>,
): Promise<{ env: NodeJS.ProcessEnv; fonts: FontSubstitution[] }> {
  const fonts = planFonts(used, await installedFamilies());
  const file = join(dir, "fonts.conf");
  await writeFile(file, fontconfigXml(fonts));
  return { env: { ...process.env, FONTCONFIG_FILE: file }, fonts };
}
