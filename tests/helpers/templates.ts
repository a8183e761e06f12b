import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { patchZip, tempDir } from "./fixtures.js";

/** A copy of the 2021 template with its document text edited the way a clerk edits it in Word. */
export function editedTemplate(edit: (xml: string) => string): string {
  const file = join(tempDir(), "本局模板.docx");
  copyFileSync("templates/2021.docx", file);
  patchZip(file, (name, xml) => (name === "word/document.xml" ? edit(xml) : xml));
  return file;
}

/** The same, in memory; `part` edits another part than the body (a footer). */
export function editedTemplateBytes(edit: (xml: string) => string, part = "word/document.xml"): Buffer {
  const zip = new PizZip(readFileSync("templates/2021.docx"));
  zip.file(part, edit(zip.file(part)!.asText()));
  return zip.generate({ type: "nodebuffer" });
}
