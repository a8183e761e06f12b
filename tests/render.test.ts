/**
 * Covers: src/render/outline.ts, src/render/signature.ts, src/render/title.ts, src/schema/fonts.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { generateReport } from "../src/pipeline/generate.js";
import { toolVersion } from "../src/io/carried-files.js";
import { DEMO_CITY_2025 } from "../scripts/examples/demo-city-2025.js";
import { HELAN_2020 } from "../scripts/examples/helan-2020.js";
import { documentXml, paragraphTexts, tableGrids, validateAgainstSchema } from "./helpers/docx.js";
import { tempDir, TODAY } from "./helpers/fixtures.js";
import { ACTIVE_ROWS, REQUEST_HEADER, REQUEST_ROWS, REVIEW_HEADER, SECTIONS } from "./helpers/official-labels.js";

const EXAMPLES = [HELAN_2020, DEMO_CITY_2025];
type Values = Record<string, unknown>;

const distinct = (cells: string[]) => cells.filter((c, i) => i === 0 || c !== cells[i - 1]);

const ROW_LABEL: Record<string, string> = {
  rules: "规章",
  licensing: "行政许可",
  otherServices: "其他对外管理服务事项",
  penalty: "行政处罚",
  coercion: "行政强制",
  fees: "行政事业性收费",
  procurement: "政府集中采购",
};
const COLUMN_LABEL: Record<string, Record<string, string>> = {
  "2021": {
    issued: "本年制发件数",
    repealed: "本年废止件数",
    inForce: "现行有效件数",
    decisions: "本年处理决定数量",
    amount: "本年收费金额（单位：万元）",
  },
  "2019": {
    made: "本年新制作数量",
    published: "本年新公开数量",
    total: "对外公开总数量",
    lastYear: "上一年项目数量",
    change: "本年增/减",
    decisions: "处理决定数量",
    projects: "采购项目数量",
    amount: "采购总金额",
  },
};

/** How the official report prints a figure: counts plainly, changes signed, 采购总金额 with its unit. */
function printed(id: string, value: number): string {
  if (id.endsWith(".change")) return value > 0 ? `+${value}` : String(value);
  if (id === "active.procurement.amount") return `${value}万元`;
  return String(value);
}

const APPLICANTS = ["natural", "business", "research", "nonprofit", "legal", "otherOrg"];
const REQUEST_KEYS = {
  "2019": ["otherHandling"],
  "2021": ["otherHandling.noCorrection", "otherHandling.feeUnpaid", "otherHandling.misc"],
};

/** Table 三 as the example implies it, totals computed here, not by the code under test. */
function expectedRequests(edition: "2019" | "2021", values: Values): number[][] {
  const withheld = [
    "stateSecret",
    "lawForbidden",
    "safetyStability",
    "thirdParty",
    "internalAffairs",
    "processInfo",
    "enforcementFile",
    "queryMatter",
  ].map((k) => `withheld.${k}`);
  const unavailable = ["notHeld", "needsCreation", "stillUnclear"].map((k) => `unavailable.${k}`);
  const unprocessed = ["complaint", "repeated", "publication", "excessive", "confirmation"].map((k) => `unprocessed.${k}`);
  const results = ["granted", "partlyGranted", ...withheld, ...unavailable, ...unprocessed, ...REQUEST_KEYS[edition]];
  const rowOf = (key: string) => APPLICANTS.map((c) => values[`requests.${key}.${c}`] as number);
  const resultTotal = APPLICANTS.map((_, i) => results.reduce((sum, key) => sum + rowOf(key)[i], 0));
  const rows = [rowOf("newReceived"), rowOf("carriedOver"), ...results.map(rowOf), resultTotal, rowOf("carriedForward")];
  return rows.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
}

