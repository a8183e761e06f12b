import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fontsInDocx } from "./document-fonts.js";
import { fontconfigXml, planFonts, type FontSubstitution } from "./font-plan.js";
import { installedFamilies } from "./installed-fonts.js";

/**
 * The environment LibreOffice converts in: a fontconfig file written in `dir` that binds the official faces the
 * documents name to the installed open fonts, and the plan it applied (for the output and the manifest).
 */
export async function fontEnvironment(
  dir: string,
  documents: readonly Buffer[],
): Promise<{ env: NodeJS.ProcessEnv; fonts: FontSubstitution[] }> {
  const used = new Set(documents.flatMap((bytes) => [...fontsInDocx(bytes)]));
  const fonts = planFonts(used, await installedFamilies());
  const file = join(dir, "fonts.conf");
  await writeFile(file, fontconfigXml(fonts));
  return { env: { ...process.env, FONTCONFIG_FILE: file }, fonts };
}
