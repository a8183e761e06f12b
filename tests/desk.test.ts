/**
 * The collection desk (issue 21) over loopback: links, submissions, the office's routes, tokens, limits, a restart.
 * Each test starts its own desk on 127.0.0.1, port 0.
 *
 * Covers: src/desk/audit-log.ts, src/desk/served-page.ts, src/desk/server.ts.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { holderOf, newToken } from "../src/desk/tokens.js";
import { uploadName } from "../src/desk/desk.js";
import { runServe } from "../src/cli/serve-command.js";
import { checkReport } from "../src/pipeline/check-report.js";
import { loadBytes } from "../src/pipeline/load-bytes.js";
import { sha256 } from "../src/io/hash.js";
import { nianbao } from "./helpers/cli.js";
import {
  AGENCIES,
  agencyLink,
  auditLog,
  DESK_YEAR,
  draft,
  linkRows,
  officeLink,
  startTestDesk,
  submit,
  workbookOf,
  writeAgencyList,
} from "./helpers/desk.js";
import { tempDir } from "./helpers/fixtures.js";

const [A, B, C] = AGENCIES;

describe("the desk's links", () => {
  it("writes 链接.xlsx beside the archive: the office's row, then one per agency, each with its own 192-bit token", async () => {
    const desk = await startTestDesk();
    expect(desk.linkFile).toBe(join(desk.dir, "链接.xlsx"));
    const rows = await linkRows(desk.linkFile);
    expect(rows.map(([holder]) => holder)).toEqual(["机关名称", "政务公开办", A, B, C]);
    expect(rows[0][1]).toBe("链接");
    const tokens = rows.slice(1).map(([, link]) => /^http:\/\/127\.0\.0\.1:\d+\/([A-Za-z0-9_-]{32})\/$/.exec(link)?.[1]);
    expect(tokens.every((token) => token !== undefined)).toBe(true);
    expect(new Set(tokens).size).toBe(4);
    // 32 characters of base64url: 24 random bytes.
    expect(Buffer.from(tokens[0]!, "base64url")).toHaveLength(24);
  });

  it("keeps every link across a restart, and gives a new agency on the list a new one", async () => {
    const dir = tempDir();
    const first = await startTestDesk({ dir, agencies: [A, B] });
    const before = await linkRows(first.linkFile);
    await first.close();
    const second = await startTestDesk({ dir, agencies: [A, B, C], publicUrl: "https://gongkai.example.gov.cn/nianbao" });
    const after = await linkRows(second.linkFile);
    const token = (link: string) => link.split("/").at(-2);
    expect(after.slice(1, 4).map(([holder, link]) => [holder, token(link)])).toEqual(
      before.slice(1).map(([holder, link]) => [holder, token(link)]),
    );
    expect(after[4][0]).toBe(C);
    expect(after.every(([, link], i) => i === 0 || link.startsWith("https://gongkai.example.gov.cn/nianbao/"))).toBe(true);
  });

  it("refuses to start over a 链接.xlsx that is someone else's file, and leaves it as it was", async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("通讯录").getCell("A1").value = "姓名";
    const theirs = new Uint8Array(await workbook.xlsx.writeBuffer());
    writeFileSync(join(dir, "链接.xlsx"), theirs);
    await expect(startTestDesk({ dir })).rejects.toMatchObject({ finding: { code: "desk/not-a-link-book" } });
    expect(new Uint8Array(readFileSync(join(dir, "链接.xlsx")))).toEqual(theirs);
  });
});

describe("an agency's submission", () => {
  it("files a valid workbook as v1 with its .docx, .html and a copy, downloadable from the agency's link, and verify passes", async () => {
    const desk = await startTestDesk();
    const bytes = await workbookOf(A);
    const reply = await submit(agencyLink(desk, A), bytes, "2025-贺兰县交通运输局.xlsx");
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe("archived");
    expect(reply.body.submission!.version).toBe(1);
    const folder = join(desk.dir, "档案", String(DESK_YEAR), A, "v1");
    const base = `${DESK_YEAR}年${A}政府信息公开工作年度报告`;
    expect(readdirSync(folder).sort()).toEqual(
      [`${base}.docx`, `${base}.html`, `${base}.manifest.json`, "2025-贺兰县交通运输局.xlsx"].sort(),
    );
    // Every file the reply lists comes back byte for byte from the agency's link.
    const files = (reply.body.submission as unknown as { files: { name: string; url: string }[] }).files;
    expect(files.map((file) => file.name).sort()).toEqual(readdirSync(folder).sort());
    for (const file of files) {
      const response = await fetch(`${agencyLink(desk, A)}${file.url}`);
      expect(response.status).toBe(200);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(readFileSync(join(folder, file.name))));
    }
    expect(readFileSync(join(folder, "2025-贺兰县交通运输局.xlsx")).equals(bytes)).toBe(true);
    // Only what the version records is served: not a file put beside it, not a version that is not there.
    writeFileSync(join(folder, "旁边.txt"), "not filed");
    for (const url of ["files/1/%E6%97%81%E8%BE%B9.txt", `files/2/${encodeURIComponent(`${base}.docx`)}`]) {
      const response = await fetch(`${agencyLink(desk, A)}${url}`);
      expect([response.status, await response.text()]).toEqual([404, ""]);
    }
    rmSync(join(folder, "旁边.txt"));
    const verify = await nianbao(["verify", join(desk.dir, "档案")], desk.dir);
    expect(verify.code).toBe(0);
    // Nothing beside the archive but its links and its log.
    expect(readdirSync(desk.dir).sort()).toEqual(["档案", "提交记录.jsonl", "链接.xlsx"].sort());
  });

  it("refuses hostile files with the finding the command line gives, and goes on taking submissions", async () => {
    const desk = await startTestDesk();
    const valid = await workbookOf(A);
    const bigPart = new PizZip(valid);
    bigPart.file("xl/media/big.bin", Buffer.alloc(17 * 1024 * 1024));
    const hostile: [string, Buffer][] = [
      ["大.xlsx", bigPart.generate({ type: "nodebuffer", compression: "DEFLATE" })],
      ["旧.xls", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])],
      ["深.json", Buffer.from(`${"[".repeat(5000)}${"]".repeat(5000)}`)],
      ["截断.xlsx", valid.subarray(0, valid.length >> 1)],
    ];
    for (const [name, bytes] of hostile) {
      const expected = await loadBytes(bytes, name).then(
        () => "read",
        (error: { finding?: { code: string } }) => error.finding?.code,
      );
      const reply = await submit(agencyLink(desk, A), bytes, name);
      expect([name, reply.status, reply.body.status, reply.body.findings!.map((f) => f.code)]).toEqual([
        name,
        422,
        "unreadable",
        [expected],
      ]);
    }
    expect((await submit(agencyLink(desk, A), valid)).body.status).toBe("archived");
  });

  it("files the same workbook again as nothing new, and a changed one as v2", async () => {
    const desk = await startTestDesk();
    const bytes = await workbookOf(A);
    expect((await submit(agencyLink(desk, A), bytes)).body.status).toBe("archived");
    const again = await submit(agencyLink(desk, A), bytes);
    expect([again.status, again.body.status, again.body.submission!.version]).toEqual([200, "unchanged", 1]);
    const changed = await submit(agencyLink(desk, A), draft(bytes, 2));
    expect([changed.body.status, changed.body.submission!.version]).toEqual(["archived", 2]);
    const list = (await (await fetch(`${agencyLink(desk, A)}api/submissions`)).json()) as { submissions: { version: number }[] };
    expect(list.submissions.map((s) => s.version)).toEqual([2, 1]);
  });

  it("refuses a workbook with errors with the findings check gives, and files nothing", async () => {
    const desk = await startTestDesk();
    const bytes = await workbookOf(A, { "review.upheld": "十二" });
    const reply = await submit(agencyLink(desk, A), bytes, "有错.xlsx");
    expect(reply.status).toBe(422);
    expect(reply.body.status).toBe("refused");
    const checked = checkReport(await loadBytes(bytes, "有错.xlsx"), { today: new Date() });
    const shape = (findings: readonly { code: string; severity: string; cell?: string }[]) =>
      findings.map(({ code, severity, cell }) => [code, severity, cell]);
    expect(shape(reply.body.findings!)).toEqual(shape(checked.findings));
    expect(shape(reply.body.findings!)).toContainEqual(["value/not-a-number", "error", expect.stringMatching(/^[A-Z]+\d+$/)]);
    expect(existsSync(join(desk.dir, "档案", String(DESK_YEAR), A))).toBe(false);
  });

  it("refuses another agency's workbook, another year's, a published report and a file that is no workbook", async () => {
    const desk = await startTestDesk();
    const link = agencyLink(desk, A);
    const codes = async (bytes: Uint8Array, name: string) => {
      const reply = await submit(link, bytes, name);
      return [reply.status, reply.body.status, reply.body.findings!.filter((f) => f.severity === "error").map((f) => f.code)];
    };
    expect(await codes(await workbookOf(B), "b.xlsx")).toEqual([422, "refused", ["desk/other-agency"]]);
    expect(await codes(readFileSync("tests/golden/2025-示范市自然资源局.docx"), "报告.docx")).toEqual([
      422,
      "refused",
      expect.arrayContaining(["desk/published"]),
    ]);
    expect(await codes(Buffer.from("%PDF-1.7\n"), "报告.pdf")).toEqual([422, "unreadable", ["document/corrupt"]]);
    const lastYear = await workbookOf(A, { "meta.year": DESK_YEAR - 1, "meta.date": new Date(Date.UTC(DESK_YEAR, 0, 20)) });
    expect(await codes(lastYear, "去年.xlsx")).toEqual([422, "refused", ["desk/other-year"]]);
    const overview = (await (await fetch(`${officeLink(desk)}api/overview`)).json()) as { rows: { agency: string; state: string }[] };
    expect(overview.rows.map((row) => [row.agency, row.state])).toEqual([
      [A, "errors"],
      [B, "none"],
      [C, "none"],
    ]);
    expect(existsSync(join(desk.dir, "档案", String(DESK_YEAR)))).toBe(false);
  });

  it("keeps an upload under a clean name of its own: no path, nothing a file name may not hold", () => {
    expect(uploadName("../../etc/passwd")).toBe("passwd");
    expect(uploadName("C:\\Users\\clerk\\报告.xlsx")).toBe("报告.xlsx");
    expect(uploadName("..")).toBe("工作簿.xlsx");
    expect(uploadName("")).toBe("工作簿.xlsx");
    expect(uploadName("局\u202Excod.xlsx")).toBe("局xcod.xlsx");
  });

  it("writes an audit log line per attempt, with the file's hash and no token", async () => {
    const desk = await startTestDesk();
    const bytes = await workbookOf(A);
    await submit(agencyLink(desk, A), bytes, "a.xlsx");
    await submit(agencyLink(desk, A), await workbookOf(A, { "review.upheld": -1 }), "b.xlsx");
    const text = readFileSync(desk.auditFile, "utf8");
    const lines = auditLog(desk);
    expect(lines.map((line) => [line.agency, line.action, line.result, line.file])).toEqual([
      [A, "submit", "archived", "a.xlsx"],
      [A, "submit", "refused", "b.xlsx"],
    ]);
    expect(lines[0].sha256).toBe(sha256(bytes));
    expect(Date.parse(String(lines[0].time))).not.toBeNaN();
    for (const token of [desk.book.office, ...desk.book.agencies.values()]) expect(text).not.toContain(token);
  });
});

describe("the office's link", () => {
  it("lists every agency's state, and gives the summary, the current documents as a zip, and verify", async () => {
    const desk = await startTestDesk();
    await submit(agencyLink(desk, A), await workbookOf(A));
    await submit(agencyLink(desk, A), draft(await workbookOf(A), 2));
    await submit(agencyLink(desk, B), await workbookOf(B, { "review.upheld": "十二" }));
    const overview = (await (await fetch(`${officeLink(desk)}api/overview`)).json()) as {
      year: number;
      rows: { agency: string; state: string; current?: { version: number }; errors: number }[];
    };
    expect(overview.year).toBe(DESK_YEAR);
    expect(overview.rows.map((row) => [row.agency, row.state, row.current?.version, row.errors])).toEqual([
      [A, "submitted", 2, 0],
      [B, "errors", undefined, 1],
      [C, "none", undefined, 0],
    ]);

    const summary = await fetch(`${officeLink(desk)}summary.xlsx`);
    expect(summary.headers.get("content-disposition")).toContain(encodeURIComponent(`${DESK_YEAR}年政府信息公开工作年度报告汇总.xlsx`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await summary.arrayBuffer());
    const sheet = workbook.getWorksheet("汇总")!;
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(row.values ? (row.values as unknown[]).join("|") : ""));
    const rowOf = (agency: string) => texts.find((text) => text.includes(agency)) ?? "";
    expect(rowOf(A)).toContain("已提交 v2");
    expect(rowOf(B)).toContain("有错误");
    expect(rowOf(C)).toContain("未提交");

    const zip = unzipSync(new Uint8Array(await (await fetch(`${officeLink(desk)}documents.zip`)).arrayBuffer()));
    const base = `${DESK_YEAR}年${A}政府信息公开工作年度报告`;
    expect(Object.keys(zip).sort()).toEqual([`${A}/${base}.docx`, `${A}/${base}.html`]);
    const v2 = join(desk.dir, "档案", String(DESK_YEAR), A, "v2");
    expect(zip[`${A}/${base}.docx`]).toEqual(new Uint8Array(readFileSync(join(v2, `${base}.docx`))));

    const verify = (await (await fetch(`${officeLink(desk)}api/verify`)).json()) as { valid: boolean; manifests: number; files: number };
    expect(verify).toMatchObject({ valid: true, manifests: 2, files: 6 });
  });

  it("finds everything again after a restart: versions, refused attempts, and what verify says", async () => {
    const dir = tempDir();
    const first = await startTestDesk({ dir });
    await submit(agencyLink(first, A), await workbookOf(A));
    await submit(agencyLink(first, B), await workbookOf(B, { "review.upheld": -1 }));
    const before = await (await fetch(`${officeLink(first)}api/overview`)).json();
    await first.close();
    const second = await startTestDesk({ dir });
    expect(await (await fetch(`${officeLink(second)}api/overview`)).json()).toEqual(before);
    const next = await submit(agencyLink(second, A), draft(await workbookOf(A), 2));
    expect(next.body.submission!.version).toBe(2);
  });

  it("after a restart, brings back a refused attempt only when it came after the version now current", async () => {
    const dir = tempDir();
    const first = await startTestDesk({ dir });
    // A: refused, then filed. B: filed, then refused. C: refused only.
    await submit(agencyLink(first, A), await workbookOf(A, { "review.upheld": -1 }));
    await submit(agencyLink(first, A), await workbookOf(A));
    await submit(agencyLink(first, B), await workbookOf(B));
    await submit(agencyLink(first, B), await workbookOf(B, { "review.upheld": -1 }));
    await submit(agencyLink(first, C), await workbookOf(C, { "review.upheld": -1 }));
    await first.close();
    const second = await startTestDesk({ dir });
    const { rows } = (await (await fetch(`${officeLink(second)}api/overview`)).json()) as {
      rows: { agency: string; state: string; current?: { version: number }; attempt?: { result: string }; errors: number }[];
    };
    expect(rows.map((row) => [row.agency, row.state, row.current?.version, row.attempt?.result, row.errors])).toEqual([
      [A, "submitted", 1, undefined, 0],
      [B, "submitted", 1, "refused", 1],
      [C, "errors", undefined, "refused", 1],
    ]);
  });
});

describe("the desk's safety", () => {
  it("answers 404 with an empty body to a wrong token, and to one agency's token on every route of another and of the office", async () => {
    const desk = await startTestDesk();
    await submit(agencyLink(desk, B), await workbookOf(B));
    const tokenA = desk.book.agencies.get(A)!;
    const tokenB = desk.book.agencies.get(B)!;
    const listOf = async (token: string) =>
      (await (await fetch(`${desk.url}${token}/api/submissions`)).json()) as {
        agency: string;
        submissions: { files: { url: string }[] }[];
      };
    const fileRoutes = (await listOf(tokenB)).submissions[0].files.map((file) => file.url);
    const agencyRoutes = ["", "api/submissions", "api/submit", ...fileRoutes];
    const officeRoutes = ["api/overview", "summary.xlsx", "documents.zip", "api/verify"];
    const ask = async (token: string, route: string) => {
      const post = route === "api/submit";
      const response = await fetch(`${desk.url}${token}/${route}`, { method: post ? "POST" : "GET", ...(post ? { body: "x" } : {}) });
      return [token.slice(0, 4), route, response.status, await response.text()];
    };
    const notFound = (token: string, route: string) => [token.slice(0, 4), route, 404, ""];
    const noOnes = [newToken(), tokenB.slice(0, -1), `${tokenB}x`, tokenB.toLowerCase(), ""];
    for (const route of [...agencyRoutes, ...officeRoutes])
      for (const token of noOnes) expect(await ask(token, route)).toEqual(notFound(token, route));
    // A's token: none of the office's routes, none of B's files.
    for (const route of [...officeRoutes, ...fileRoutes]) expect(await ask(tokenA, route)).toEqual(notFound(tokenA, route));
    // The office's token: none of an agency's routes but the page (which is the office's own).
    for (const route of agencyRoutes.slice(1)) expect(await ask(desk.book.office, route)).toEqual(notFound(desk.book.office, route));
    // A's list is A's: B's version is not in it.
    expect(await listOf(tokenA)).toEqual({ agency: A, year: DESK_YEAR, submissions: [] });
  });

  it("compares tokens in constant time against every holder, and finds only the exact one", () => {
    const holders = ["a", "b", "c"].map((holder) => ({ token: newToken(), holder }));
    expect(holderOf(holders)(holders[1].token)).toBe("b");
    expect(holderOf(holders)(holders[1].token.toUpperCase())).toBeUndefined();
    expect(holderOf(holders)("")).toBeUndefined();
    expect(holderOf(holders)(`${holders[2].token} `)).toBeUndefined();
  });

  it("refuses an upload over 32 MiB on its declared length, before the body is sent", async () => {
    const desk = await startTestDesk();
    const url = new URL(`${agencyLink(desk, A)}api/submit`);
    const declared = 33 * 1024 * 1024;
    const reply = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      const req = request(url, { method: "POST", headers: { "content-length": declared, "x-file-name": "big.xlsx" } }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => {
          resolve({ status: response.statusCode!, body, sent: req.socket?.bytesWritten ?? 0 });
          req.destroy();
        });
      });
      req.on("error", reject);
      // Only the first kilobyte is ever sent: the answer must come without the rest.
      req.write(Buffer.alloc(1024));
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).message).toMatch(/超过 32 MB/);
    expect(reply.sent).toBeLessThan(64 * 1024);
    expect(existsSync(join(desk.dir, "档案", String(DESK_YEAR)))).toBe(false);
  });

  it("limits the requests of each token, and only that token's", async () => {
    const desk = await startTestDesk({ rateLimit: { burst: 3, perSecond: 0.001 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${agencyLink(desk, A)}api/submissions`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await fetch(`${agencyLink(desk, A)}api/submissions`);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await limited.json()) as { message: string }).message).toMatch(/秒后再试/);
    expect((await fetch(`${agencyLink(desk, B)}api/submissions`)).status).toBe(200);
  });

  it("sends every answer uncached, without a referrer, and the page with a policy that allows only its own server", async () => {
    const desk = await startTestDesk();
    const response = await fetch(agencyLink(desk, A));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    const page = await response.text();
    expect(page).toContain(`"role":"agency","agency":"${A}","year":${DESK_YEAR}`);
    expect(page).not.toContain("connect-src 'none'");
    // The link without its final slash leads to it (the page's addresses are relative).
    const bare = await fetch(agencyLink(desk, A).slice(0, -1), { redirect: "manual" });
    expect([bare.status, bare.headers.get("location")]).toEqual([302, `${desk.book.agencies.get(A)}/`]);
  });
});

describe("nianbao serve on the command line", () => {
  it("writes a blank list of agencies, never over a file, and refuses a list with problems naming their cells", async () => {
    const dir = tempDir();
    expect((await nianbao(["serve", "--init-agencies", "名单.xlsx"], dir)).code).toBe(0);
    const again = await nianbao(["serve", "--init-agencies", "名单.xlsx"], dir);
    expect(again.code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "名单.xlsx"));
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell("A1").text).toBe("机关名称");
    sheet.getCell("A2").value = A;
    sheet.getCell("A3").value = A.replace("县", "县 ");
    await workbook.xlsx.writeFile(join(dir, "名单.xlsx"));
    const run = await nianbao(["serve", "--archive", "档案", "--agencies", "名单.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`「名单」A3：“${A.replace("县", "县 ")}”与 A2 是同一个机关`);
    expect(existsSync(join(dir, "档案"))).toBe(false);
    expect(existsSync(join(dir, "链接.xlsx"))).toBe(false);
  });

  it("starts, says where its links are, serves until it is asked to stop, and stops", async () => {
    const dir = tempDir();
    await writeAgencyList(join(dir, "名单.xlsx"), [A]);
    let out = "";
    let err = "";
    let stop: (value?: unknown) => void = () => undefined;
    const stopped = new Promise((resolve) => (stop = resolve));
    const io = {
      cwd: dir,
      today: new Date(),
      invocation: "nianbao",
      out: (t: string) => (out += `${t}\n`),
      err: (t: string) => (err += `${t}\n`),
    };
    const args = { archive: "档案", agencies: "名单.xlsx", year: DESK_YEAR, port: 0, host: "127.0.0.1", pdf: false };
    const running = runServe(args, io, "0.0.0-test", stopped);
    await expect.poll(() => out).toContain("按 Ctrl+C 停止");
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
    expect(out).toContain(`政务公开办收件台已启动：${url}（${DESK_YEAR} 年度，1 个机关，存档在 档案）`);
    expect(out).toContain("各单位和政务公开办的链接在 链接.xlsx（政务公开办的在第 2 行）");
    expect(out).toContain("目前只接受本机的访问");
    const [, [, link]] = (await linkRows(join(dir, "链接.xlsx"))).slice(1);
    expect((await fetch(`${link}api/submissions`)).status).toBe(200);
    stop();
    expect(await running).toBe(0);
    expect(err).toContain("收件台已停止。");
    await expect(fetch(`${link}api/submissions`)).rejects.toThrow();
  });

  it("says an archive that cannot be made with its path, exit 3, in Chinese", async () => {
    const dir = tempDir();
    await writeAgencyList(join(dir, "名单.xlsx"), [A]);
    writeFileSync(join(dir, "档案"), "a file where the archive folder should be");
    const run = await nianbao(["serve", "--archive", "档案/2026", "--agencies", "名单.xlsx", "--port", "0"], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/档案/);
    expect(run.stderr).not.toMatch(/ENOTDIR|EEXIST|mkdir|Error/);
  });

  it("says a port is taken, and starts nothing", async () => {
    const running = await startTestDesk();
    const dir = tempDir();
    await writeAgencyList(join(dir, "名单.xlsx"), [A]);
    const port = new URL(running.url).port;
    const run = await nianbao(["serve", "--archive", "档案", "--agencies", "名单.xlsx", "--port", port], dir);
    expect([run.code, run.stderr.trim()]).toEqual([2, `端口 ${port} 已被占用：可能收件台已在运行，或用 --port 换一个端口。`]);
    expect(existsSync(join(dir, "链接.xlsx"))).toBe(false);
  });

  it("says an address that is not this machine's cannot be listened on, and starts nothing", async () => {
    const dir = tempDir();
    await writeAgencyList(join(dir, "名单.xlsx"), [A]);
    // 203.0.113.0/24 is set aside for documentation (RFC 5737): no machine has it.
    const run = await nianbao(["serve", "--archive", "档案", "--agencies", "名单.xlsx", "--port", "0", "--host", "203.0.113.7"], dir);
    expect([run.code, run.stderr.trim()]).toEqual([
      2,
      "无法在地址 203.0.113.7 上监听：请检查 --host（本机的地址，或 0.0.0.0 表示所有网卡）。",
    ]);
    expect(existsSync(join(dir, "链接.xlsx"))).toBe(false);
  });

  it("names what is missing or wrong in its options", async () => {
    const dir = tempDir();
    const run = (args: string[]) => nianbao(["serve", ...args], dir);
    expect((await run(["--archive", "档案"])).stderr).toContain("缺少必须的选项：--agencies");
    expect((await run(["--archive", "档案", "--agencies", "a.xlsx", "--port", "70000"])).stderr).toContain("--port 应为 0 到 65535");
    expect((await run(["--archive", "档案", "--agencies", "a.xlsx", "--port", "http"])).stderr).toContain("“http”不行");
    // A number, but not as a port is written.
    expect((await run(["--archive", "档案", "--agencies", "a.xlsx", "--port", "+8080"])).stderr).toContain("“+8080”不行");
    expect((await run(["--archive", "档案", "--agencies", "a.xlsx", "--year", "2018"])).stderr).toContain("--year 应为 2019 到 2026");
    expect((await run(["--archive", "档案", "--agencies", "a.xlsx", "--year", "去年"])).stderr).toContain("“去年”不行");
    expect((await run(["--archive", "档案", "--agencies", "a.xlsx", "--year", "2035"])).stderr).toContain("--year 应为 2019 到 2026");
    expect((await run(["--archive", "档案", "--agencies", "a.xlsx", "--url", "gongkai"])).stderr).toContain("--url 应为以 http://");
    expect((await run(["--archive", "档案", "--agencies", "a.xlsx", "--url", "http:///nianbao/"])).stderr).toContain(
      "--url 应为以 http://",
    );
    // A well-formed address passes on to the next check (here: the list of agencies, which does not exist).
    const good = await run([
      "--archive",
      "档案",
      "--agencies",
      "a.xlsx",
      "--url",
      "https://gongkai.example.gov.cn/nianbao/",
      "--port",
      "0",
    ]);
    expect(good.code).not.toBe(0);
    expect(good.stderr).not.toMatch(/--url|--port/);
    expect(good.stderr).toContain("a.xlsx");
  });
});
