/**
 * The clerk's own workbook with the findings written into it (check --annotate): every cell a finding names is
 * filled (red for an error, yellow for a warning) and carries the message as a note, and a first sheet lists every
 * finding with a link to its cell. The clerk's values, formatting and notes are kept; nothing else changes, so the
 * copy reads as the same report.
 */
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { countBySeverity, type Finding } from "../findings/finding.js";
import type { Severity } from "../i18n/finding-messages.js";
import { ANNOTATE_TEXT, CLI_TEXT, SEVERITY_NAME } from "../i18n/ui-text.js";
import { setZipTimes } from "../input/zip-directory.js";

/** Red as Excel's own "Bad" cell style; a yellow stronger than the blank workbook's pale input cells. */
const MARK: Partial<Record<Severity, { fill: string; font: string }>> = {
  error: { fill: "FFFFC7CE", font: "FF9C0006" },
  warning: { fill: "FFFFD966", font: "FF7F4F00" },
};
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Marked {
  sheet: string;
  cell: string;
  severity: Severity;
  notes: string[];
}

/** The cells of this workbook a finding names: its own and its related ones (not those of last year's file). */
function cellsOf(finding: Finding, file: string): { sheet: string; cell: string }[] {
  const places = [finding, ...(finding.related ?? [])];
  return places.flatMap((place) =>
    place.sheet && place.cell && (place.file === undefined || place.file === file) ? [{ sheet: place.sheet, cell: place.cell }] : [],
  );
}

function markedCells(findings: readonly Finding[], file: string): Marked[] {
  const marked = new Map<string, Marked>();
  for (const finding of findings) {
    for (const { sheet, cell } of cellsOf(finding, file)) {
      const key = `${sheet}!${cell}`;
      const entry = marked.get(key) ?? { sheet, cell, severity: finding.severity, notes: [] };
      if (RANK[finding.severity] < RANK[entry.severity]) entry.severity = finding.severity;
      entry.notes.push(`[${SEVERITY_NAME[finding.severity]}] ${finding.message}`);
      marked.set(key, entry);
    }
  }
  return [...marked.values()];
}

const noteText = (note: ExcelJS.Cell["note"]): string =>
  typeof note === "string" ? note : (note?.texts ?? []).map((run) => run.text).join("");

function markCell(workbook: ExcelJS.Workbook, marked: Marked): void {
  const cell = workbook.getWorksheet(marked.sheet)?.getCell(marked.cell);
  if (!cell) return;
  const mark = MARK[marked.severity];
  // A new style object: exceljs shares one between all the cells that were loaded with the same style, and
  // setting cell.fill would colour every one of them.
  if (mark)
    cell.style = {
      ...cell.style,
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: mark.fill } },
      font: { ...cell.style.font, color: { argb: mark.font } },
    };
  // A note the clerk wrote stays, above ours.
  const own = noteText(cell.note);
  cell.note = [own, ...marked.notes].filter((text) => text !== "").join("\n\n");
}

/** A sheet name the workbook does not have yet: 校验结果, 校验结果(2), … */
function freshSheetName(workbook: ExcelJS.Workbook): string {
  const taken = new Set(workbook.worksheets.map((sheet) => sheet.name));
  let name: string = ANNOTATE_TEXT.sheet;
  for (let n = 2; taken.has(name); n++) name = `${ANNOTATE_TEXT.sheet}(${n})`;
  return name;
}

/** Points per line of text, and the Chinese characters a line of the 说明 and 处理建议 columns holds. */
const LINE_HEIGHT = 15;
const WRAPPED: readonly [number, number][] = [
  [4, 34],
  [5, 19],
];

const quoteSheet = (sheet: string) => `'${sheet.replaceAll("'", "''")}'`;

