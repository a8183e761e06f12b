/**
 * The desk under load and killed (issue 21): 20 clients submitting 200 workbooks at once over loopback, and a desk
 * process killed with SIGKILL while submissions are under way, then started again. Nothing acknowledged is lost,
 * nothing is filed twice, and verify passes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { isWorkInProgressName } from "../src/io/atomic-write.js";
import { sha256 } from "../src/io/hash.js";
import { verifyArchive } from "../src/pipeline/verify.js";
import { AGENCIES, agencyLink, DESK_YEAR, draft, linkRows, startTestDesk, submit, workbookOf, writeAgencyList } from "./helpers/desk.js";
import { tempDir } from "./helpers/fixtures.js";

interface Acknowledged {
  agency: string;
  version: number;
  sha256: string;
}

/** Every version filed in the archive, by agency: its number and the SHA-256 of the input it was made from. */
function filedVersions(archive: string, agencies: readonly string[]): Map<string, { version: number; sha256: string }[]> {
  return new Map(
    agencies.map((agency) => {
      const folder = join(archive, String(DESK_YEAR), agency);
      let names: string[] = [];
      try {
        names = readdirSync(folder);
      } catch {
        // No version of this agency yet.
      }
      const versions = names
        .filter((name) => /^v\d+$/.test(name))
        .map((name) => {
          const manifest = readdirSync(join(folder, name)).find((file) => file.endsWith(".manifest.json"))!;
          const parsed = JSON.parse(readFileSync(join(folder, name, manifest), "utf8")) as { input: { sha256: string } };
          return { version: Number(name.slice(1)), sha256: parsed.input.sha256 };
        })
        .sort((a, b) => a.version - b.version);
      return [agency, versions];
    }),
  );
}

/** Each acknowledged submission is filed exactly once, as the version it was acknowledged as. */
function expectFiledOnce(acknowledged: readonly Acknowledged[], filed: Map<string, { version: number; sha256: string }[]>) {
  for (const ack of acknowledged) {
    const matching = filed.get(ack.agency)!.filter((version) => version.sha256 === ack.sha256);
    expect(matching.map((version) => version.version)).toEqual([ack.version]);
  }
}

/** Names a run writes while it works, anywhere under `dir`. */
const leftovers = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    isWorkInProgressName(entry.name) ? [entry.name] : entry.isDirectory() ? leftovers(join(dir, entry.name)) : [],
  );

describe("the desk under load", () => {
  it("files every one of 200 workbooks that 20 clients submit at once, each exactly once, in order per agency", async () => {
    const agencies = AGENCIES.slice(0, 10);
    const desk = await startTestDesk({ agencies: AGENCIES, threads: 2, rateLimit: { burst: 1000, perSecond: 100 } });
    const bases = await Promise.all(agencies.map((agency) => workbookOf(agency)));
    const acknowledged: Acknowledged[] = [];
    const failures: string[] = [];
    const started = performance.now();
    // Two clients per agency, ten workbooks each, one after another: 20 requests in flight at most, 200 in all.
    await Promise.all(
      Array.from({ length: 20 }, async (_, client) => {
        const agency = agencies[client % agencies.length];
        for (let k = 0; k < 10; k++) {
          const bytes = draft(bases[client % agencies.length], client * 100 + k);
          const reply = await submit(agencyLink(desk, agency), bytes, `${client}-${k}.xlsx`);
          if (reply.status === 200 && reply.body.status === "archived")
            acknowledged.push({ agency, version: reply.body.submission!.version, sha256: sha256(bytes) });
          else failures.push(`${client}-${k}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.info(`200 submissions by 20 clients: ${seconds.toFixed(1)} s, ${(200 / seconds).toFixed(1)} per second`);
    expect(failures).toEqual([]);
    expect(acknowledged).toHaveLength(200);
    const filed = filedVersions(join(desk.dir, "档案"), agencies);
    for (const agency of agencies) expect(filed.get(agency)!.map((v) => v.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expectFiledOnce(acknowledged, filed);
    const verify = await verifyArchive(join(desk.dir, "档案"));
    expect([verify.valid, verify.manifests, verify.findings]).toEqual([true, 200, []]);
  });
});

const CLI = resolve("dist/cli/main.js");

/** `nianbao serve` in a process of its own; resolves with its address once it says it has started. */
function serveProcess(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [CLI, "serve", "--archive", "档案", "--agencies", "名单.xlsx", "--year", String(DESK_YEAR), "--port", "0", "--no-pdf"],
    { cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
  );
  onTestFinished(() => void child.kill("SIGKILL"));
  return new Promise((resolvePromise, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += String(chunk);
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      if (url) resolvePromise({ child, url });
    });
    let err = "";
    child.stderr!.on("data", (chunk) => (err += String(chunk)));
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

describe("the desk killed with SIGKILL", () => {
  it("loses no acknowledged submission and files none twice, and verify passes after each restart", async () => {
    const dir = tempDir();
    const agencies = AGENCIES.slice(0, 4);
    await writeAgencyList(join(dir, "名单.xlsx"), agencies);
    const bases = await Promise.all(agencies.map((agency) => workbookOf(agency)));
    const acknowledged: Acknowledged[] = [];
    let drafts = 0;

    for (let round = 0; round < 3; round++) {
      const { child, url } = await serveProcess(dir);
      const links = new Map(
        (await linkRows(join(dir, "链接.xlsx"))).slice(2).map(([agency, link]) => [agency, link.replace(/^http:\/\/[^/]+\//, url)]),
      );
      const exited = new Promise((done) => child.on("exit", done));
      const before = acknowledged.length;
      let killed = false;
      // Four clients submit until the process is gone; it is killed once this round has four acknowledgements, while
      // the others are somewhere between upload and reply.
      await Promise.all(
        agencies.map(async (agency, i) => {
          while (!killed) {
            const bytes = draft(bases[i], ++drafts);
            try {
              const reply = await submit(links.get(agency)!, bytes);
              if (reply.status === 200) acknowledged.push({ agency, version: reply.body.submission!.version, sha256: sha256(bytes) });
            } catch {
              return; // The connection died with the process.
            }
            if (acknowledged.length - before >= 4 && !killed) {
              killed = true;
              child.kill("SIGKILL");
            }
          }
        }),
      );
      await exited;
    }

    // Started once more: what the kills left is cleared away, and every acknowledged submission is there, once.
    const { child } = await serveProcess(dir);
    expect(leftovers(join(dir, "档案"))).toEqual([]);
    expectFiledOnce(acknowledged, filedVersions(join(dir, "档案"), agencies));
    expect(acknowledged.length).toBeGreaterThanOrEqual(12);
    const verify = await verifyArchive(join(dir, "档案"));
    expect([verify.valid, verify.findings]).toEqual([true, []]);
    child.kill("SIGTERM");
    await new Promise((done) => child.on("exit", done));
  });
});