describe.each(EXAMPLES.map((e) => [e.file, e] as const))("the report generated from %s", (_, example) => {
  const edition = example.edition;
  const values = example.values as Values;
  let docx: string;
  let xml: string;
  let tables: string[][][];

  beforeAll(async () => {
    const outcome = await generateReport({ input: example.file, outDir: tempDir(), today: TODAY, version: toolVersion() });
    if (outcome.status !== "generated") throw new Error(`not generated: ${JSON.stringify(outcome.findings)}`);
    docx = outcome.paths.docx;
    xml = documentXml(docx);
    tables = tableGrids(xml);
  });

  it("validates against the OOXML schema and holds no stray tags or 'undefined'", () => {
    const verdict = validateAgainstSchema(docx);
    expect(verdict.output).toContain("validates");
    expect(verdict.ok).toBe(true);
    const text = paragraphTexts(xml).join("\n");
    expect(text).not.toMatch(/[{}]|undefined|NaN/);
    expect(tables).toHaveLength(3);
  });

  it("prints the title on two lines, the opening, the six sections in order, and the signature block", () => {
    const paragraphs = paragraphTexts(xml).filter((p) => p !== "");
    const year = values["meta.year"] as number;
    expect(paragraphs.slice(0, 2)).toEqual([values["meta.agency"], `${year}年政府信息公开工作年度报告`]);
    expect(paragraphs[2]).toContain(`统计期限自${year}年1月1日起至${year}年12月31日止`);
    expect(paragraphs[2]).toContain(`本报告电子版可在${values["meta.website"]}下载`);
    expect(paragraphs[2]).toContain(`联系电话（传真）：${values["meta.phone"]}`);
    const headings = paragraphs.filter((p) => SECTIONS.includes(p));
    expect(headings).toEqual(SECTIONS);
    const date = values["meta.date"] as Date;
    expect(paragraphs.slice(-3)).toEqual([
      values["meta.agency"],
      `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`,
      "（此件公开发布）",
    ]);
  });

  it("prints the narrative paragraphs with their heading levels", () => {
    const overview = values["text.overview"] as { text: string }[];
    const paragraphs = paragraphTexts(xml);
    for (const p of overview) expect(paragraphs).toContain(p.text);
    // A （一） heading is set in 楷体, body text in 仿宋.
    const heading = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find((m) => m[0].includes(`>${overview[0].text}<`))![0];
    expect(heading).toContain('w:eastAsia="楷体_GB2312"');
  });

  it("prints table 二 with the official labels and every figure in its cell", () => {
    const grid = tables[0];
    const labels = grid.map((row) => (row[0] === "信息内容" || row[0].startsWith("第二十条") ? distinct(row) : [row[0]]));
    expect(labels).toEqual(ACTIVE_ROWS[edition]);
    for (const [id, value] of Object.entries(values).filter(([id]) => id.startsWith("active."))) {
      const [, rowKey, columnKey] = id.split(".");
      const rowLabel = rowKey === "normative" ? (edition === "2021" ? "行政规范性文件" : "规范性文件") : ROW_LABEL[rowKey];
      const r = grid.findIndex((row) => row[0] === rowLabel);
      const header = grid
        .slice(0, r)
        .reverse()
        .find((row) => row[0] === "信息内容")!;
      const c = header.indexOf(COLUMN_LABEL[edition][columnKey]);
      expect(grid[r][c], id).toBe(printed(id, value as number));
    }
  });

  it("prints table 三 with its 3-row header, its row labels, and every figure in its official cell", () => {
    const grid = tables[1];
    expect(grid.slice(0, 3)).toEqual(REQUEST_HEADER);
    const dataRows = grid.slice(3);
    expect(dataRows.map((row) => row[2])).toEqual(REQUEST_ROWS[edition]);
    expect(dataRows.every((row) => row.length === 10)).toBe(true);
    expect(dataRows.map((row) => row.slice(3).map(Number))).toEqual(expectedRequests(edition, values));
    // No subtotal rows or columns: the official form has none (formats.md).
    expect(grid.flat().some((cell) => cell.includes("小计"))).toBe(false);
  });

  it("prints table 四 with its 3-row header and the 15 figures", () => {
    const grid = tables[2];
    expect(grid.slice(0, 3)).toEqual(REVIEW_HEADER);
    const groups = ["review", "suitDirect", "suitAfterReview"];
    const expected = groups.flatMap((g) => {
      const parts = ["upheld", "corrected", "other", "pending"].map((o) => values[`${g}.${o}`] as number);
      return [...parts, parts.reduce((a, b) => a + b, 0)];
    });
    expect(grid[3].map(Number)).toEqual(expected);
  });
});
