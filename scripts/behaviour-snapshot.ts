/**
 * Prints what users get from a set of inputs: every finding (code, severity, place, message) and the SHA-256 of
 * every generated .docx. Run it before and after a refactoring and diff the two files: behaviour is unchanged when
 * they are identical. Inputs: the two bundled examples, the valid fixtures of both editions (workbook and JSON)
 * and every rule case of the test suite.
 *
 *   npx tsx scripts/behaviour-snapshot.ts > before.json
 */
import { readdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { checkFile, generateReport, type Finding } from "../src/index.js";
import type { EditionId } from "../src/schema/index.js";
import { buildWorkbook, patchZip, tempDir, TODAY } from "../tests/helpers/fixtures.js";
import { validJson, writeJson } from "../tests/helpers/json.js";
import { CASES } from "../tests/helpers/rule-cases.js";

const EDITION_IDS: EditionId[] = ["2019", "2021"];
const project = (f: Finding) => [f.code, f.severity, f.sheet ?? null, f.cell ?? null, f.field ?? null, f.expected ?? null, f.actual ?? null, f.message, f.hint ?? null];
const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function findingsOf(file: string) {
  const { result } = await checkFile(file, { today: TODAY });
  return result.findings.map(project);
}

async function documentOf(input: string) {
  const outDir = tempDir();
  const outcome = await generateReport({ input, outDir, today: TODAY, version: "snapshot" });
  const docx = readdirSync(outDir).find((name) => name.endsWith(".docx"));
  return { status: outcome.status, docx: docx && sha(readFileSync(join(outDir, docx))) };
}

const snapshot: Record<string, unknown> = {};
for (const example of readdirSync("inputs").filter((name) => name.endsWith(".xlsx")).sort()) {
  const file = join("inputs", example);
  snapshot[`example ${example}`] = { findings: await findingsOf(file), ...(await documentOf(file)) };
}
for (const edition of EDITION_IDS) {
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
