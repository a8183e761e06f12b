/** A county's worth of workbooks for batches (the bench, the executable's test): N valid workbooks of N agencies. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { buildWorkbook } from "./fixtures.js";

/**
 * Writes `count` workbooks into `dir` (0001.xlsx …): one built by the library, its agency text replaced in the zip
 * (same length, so nothing else moves) by 示范县第0001局 ….
 */
export async function distinctWorkbooks(dir: string, count: number): Promise<void> {
  const marker = "示范县第0000局";
  const bytes = readFileSync(await buildWorkbook("2021", { "meta.agency": marker }));
  const zip = new PizZip(bytes);
  const part = Object.keys(zip.files).find((name) => !zip.files[name].dir && zip.file(name)!.asText().includes(marker))!;
  const xml = zip.file(part)!.asText();
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const number = String(i + 1).padStart(4, "0");
    zip.file(part, xml.replace(marker, `示范县第${number}局`));
    writeFileSync(join(dir, `${number}.xlsx`), zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
  }
}