function addFindingsSheet(workbook: ExcelJS.Workbook, findings: readonly Finding[], file: string): void {
  const sheet = workbook.addWorksheet(freshSheetName(workbook), {
    views: [{ state: "frozen", ySplit: 2 }],
    // Printed or turned into a PDF: A4 landscape, every column on the page's width.
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "2:2" },
  });
  // exceljs orders sheets by orderNo (not in its typings): below every other sheet's, this one comes first.
  const orderOf = (ws: ExcelJS.Worksheet) => ws as unknown as { orderNo: number };
  orderOf(sheet).orderNo = Math.min(...workbook.worksheets.map((ws) => orderOf(ws).orderNo)) - 1;
  sheet.getCell("A1").value = ANNOTATE_TEXT.title(file, CLI_TEXT.checkStats(countBySeverity(findings)).replace(/。$/, ""));
  sheet.mergeCells("A1:E1");
  sheet.getCell("A1").alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(1).height = 36;
  sheet.addRow([...ANNOTATE_TEXT.columns]).font = { bold: true };
  findings.forEach((finding, i) => {
    const place = finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : undefined;
    // The place has its own column: the message need not repeat it.
    const message = place ? finding.message.replace(`「${finding.sheet}」${finding.cell}：`, "") : finding.message;
    const row = sheet.addRow([i + 1, SEVERITY_NAME[finding.severity], place ?? ANNOTATE_TEXT.noPlace, message, finding.hint ?? ""]);
    if (place) row.getCell(3).value = { text: place, hyperlink: `#${quoteSheet(finding.sheet!)}!${finding.cell}` };
    const mark = MARK[finding.severity];
    if (mark) row.getCell(2).style = { ...row.getCell(2).style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: mark.fill } } };
    row.eachCell((cell) => (cell.style = { ...cell.style, alignment: { wrapText: true, vertical: "top" } }));
    // Row heights are not worked out on opening by every program: as many lines as the longest text needs.
    row.height = LINE_HEIGHT * Math.max(1, ...WRAPPED.map(([column, chars]) => Math.ceil(String(row.getCell(column).text).length / chars)));
  });
  [6, 6, 34, 70, 40].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  // One selected tab: two would open grouped, and typing into one sheet would type into both. (tabSelected is
  // read and written by exceljs but missing from its typings.)
  for (const other of workbook.worksheets) {
    for (const view of (other.views ?? []) as { tabSelected?: boolean }[]) view.tabSelected = other === sheet;
  }
}

/**
 * The workbook with its sheets' boolean attributes in the form exceljs reads. LibreOffice writes them as words
 * (fitToPage="true", sheet="true"); exceljs takes only "1", so a copy it wrote lost its fit-to-page print setup (11
 * printed pages became 22) and its sheet protection. Only attributes inside tags change: cell text holds no tags.
 */
function withNumericBooleans(bytes: Uint8Array): Uint8Array {
  const zip = new PizZip(bytes);
  let changed = false;
  for (const name of Object.keys(zip.files).filter((entry) => /^xl\/worksheets\/[^/]+\.xml$/.test(entry))) {
    const xml = zip.file(name)!.asText();
    const fixed = xml.replace(/<[^>]+>/g, (tag) =>
      tag.replace(/(\s[\w:]+)="(true|false)"/g, (_, attribute: string, value: string) => `${attribute}="${value === "true" ? 1 : 0}"`),
    );
    if (fixed !== xml) {
      zip.file(name, fixed);
      changed = true;
    }
  }
  return changed ? zip.generate({ type: "uint8array", compression: "DEFLATE" }) : bytes;
}

const DOS_EPOCH = new Date(Date.UTC(1980, 0, 1));
const CORE_DATES = ["created", "modified", "lastPrinted"] as const;
const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/** The annotated copy's bytes; `file` is the workbook's name as the findings sheet cites it. */
export async function annotatedWorkbook(bytes: Uint8Array, findings: readonly Finding[], file: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(withNumericBooleans(bytes) as unknown as ArrayBuffer);
  for (const marked of markedCells(findings, file)) markCell(workbook, marked);
  addFindingsSheet(workbook, findings, file);
  // Stamped with the workbook's own time, not the clock's: the copy of one workbook is the same bytes wherever it
  // is made, on the command line or in the page. The DOS epoch when the workbook says none.
  const stamp = isDate(workbook.modified) ? workbook.modified : DOS_EPOCH;
  // A date in docProps/core.xml that is none (exceljs reads it as an invalid Date) would make exceljs throw on
  // writing: the copy says the stamp there instead.
  for (const field of CORE_DATES) if (workbook[field] instanceof Date && !isDate(workbook[field])) workbook[field] = stamp;
  return setZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()), stamp);
}
