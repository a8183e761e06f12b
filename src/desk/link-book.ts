/**
 * 链接.xlsx, beside the archive: each agency's link and the office's, for the office to send out. It is also where the
 * links live between runs: a restart reads the tokens back, so links already sent keep working. A row deleted (and
 * the desk restarted) gives that agency a new link and retires the old one.
 */
import ExcelJS from "exceljs";
import { InputError, makeFinding } from "../findings/finding.js";
import { DESK_TEXT } from "../i18n/ui-text.js";
import { isZip, readInput } from "../input/open-file.js";
import { agencyKey } from "../io/file-names.js";
import { baseName } from "../values/base-name.js";
import { loadWorkbook } from "../workbook/read-workbook.js";
import { applyStyle, STYLE } from "../workbook/styles.js";
import { newToken, TOKEN_PATTERN } from "./tokens.js";

/** Who holds which token: the office, and each agency by its name. */
export interface LinkBook {
  office: string;
  agencies: Map<string, string>;
}

/** The token at the end of a link (…/<token>/, its cell's text trimmed), when it is one of ours. */
function tokenOfLink(link: string): string | undefined {
  const last = link.replace(/\/+$/, "").split("/").pop() ?? "";
  return TOKEN_PATTERN.test(last) ? last : undefined;
}

/**
 * The tokens of an existing 链接.xlsx, by agency key; undefined when there is none. A file of that name that is not a
 * link book (its header is not 机关名称 | 链接) is refused rather than written over: it is someone else's file.
 */
export async function readLinkBook(file: string): Promise<Map<string, string> | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readInput(file);
  } catch (error) {
    if (error instanceof InputError && error.finding.code === "input/not-found") return undefined;
    throw error;
  }
  const name = baseName(file);
  const refuse = () => new InputError(makeFinding("desk/not-a-link-book", { file: name }, { file: name }));
  if (!isZip(bytes)) throw refuse();
  const sheet = (await loadWorkbook(bytes, file)).worksheets[0];
  const text = (row: number, column: number) => (sheet?.getCell(row, column).text ?? "").trim();
  if (!sheet || text(1, 1) !== DESK_TEXT.agencyColumn || text(1, 2) !== DESK_TEXT.linkColumn) throw refuse();
  const tokens = new Map<string, string>();
  for (let row = 2; row <= sheet.rowCount; row++) {
    const token = tokenOfLink(text(row, 2));
    const key = row === 2 && text(row, 1) === DESK_TEXT.officeRow ? OFFICE_KEY : agencyKey(text(row, 1));
    if (token && key && !tokens.has(key)) tokens.set(key, token);
  }
  return tokens;
}

/** The office's row, kept apart from the agencies' keys (no agency's key starts with a space: agencyKey drops them). */
const OFFICE_KEY = " office";

/** The tokens for this list: those already handed out, a new one for each agency (or office) without. */
export function linkBookFor(agencies: readonly string[], previous: ReadonlyMap<string, string> = new Map()): LinkBook {
  return {
    office: previous.get(OFFICE_KEY) ?? newToken(),
    agencies: new Map(agencies.map((agency) => [agency, previous.get(agencyKey(agency)) ?? newToken()])),
  };
}

/** The link a holder of `token` opens: under `base` (ends with /), one path segment, ending with / (for relative URLs). */
export const linkOf = (base: string, token: string): string => `${base}${token}/`;

/** 链接.xlsx: a header, the office's row first, then one row per agency in the list's order. */
export async function linkBookBytes(book: LinkBook, base: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(DESK_TEXT.linkSheet);
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 80;
  for (const [column, text] of [DESK_TEXT.agencyColumn, DESK_TEXT.linkColumn].entries()) {
    applyStyle(sheet.getCell(1, column + 1), STYLE.header, false);
    sheet.getCell(1, column + 1).value = text;
  }
  const rows: [string, string][] = [[DESK_TEXT.officeRow, book.office], ...book.agencies];
  rows.forEach(([holder, token], i) => {
    const link = linkOf(base, token);
    sheet.getCell(i + 2, 1).value = holder;
    sheet.getCell(i + 2, 2).value = { text: link, hyperlink: link };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
