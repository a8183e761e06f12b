/**
 * Property-based checks of hostile input (issue 10), shared by tests/fuzz.test.ts (a few hundred cases) and
 * scripts/fuzz.ts (ten thousand and more): random values in every cell, random bytes and XML edits of a valid
 * workbook, random JSON. Each case must end checked (valid or with findings) or refused with a Chinese message;
 * anything else thrown is a crash, and a case that does not end in time is a hang.
 */
import fc from "fast-check";
import PizZip from "pizzip";
import { InputError, type Finding } from "../../src/findings/finding.js";
import { readJsonSource } from "../../src/input/read-json.js";
import { checkReport } from "../../src/pipeline/check.js";
import { interpretReport } from "../../src/pipeline/load.js";
import { EDITIONS, type EditionId } from "../../src/schema/index.js";
import { readWorkbookSource } from "../../src/workbook/read-workbook.js";
import { readFileSync } from "node:fs";
import type { ReportSource } from "../../src/input/source.js";
import { buildWorkbook, TODAY } from "./fixtures.js";
import { validJson } from "./json.js";
import { checkInMemory } from "./memory.js";

export type Outcome = "valid" | "findings" | `refused:${string}`;

const CHINESE = /[\u4e00-\u9fff]/;
/** A message a clerk reads: Chinese, and no trace of a value that was never filled in. */
export function assertReadable(findings: readonly Finding[]): void {
  for (const finding of findings)
    if (!CHINESE.test(finding.message) || /undefined|NaN|\[object/.test(finding.message))
      throw new Error(`unreadable message for ${finding.code}: ${finding.message}`);
}

// Far beyond any real case even on a loaded machine: only a case that never ends reaches it.
const TIME_LIMIT_MS = 60_000;
export async function inTime<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("hang: no end in 60 s")), TIME_LIMIT_MS)));
  try {
    return await Promise.race([work, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * How a case ended: its source read (by whatever reader) and checked, or refused with a Chinese message. Anything
 * else thrown is a crash; a read that does not end in time is a hang.
 */
export async function outcomeOf(read: () => Omit<ReportSource, "sha256"> | Promise<Omit<ReportSource, "sha256">>): Promise<Outcome> {
  try {
    const source = await inTime(Promise.resolve().then(read));
    const result = checkReport(interpretReport({ ...source, sha256: "" }), { today: TODAY });
    assertReadable(result.findings);
    return result.valid ? "valid" : "findings";
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    assertReadable([error.finding]);
    return `refused:${error.finding.code}`;
  }
}

/** Reads and checks bytes as a workbook or as JSON, the way `check` does after telling the kind. */
export const checkBytes = (bytes: Buffer, name: string): Promise<Outcome> =>
  outcomeOf(() => (name.endsWith(".json") ? readJsonSource(bytes, name) : readWorkbookSource(bytes, name)));

/** Values a cell may hold, the odd ones included: text, numbers of every size, dates, formulas, errors, rich text. */
export const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1e7 + 1, Number.MAX_SAFE_INTEGER, 1e300, -0, 0.1 + 0.2),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("十二", "约80", "１２", " 1,823 ", "+505", "减4", "12件", "#REF!", "\u0001\u000b", "=SUM(A1:A2)", "", " "),
  fc.constant(null),
  fc.date({ noInvalidDate: true }),
  fc.boolean(),
  // What exceljs gives for a formula, an error and rich text: plain objects, as it makes them.
  fc.record(
    { formula: fc.constantFrom("SUM(A1:A3)", "1/0", "A1"), result: fc.oneof(fc.integer(), fc.string(), fc.constant(undefined)) },
    { noNullPrototype: true },
  ),
  fc.record({ error: fc.constantFrom("#REF!", "#DIV/0!", "#VALUE!") }, { noNullPrototype: true }),
  fc.record(
    { richText: fc.array(fc.record({ text: fc.string() }, { noNullPrototype: true }), { maxLength: 3 }) },
    { noNullPrototype: true },
  ),
);

/** Random values in a random selection of an edition's cells, and random paragraphs in its narrative rows; checked in memory. */
export const cellsCase = (edition: EditionId) => {
  const fields = EDITIONS[edition].fields;
  const ids = (paragraphs: boolean) => fields.filter((field) => (field.type === "paragraphs") === paragraphs).map((field) => field.id);
  const paragraph = fc.record({ level: fc.oneof(cellValue, fc.constant(undefined)), text: cellValue }, { noNullPrototype: true });
  return fc
    .tuple(
      fc.dictionary(fc.constantFrom(...ids(false)), cellValue, { maxKeys: 40 }),
      fc.dictionary(fc.constantFrom(...ids(true)), fc.array(paragraph, { maxLength: 4 })),
    )
    .map(([cells, narratives]) => ({ ...cells, ...narratives }));
};

export function checkCells(edition: EditionId, values: Record<string, unknown>): Outcome {
  const result = checkInMemory(edition, values as never);
  assertReadable(result.findings);
  return result.valid ? "valid" : "findings";
}

/** Byte edits of a file: each [position as a fraction of the length, new byte]. */
export const byteEdits = fc.array(
  fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: 0, max: 255 })),
  {
    minLength: 1,
    maxLength: 8,
  },
);

