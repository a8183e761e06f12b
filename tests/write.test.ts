/** Stage 4 on documents in memory: staged under temporary names, then final together, or not at all. *
 * Covers: src/outputs/formats.ts, src/pipeline/document.ts, src/pipeline/document-names.ts, src/pipeline/paths.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  abandonDocuments,
  completeDocuments,
  stageDocument,
  writeDocuments,
  type ReportDocument,
  type StageResult,
} from "../src/pipeline/write.js";
import { makeFolder } from "../src/io/folders.js";
import { tempDir } from "./helpers/fixtures.js";

const documentFor = (agency: string): ReportDocument => ({
  year: 2025,
  agency,
  baseName: `2025年${agency}政府信息公开工作年度报告`,
  edition: "2021",
  circular: "国办公开办函〔2021〕30号",
  source: { file: `${agency}.xlsx`, sha256: "0".repeat(64) },
  template: { file: "2021.docx", sha256: "1".repeat(64) },
  files: { docx: Buffer.from(`docx of ${agency}`) },
  conversions: [],
  findings: [],
});

const staged = (stage: StageResult) => {
  if (stage.status !== "staged") throw new Error(`not staged: ${stage.status}`);
  return stage.staged;
};

describe("writing documents", () => {
  it("writes each document and its manifest under their final names, and nothing else", async () => {
    const outDir = tempDir();
    const results = await writeDocuments([documentFor("甲局"), documentFor("乙局")], { outDir, version: "0.1.0" });
    expect(results.map((result) => result.status)).toEqual(["written", "written"]);
    expect(readdirSync(outDir).sort()).toEqual([
      "2025年乙局政府信息公开工作年度报告.docx",
      "2025年乙局政府信息公开工作年度报告.manifest.json",
      "2025年甲局政府信息公开工作年度报告.docx",
      "2025年甲局政府信息公开工作年度报告.manifest.json",
    ]);
    expect(readFileSync(join(outDir, "2025年乙局政府信息公开工作年度报告.docx"), "utf8")).toBe("docx of 乙局");
  });

  it("keeps a staged document out of sight until it is complete, and removes it when given up", async () => {
    const outDir = tempDir();
    const stage = await stageDocument(documentFor("甲局"), { outDir, version: "0.1.0" });
    const hidden = readdirSync(outDir);
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatch(/^\.nianbao-[0-9a-f]{12}\.tmp$/);
    await abandonDocuments([staged(stage)]);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("reports a file that appeared at a final name meanwhile, leaves it as it was, and keeps nothing of the document", async () => {
    const outDir = tempDir();
    const options = { outDir, version: "0.1.0" };
    const stage = await stageDocument(documentFor("甲局"), options);
    const manifest = join(outDir, "2025年甲局政府信息公开工作年度报告.manifest.json");
    writeFileSync(manifest, "another run's manifest");
    const [result] = await completeDocuments([staged(stage)], options);
    expect(result).toEqual({ status: "exists", path: manifest });
    expect(readdirSync(outDir)).toEqual(["2025年甲局政府信息公开工作年度报告.manifest.json"]);
    expect(readFileSync(manifest, "utf8")).toBe("another run's manifest");
  });

  it("fails as a whole when one document cannot be staged, leaving no temporary file of the others", async () => {
    const outDir = tempDir();
    writeFileSync(join(outDir, "乙局"), "a file where a folder should be");
    // A name no report has (reports' names are safe file names): it makes this one document's write fail.
    const unwritable = { ...documentFor("乙局"), baseName: "乙局/报告" };
    const documents = [documentFor("甲局"), unwritable, documentFor("丙局")];
    await expect(writeDocuments(documents, { outDir, version: "0.1.0" })).rejects.toMatchObject({ code: "EEXIST" });
    expect(readdirSync(outDir)).toEqual(["乙局"]);
  });
});

describe("making the output folder", () => {
  it("makes every missing folder of the path, accepts one that exists, and refuses a file in the way", async () => {
    const root = tempDir();
    await makeFolder(join(root, "a", "b", "c"));
    await makeFolder(join(root, "a", "b"));
    expect(readdirSync(join(root, "a", "b"))).toEqual(["c"]);
    writeFileSync(join(root, "f"), "a file");
    await expect(makeFolder(join(root, "f"))).rejects.toMatchObject({ code: "EEXIST" });
    await expect(makeFolder(join(root, "f", "g"))).rejects.toMatchObject({ code: "ENOTDIR" });
  });
});
