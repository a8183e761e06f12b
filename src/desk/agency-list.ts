/**
 * The office's list of agencies (名单.xlsx): the first sheet, 机关名称 in A1, one agency per row below. Read within
 * the bounds every workbook is read in; every problem is a finding naming its cell, all of them collected.
 */
import ExcelJS from "exceljs";
import { InputError, makeFinding, type Finding } from "../findings/finding.js";
import { DESK_TEXT } from "../i18n/ui-text.js";
import { isZip, readInput } from "../input/open-file.js";
import { agencyKey, isFolderName } from "../io/file-names.js";
import { baseName } from "../values/base-name.js";
import { loadWorkbook } from "../workbook/read-workbook.js";
import { applyStyle, STYLE } from "../workbook/styles.js";

export interface AgencyList {
  agencies: string[];
  findings: Finding[];
}

const cellText = (cell: ExcelJS.Cell): string => (cell.text ?? "").trim();

/** The agencies of a list's bytes: each row's name once, in the list's order; a name's problems as findings. */
export async function agencyListOf(bytes: Buffer, file: string): Promise<AgencyList> {
  const name = baseName(file);
  if (!isZip(bytes)) throw new InputError(makeFinding("desk/agency-list-not-workbook", { file: name }, { file: name }));
  const workbook = await loadWorkbook(bytes, file);
  const sheet = workbook.worksheets[0];
  const findings: Finding[] = [];
  if (!sheet) return { agencies: [], findings: [makeFinding("desk/agency-list-empty", { file: name }, { file: name, sheet: "" })] };
  const header = cellText(sheet.getCell("A1"));
  if (header !== DESK_TEXT.agencyColumn)
    findings.push(makeFinding("desk/agency-list-header", { sheet: sheet.name, cell: "A1" }, { file: name, actual: header }));
  const agencies: string[] = [];
  const seen = new Map<string, string>();
  for (let row = 2; row <= sheet.rowCount; row++) {
    const cell = sheet.getCell(row, 1);
    const agency = cellText(cell);
    if (agency === "") continue;
    const key = agencyKey(agency);
    const at = { sheet: sheet.name, cell: cell.address };
    if (!isFolderName(key)) findings.push(makeFinding("desk/agency-unusable", at, { actual: agency }));
    else if (seen.has(key)) findings.push(makeFinding("desk/agency-duplicate", at, { actual: agency, other: seen.get(key)! }));
    else {
      seen.set(key, cell.address);
      agencies.push(agency);
    }
  }
  if (agencies.length === 0 && findings.length === 0)
    findings.push(makeFinding("desk/agency-list-empty", { file: name }, { file: name, sheet: sheet.name }));
  return { agencies, findings };
}

/** `--agencies 名单.xlsx`: the list read from its file (see agencyListOf); an unusable file throws its InputError. */
export async function readAgencyList(file: string): Promise<AgencyList> {
  return agencyListOf(await readInput(file), file);
}

/** A blank list for `serve --init-agencies`: the header, and a note of how to fill it beside. */
export async function blankAgencyList(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(DESK_TEXT.listSheet);
  sheet.getColumn(1).width = 40;
  sheet.getColumn(3).width = 60;
  applyStyle(sheet.getCell("A1"), STYLE.header, false);
  sheet.getCell("A1").value = DESK_TEXT.agencyColumn;
  sheet.getCell("C1").value = DESK_TEXT.listHelp;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