export function editBytes(bytes: Buffer, edits: readonly [number, number][]): Buffer {
  const copy = Buffer.from(bytes);
  for (const [at, value] of edits) copy[Math.floor(at * copy.length)] = value;
  return copy;
}

/** An edit of one XML part of the zip, which is then written again with valid checksums: what the XML parser meets. */
export const partEdit = fc.record({
  part: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  kind: fc.constantFrom("cut", "insert", "delete", "duplicate"),
  text: fc.oneof(
    fc.string(),
    fc.constantFrom("<", ">", "&", "<v>0x10</v>", "]]>", '<c r="A1"', '<!ENTITY x "y">', "\u0000", "</sheetData>"),
  ),
  length: fc.integer({ min: 1, max: 200 }),
});

export function editPart(bytes: Buffer, edit: { part: number; at: number; kind: string; text: string; length: number }): Buffer {
  const zip = new PizZip(bytes);
  const parts = Object.keys(zip.files).filter((name) => name.endsWith(".xml") || name.endsWith(".rels"));
  const name = parts[Math.floor(edit.part * parts.length)];
  const xml = zip.file(name)!.asText();
  const at = Math.floor(edit.at * xml.length);
  const edited =
    edit.kind === "cut"
      ? xml.slice(0, at)
      : edit.kind === "insert"
        ? xml.slice(0, at) + edit.text + xml.slice(at)
        : edit.kind === "delete"
          ? xml.slice(0, at) + xml.slice(at + edit.length)
          : xml.slice(0, at) + xml.slice(at, at + edit.length) + xml.slice(at);
  zip.file(name, edited);
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

/** JSON of any shape, and reports with parts of them replaced by anything. */
export const jsonCase = (valid: Record<string, unknown>) =>
  fc.oneof(
    fc.json(),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.tuple(fc.constantFrom(...Object.keys(valid)), fc.jsonValue()).map(([key, value]) => JSON.stringify({ ...valid, [key]: value })),
    fc.string().map((text) => `{"meta":{"edition":"2021"},"x":${text}}`),
  );

/** A kind of hostile case: how to make one, and how to check it. */
export interface Family {
  name: string;
  cases: fc.Arbitrary<unknown>;
  check: (input: never) => Outcome | Promise<Outcome>;
}

/** Every family, for the test run (a few hundred cases) and scripts/fuzz.ts (thousands). */
export async function families(): Promise<Family[]> {
  const workbook = readFileSync(await buildWorkbook("2021"));
  const family = <T>(name: string, cases: fc.Arbitrary<T>, check: (input: T) => Outcome | Promise<Outcome>): Family => ({
    name,
    cases,
    check: check as Family["check"],
  });
  return [
    family("cells 2019", cellsCase("2019"), (values) => checkCells("2019", values)),
    family("cells 2021", cellsCase("2021"), (values) => checkCells("2021", values)),
    family("bytes", byteEdits, (edits) => checkBytes(editBytes(workbook, edits), "工作簿.xlsx")),
    family("XML edits", partEdit, (edit) => checkBytes(editPart(workbook, edit), "工作簿.xlsx")),
    family("JSON", jsonCase(validJson("2021")), (json) => checkBytes(Buffer.from(json), "报告.json")),
    // Issue 24: published documents and templates.
    ...(await (await import("./fuzz-documents.js")).documentFamilies()),
  ];
}
