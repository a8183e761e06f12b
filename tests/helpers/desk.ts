/** The collection desk in tests: started on 127.0.0.1 (port 0), stopped when the test ends; its links; uploads. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { onTestFinished } from "vitest";
import { startDesk, type RunningDesk, type StartOptions } from "../../src/desk/start.js";
import { buildWorkbook, tempDir } from "./fixtures.js";

export const PAGE_FILE = resolve("dist/web/nianbao.html");

/** Agencies of one county, for a desk's list (names a clerk would type: the check takes them as agency names). */
export const AGENCIES = ["贺兰县", "永宁县", "灵武市", "兴庆区", "金凤区", "西夏区", "平罗县", "盐池县", "同心县", "彭阳县"].flatMap(
  (place) => [`${place}交通运输局`, `${place}自然资源局`],
);

/** The year the test workbooks (edition 2021) are for. */
export const DESK_YEAR = 2025;

export async function startTestDesk(options: Partial<StartOptions> & { dir?: string } = {}): Promise<RunningDesk & { dir: string }> {
  const dir = options.dir ?? tempDir();
  const running = await startDesk({
    archive: join(dir, "档案"),
    agencies: AGENCIES.slice(0, 3),
    year: DESK_YEAR,
    version: "0.0.0-test",
    page: readFileSync(PAGE_FILE, "utf8"),
    port: 0,
    host: "127.0.0.1",
    pdf: false,
    ...options,
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await running.close();
  };
  onTestFinished(close);
  return { ...running, close, dir };
}

/** The desk's audit log (JSON lines), each line parsed. */
export const auditLog = (running: { auditFile: string }): Record<string, unknown>[] =>
  readFileSync(running.auditFile, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** An agency's link on this server, and the office's. */
export const agencyLink = (running: RunningDesk, agency: string): string => `${running.url}${running.book.agencies.get(agency)}/`;
export const officeLink = (running: RunningDesk): string => `${running.url}${running.book.office}/`;

/** A valid 2025 workbook of `agency`, as bytes. */
export async function workbookOf(agency: string, delta: Record<string, unknown> = {}): Promise<Buffer> {
  return readFileSync(await buildWorkbook("2021", { "meta.agency": agency, ...delta } as never));
}

/**
 * The same workbook with its 存在的主要问题 text made the n-th draft: a different report (a new version) at the cost
 * of one zip rewrite, not a workbook built again.
 */
export function draft(workbook: Buffer, n: number): Buffer {
  const zip = new PizZip(workbook);
  for (const name of Object.keys(zip.files).filter((part) => part.endsWith(".xml"))) {
    const xml = zip.file(name)!.asText();
    if (xml.includes("公开内容还不够全面。")) zip.file(name, xml.replace("公开内容还不够全面。", `公开内容还不够全面（第${n}稿）。`));
  }
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

export interface Submitted {
  status: number;
  body: Record<string, unknown> & {
    status?: string;
    submission?: { version: number };
    findings?: { code: string; severity: string; cell?: string }[];
  };
}

export async function submit(link: string, bytes: Uint8Array, name = "工作簿.xlsx"): Promise<Submitted> {
  const response = await fetch(`${link}api/submit`, {
    method: "POST",
    body: bytes as Uint8Array<ArrayBuffer>,
    headers: { "x-file-name": encodeURIComponent(name), "content-type": "application/octet-stream" },
  });
  return { status: response.status, body: (await response.json()) as Submitted["body"] };
}

/** 链接.xlsx's rows, as the office reads them: [机关名称, 链接]. */
export async function linkRows(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push([row.getCell(1).text, row.getCell(2).text]));
  return rows;
}

/** An office's list of agencies as Excel saves it (名单.xlsx): 机关名称 in A1, a name per row. */
export async function writeAgencyList(path: string, agencies: readonly string[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("名单");
  sheet.getCell("A1").value = "机关名称";
  agencies.forEach((agency, i) => (sheet.getCell(i + 2, 1).value = agency));
  await workbook.xlsx.writeFile(path);
}
