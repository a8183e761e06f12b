import type ExcelJS from "exceljs";
import PizZip from "pizzip";
import { readFileSync } from "node:fs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { EDITIONS, type EditionDef, type EditionId } from "../../src/schema/index.js";
import { buildBlankWorkbook } from "../../src/workbook/write-blank.js";
import { fieldRange, fillWorkbook, type FillValue } from "../../src/workbook/fill-workbook.js";

/** The day the tests pretend it is, so that year and date rules do not depend on the clock. */
export const TODAY = new Date(2026, 10, 29);

export { tempDir } from "./temp.js";
import { tempDir } from "./temp.js";

export const YEAR: Record<EditionId, number> = { "2019": 2020, "2021": 2025 };

type CellInput = FillValue;

const REQUEST_APPLICANTS = ["natural", "business", "research", "nonprofit", "legal", "otherOrg"];

/** The input fields of a complete, valid report (every rule passes, no hints), and the totals it implies. */
export function validReport(editionId: EditionId): { inputs: Record<string, CellInput>; totals: Record<string, number> } {
  const edition = EDITIONS[editionId];
  const inputs: Record<string, CellInput> = {
    "meta.agency": "银川市交通运输局",
    "meta.year": YEAR[editionId],
    "meta.address": "银川市金凤区示例路 1 号",
    "meta.phone": "0951-1234567",
    "meta.email": "jtj@example.cn",
    "meta.website": "银川市人民政府网站",
    "meta.date": new Date(Date.UTC(YEAR[editionId] + 1, 0, 20)),
    "text.overview": [
      { level: "标题（一）", text: "（一）主动公开情况" },
      { level: "正文", text: "全年主动公开政府信息 1200 条。" },
    ],
    "text.problems": [{ text: "公开内容还不够全面。" }],
    "text.other": [{ text: "无其他需要报告的事项。" }],
  };
  const totals: Record<string, number> = {};
  const requestRows = edition.fields
    .filter((f) => f.id.startsWith("requests.") && f.id.endsWith(".natural"))
    .map((f) => f.id.slice("requests.".length, -".natural".length));
  const resultRows = requestRows.slice(requestRows.indexOf("granted"), requestRows.indexOf("resultTotal"));
  REQUEST_APPLICANTS.forEach((column, i) => {
    let resultSum = 0;
    resultRows.forEach((row, r) => {
      const value = (r + i) % 3;
      inputs[`requests.${row}.${column}`] = value;
      resultSum += value;
    });
    const carriedOver = i % 2;
    const carriedForward = 1;
    inputs[`requests.carriedOver.${column}`] = carriedOver;
    inputs[`requests.carriedForward.${column}`] = carriedForward;
    inputs[`requests.newReceived.${column}`] = resultSum + carriedForward - carriedOver;
    totals[`requests.resultTotal.${column}`] = resultSum;
  });
  for (const row of requestRows) {
    totals[`requests.${row}.total`] = REQUEST_APPLICANTS.reduce(
      (sum, column) => sum + ((row === "resultTotal" ? totals : inputs)[`requests.${row}.${column}`] as number),
      0,
    );
  }
  ["review", "suitDirect", "suitAfterReview"].forEach((group, g) => {
    const outcomes = [g + 1, 1, 0, g];
    ["upheld", "corrected", "other", "pending"].forEach((outcome, i) => (inputs[`${group}.${outcome}`] = outcomes[i]));
    totals[`${group}.total`] = outcomes.reduce((a, b) => a + b);
  });
  // Section 二: counts that trip no plausibility hint (no 规章, lastYear + change ≠ decisions).
  for (const field of edition.fields.filter((f) => f.id.startsWith("active."))) {
    if (field.id.startsWith("active.rules.")) inputs[field.id] = 0;
    else if (field.type === "amount") inputs[field.id] = 12.5;
    else if (field.type === "signed") inputs[field.id] = -3;
    else inputs[field.id] = 40 + edition.fields.indexOf(field);
  }
  if (editionId === "2021") Object.assign(inputs, { "fees.noticesIssued": 2, "fees.noticedAmount": 150, "fees.collectedAmount": 100.5 });
  return { inputs, totals };
}

export const cellOf = (workbook: ExcelJS.Workbook, id: string): ExcelJS.Cell => {
  const range = fieldRange(workbook, id);
  return range.worksheet.getCell(range.top, range.left);
};

/** A cell's note as plain text, whether exceljs gives it as a string or as rich text. */
export const noteOf = (cell: ExcelJS.Cell): string =>
  typeof cell.note === "string" ? cell.note : (cell.note?.texts ?? []).map((run) => run.text).join("");

/** A real workbook file: `init`'s blank workbook, filled with the valid baseline, then the test's delta. */
export async function buildWorkbook(
  editionId: EditionId,
  delta: Record<string, CellInput> = {},
  options: { baseline?: boolean; edit?: (workbook: ExcelJS.Workbook) => void; dir?: string } = {},
): Promise<string> {
  const edition: EditionDef = EDITIONS[editionId];
  const workbook = buildBlankWorkbook(edition, { agency: "银川市交通运输局", year: YEAR[editionId] });
  const values = { ...(options.baseline === false ? {} : validReport(editionId).inputs), ...delta };
  fillWorkbook(workbook, values);
  options.edit?.(workbook);
  const file = join(options.dir ?? tempDir(), `${editionId}.xlsx`);
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file;
}

/** Edits the XML parts of a written file, to make what Excel writes but exceljs cannot (e.g. `_x0001_` escapes). */
export function patchZip(file: string, patch: (name: string, xml: string) => string): void {
  const zip = new PizZip(readFileSync(file));
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith(".xml")) continue;
    const xml = zip.file(name)!.asText();
    const patched = patch(name, xml);
    if (patched !== xml) zip.file(name, patched);
  }
  writeFileSync(file, zip.generate({ type: "nodebuffer" }));
}
