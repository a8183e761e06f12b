/**
 * `npm run bench`, the collection desk (issue 21): 20 clients submitting 200 workbooks at once over loopback (two
 * clients per agency, ten workbooks each, one after another), as tests/desk-load.test.ts does: submissions per second,
 * latency p50/p95/max as a client waits, and the server process's peak memory. Figures, not assertions.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { availableParallelism } from "node:os";
import { startDesk } from "../src/desk/start.js";
import { AGENCIES, draft, submit, workbookOf } from "../tests/helpers/desk.js";
import { tempDir } from "../tests/helpers/temp.js";

const CLIENTS = 20;
const EACH = 10;
const agencies = AGENCIES.slice(0, 10);
// As the desk chooses when not told: every core but one.
const threads = Math.max(1, Math.min(4, availableParallelism() - 1));
const desk = await startDesk({
  archive: join(tempDir(), "档案"),
  agencies,
  year: 2025,
  version: "bench",
  page: readFileSync(resolve("dist/web/nianbao.html"), "utf8"),
  port: 0,
  host: "127.0.0.1",
  pdf: false,
  threads,
  rateLimit: { burst: 1000, perSecond: 100 },
});
const bases = await Promise.all(agencies.map((agency) => workbookOf(agency)));
const link = (agency: string) => `${desk.url}${desk.book.agencies.get(agency)}/`;
const latencies: number[] = [];
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const started = performance.now();
await Promise.all(
  Array.from({ length: CLIENTS }, async (_, client) => {
    const agency = agencies[client % agencies.length];
    for (let k = 0; k < EACH; k++) {
      const bytes = draft(bases[client % agencies.length], client * 100 + k);
      const start = performance.now();
      const reply = await submit(link(agency), bytes);
      latencies.push(performance.now() - start);
      if (reply.status !== 200) throw new Error(`submission refused: ${reply.status}`);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
await desk.close();
const sorted = [...latencies].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(0);
console.log(
  `desk: ${CLIENTS * EACH} submissions by ${CLIENTS} clients on ${threads} worker thread(s): ${seconds.toFixed(1)} s, ` +
    `${((CLIENTS * EACH) / seconds).toFixed(1)} per second; latency p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; ` +
    `peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB (server and clients in one process)`,
);
