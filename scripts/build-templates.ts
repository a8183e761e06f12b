/**
 * Writes templates/<edition>.docx from the edition definitions. The committed .docx files are what ships;
 * run `npm run templates` after changing a label or the layout, and commit the result.
 */
import { Packer } from "docx";
import { writeFileSync } from "node:fs";
import { sha256 } from "../src/io/hash.js";
import { EDITION_IDS, EDITIONS } from "../src/schema/index.js";
import { normalizeTemplate } from "./templates/normalize.js";
import { reportDocument } from "./templates/report-document.js";

const hashes: Record<string, string> = {};
for (const id of EDITION_IDS) {
  const bytes = normalizeTemplate(await Packer.toBuffer(reportDocument(EDITIONS[id])));
  writeFileSync(new URL(`../templates/${id}.docx`, import.meta.url), bytes);
  hashes[id] = sha256(bytes);
  console.log(`templates/${id}.docx`);
}
writeFileSync(
  new URL("../src/templates/standard-templates.ts", import.meta.url),
  `// Written by scripts/build-templates.ts (npm run templates): the SHA-256 of each committed templates/<edition>.docx.
// A template with these bytes passes \`nianbao template check\` (tests/templates.test.ts), so generate need not
// lint it again: a cold run then loads no XML parser for it.
export const STANDARD_TEMPLATE_SHA256: Readonly<Record<string, string>> = ${JSON.stringify(hashes, null, 2)};
`,
);
