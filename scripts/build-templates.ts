/**
 * Writes templates/<edition>.docx from the edition definitions. The committed .docx files are what ships;
 * run `npm run templates` after changing a label or the layout, and commit the result.
 */
import { Packer } from "docx";
import { writeFileSync } from "node:fs";
import { EDITION_IDS, EDITIONS } from "../src/schema/index.js";
import { normalizeTemplate } from "./templates/normalize.js";
import { reportDocument } from "./templates/report-document.js";

for (const id of EDITION_IDS) {
  const bytes = await Packer.toBuffer(reportDocument(EDITIONS[id]));
  const file = new URL(`../templates/${id}.docx`, import.meta.url);
  writeFileSync(file, normalizeTemplate(bytes));
  console.log(`templates/${id}.docx`);
}
