/**
 * The bundled examples generate exactly the committed documents (tests/golden, written by scripts/update-golden.ts),
 * compared part by part so that a difference names the part: document, styles, settings, numbering.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { generateReport } from "../src/pipeline/generate.js";
import { EXAMPLE_WORKBOOKS } from "./helpers/examples.js";
import { tempDir, TODAY } from "./helpers/fixtures.js";

const parts = (bytes: Buffer): Map<string, string> => {
  const zip = new PizZip(bytes);
  return new Map(
    Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => [entry.name, Buffer.from(entry.asUint8Array()).toString("base64")]),
  );
};

describe.each(EXAMPLE_WORKBOOKS)("the example %s", (example) => {
  it("generates the golden .docx, part by part and byte for byte", async () => {
    const outcome = await generateReport({ input: example, outDir: tempDir(), today: TODAY, version: "golden" });
    if (outcome.status !== "generated") throw new Error(outcome.status);
    const generated = readFileSync(outcome.paths.docx);
    const golden = readFileSync(join("tests/golden", basename(example).replace(/\.xlsx$/, ".docx")));
    const [want, got] = [parts(golden), parts(generated)];
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [name, content] of want) expect(got.get(name), name).toBe(content);
    expect(generated.equals(golden)).toBe(true);
  });
});
