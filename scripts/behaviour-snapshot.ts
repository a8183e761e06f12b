/**
 * Prints what users get from a set of inputs: every finding (code, severity, place, message) and the SHA-256 of
 * every generated .docx. Run it before and after a refactoring and diff the two files: behaviour is unchanged when
 * they are identical. Inputs: the two bundled examples, the valid fixtures of both editions (workbook and JSON)
 * every rule case of the test suite, the blank workbooks of both editions part by part, the examples' web pages (their
 * hash), and every finding of the published reports of the test corpus (tests/fixtures/published).
 *
 *   npx tsx scripts/behaviour-snapshot.ts > before.json
 */
import { readdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename, join } from "node:path";
import { checkFile, generateReport, type Finding } from "../src/index.js";
import PizZip from "pizzip";
import { EDITION_IDS, EDITIONS, type EditionId } from "../src/schema/index.js";
import { buildBlankWorkbook } from "../src/workbook/write-blank.js";
import { buildWorkbook, patchZip, tempDir, TODAY } from "../tests/helpers/fixtures.js";
import { EXAMPLE_WORKBOOKS } from "../tests/helpers/examples.js";
import { validJson, writeJson } from "../tests/helpers/json.js";
import { CASES } from "../tests/helpers/rule-cases.js";

const project = (f: Finding) => [
  f.code,
  f.severity,
  f.sheet ?? null,
  f.cell ?? null,
  f.field ?? null,
  f.expected ?? null,
  f.actual ?? null,
  f.message,
  f.hint ?? null,
];
const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function findingsOf(file: string) {
  const { result } = await checkFile(file, { today: TODAY });
  return result.findings.map(project);
}

async function documentOf(input: string, html = false) {
  const outDir = tempDir();
  const outcome = await generateReport({ input, outDir, today: TODAY, version: "snapshot", html });
  const hashOf = (suffix: string) => {
    const name = readdirSync(outDir).find((file) => file.endsWith(suffix));
    return name && sha(readFileSync(join(outDir, name)));
  };
  return { status: outcome.status, docx: hashOf(".docx"), ...(html ? { html: hashOf(".html") } : {}) };
}

/** The blank workbook `init` writes, part by part (docProps/core.xml holds the time it was written). */
async function blankWorkbookParts(edition: EditionId) {
  const workbook = buildBlankWorkbook(EDITIONS[edition], { agency: "银川市交通运输局", year: edition === "2019" ? 2020 : 2025 });
  const zip = new PizZip(Buffer.from(await workbook.xlsx.writeBuffer()));
  const parts = Object.keys(zip.files)
    .filter((name) => !zip.files[name].dir && name !== "docProps/core.xml")
    .sort();
  return Object.fromEntries(parts.map((name) => [name, sha(Buffer.from(zip.file(name)!.asUint8Array()))]));
}

const snapshot: Record<string, unknown> = {};
for (const file of EXAMPLE_WORKBOOKS) {
  const example = basename(file);
  snapshot[`example ${example}`] = { findings: await findingsOf(file), ...(await documentOf(file, true)) };
}
const PUBLISHED = "tests/fixtures/published";
for (const name of readdirSync(PUBLISHED)
  .filter((file) => /\.(html|docx)$/.test(file) && !file.includes(".source."))
  .sort()) {
  snapshot[`published ${name}`] = { findings: await findingsOf(join(PUBLISHED, name)) };
}
for (const edition of EDITION_IDS) {
  snapshot[`blank workbook ${edition}`] = await blankWorkbookParts(edition);
  const workbook = await buildWorkbook(edition);
  snapshot[`valid workbook ${edition}`] = { findings: await findingsOf(workbook), ...(await documentOf(workbook)) };
  const json = writeJson(validJson(edition));
  snapshot[`valid json ${edition}`] = { findings: await findingsOf(json), ...(await documentOf(json)) };
  for (const c of CASES.filter((c) => !c.only || c.only === edition)) {
    const file = await buildWorkbook(edition, (typeof c.set === "function" ? c.set(edition) : c.set) as never);
    if (c.xml) patchZip(file, (_, xml) => xml.replace(c.xml![0], c.xml![1]));
    snapshot[`case ${edition} ${c.it}`] = { findings: await findingsOf(file), ...(await documentOf(file)) };
  }
}
process.stdout.write(`${JSON.stringify(snapshot, null, 1)}\n`);
