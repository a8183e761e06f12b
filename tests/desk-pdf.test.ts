/**
 * The desk's PDF/A (issue 21): made in the background after a version is acknowledged, recorded in its manifest; a
 * PDF a kill left unrecorded is removed on the next start and made again.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verifyArchive } from "../src/pipeline/verify.js";
import { hasCommand } from "./helpers/docx.js";
import { AGENCIES, agencyLink, DESK_YEAR, officeLink, startTestDesk, submit, workbookOf } from "./helpers/desk.js";
import { tempDir } from "./helpers/fixtures.js";

const [A] = AGENCIES;
const base = `${DESK_YEAR}年${A}政府信息公开工作年度报告`;
const versionFolder = (dir: string, version = 1) => join(dir, "档案", String(DESK_YEAR), A, `v${version}`);
const manifestOf = (dir: string) =>
  JSON.parse(readFileSync(join(versionFolder(dir), `${base}.manifest.json`), "utf8")) as { pdf: { file: string; pdfA?: boolean } | null };

describe("a version's PDF a kill left unrecorded", () => {
  it("is removed when the desk starts again, so that verify passes", async () => {
    const dir = tempDir();
    const first = await startTestDesk({ dir });
    await submit(agencyLink(first, A), await workbookOf(A));
    await first.close();
    // What a kill between placing the PDF and recording it leaves: a PDF no manifest names.
    writeFileSync(join(versionFolder(dir), `${base}.pdf`), "%PDF-1.7 half");
    expect((await verifyArchive(join(dir, "档案"))).findings.map((f) => f.code)).toEqual(["archive/unexpected"]);
    await startTestDesk({ dir });
    expect(existsSync(join(versionFolder(dir), `${base}.pdf`))).toBe(false);
    expect((await verifyArchive(join(dir, "档案"))).valid).toBe(true);
  });
});

describe.skipIf(!process.env.CI && !hasCommand("soffice"))("the desk with LibreOffice", () => {
  it("makes each version's PDF/A in the background, records it, and shows it ready", async () => {
    const desk = await startTestDesk({ pdf: true });
    const reply = await submit(agencyLink(desk, A), await workbookOf(A));
    expect(reply.body.submission).toMatchObject({ version: 1, pdf: "pending" });
    await desk.desk.pdfsDone();
    const pdf = readFileSync(join(versionFolder(desk.dir), `${base}.pdf`));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(manifestOf(desk.dir).pdf).toMatchObject({ file: `${base}.pdf`, pdfA: true });
    const overview = (await (await fetch(`${officeLink(desk)}api/overview`)).json()) as {
      rows: { current?: { pdf: string; files: string[] } }[];
    };
    expect(overview.rows[0].current).toMatchObject({ pdf: "ready", files: expect.arrayContaining([`${base}.pdf`]) });
    const download = await fetch(`${agencyLink(desk, A)}files/1/${encodeURIComponent(`${base}.pdf`)}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    const verify = await verifyArchive(join(desk.dir, "档案"));
    expect([verify.valid, verify.files]).toEqual([true, 4]);
    const log = readFileSync(desk.auditFile, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { action: string; result: string });
    expect(log.map((entry) => [entry.action, entry.result])).toEqual([
      ["submit", "archived"],
      ["pdf", "ready"],
    ]);
  });

  it("says a PDF cannot be made where LibreOffice is not found, and files the version all the same", async () => {
    const desk = await startTestDesk({ pdf: true, soffice: join(tempDir(), "no-soffice") });
    const reply = await submit(agencyLink(desk, A), await workbookOf(A));
    expect(reply.status).toBe(200);
    await desk.desk.pdfsDone();
    expect(desk.desk.submissions(A)[0].pdf).toBe("unavailable");
    expect(manifestOf(desk.dir).pdf).toBeNull();
  });
});
