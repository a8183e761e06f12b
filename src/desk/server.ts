/**
 * The desk's HTTP routes (Hono): every route starts with a link's token. A token that is no one's, or one whose
 * holder may not use the route (an agency's on the office's routes, one agency's on another's files), gets 404 and
 * an empty body, the same as a route that does not exist.
 */
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { countBySeverity, type Finding } from "../findings/finding.js";
import { DESK_TEXT, SUMMARY_TEXT } from "../i18n/ui-text.js";
import { MAX_INPUT_BYTES } from "../input/classify.js";
import { DESK_ROUTES, FILE_NAME_HEADER } from "../web/desk-config.js";
import type { Desk, Submission } from "./desk.js";
import type { LinkBook } from "./link-book.js";
import { servedPage, servedPolicy } from "./served-page.js";
import { holderOf } from "./tokens.js";

type Holder = { role: "office" } | { role: "agency"; agency: string };

/** Requests each token may make: a burst, then a steady rate (a clerk checks and submits a few times an hour). */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

export interface DeskServerOptions {
  desk: Desk;
  book: LinkBook;
  /** The clerk's page, as npm run build writes it. */
  page: string;
  rateLimit?: RateLimit;
  now?: () => number;
}

const DEFAULT_RATE_LIMIT: RateLimit = { burst: 60, perSecond: 1 };

/** Every answer: never cached, never sent on as a referrer (the token is in the path), never framed or sniffed. */
const COMMON_HEADERS = {
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
} as const;

/** A token bucket per holder. */
function rateLimiter(limit: RateLimit, now: () => number) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (holder: string): number => {
    const time = now();
    const bucket = buckets.get(holder) ?? { tokens: limit.burst, at: time };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((time - bucket.at) / 1000) * limit.perSecond);
    bucket.at = time;
    buckets.set(holder, bucket);
    if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / limit.perSecond);
    bucket.tokens -= 1;
    return 0;
  };
}

/** A file's name in Content-Disposition: ASCII fallback, and the real name as RFC 5987 UTF-8. */
const attachment = (name: string) =>
  `attachment; filename="download${name.slice(name.lastIndexOf("."))}"; filename*=UTF-8''${encodeURIComponent(name)}`;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A download: its bytes, its type and the name the browser saves it under. */
const file = (c: Context, bytes: Uint8Array, type: string, name: string) =>
  c.body(bytes as Uint8Array<ArrayBuffer>, 200, { "Content-Type": type, "Content-Disposition": attachment(name) });

const findingView = (finding: Finding) => ({
  severity: finding.severity,
  code: finding.code,
  message: finding.message,
  ...(finding.hint ? { hint: finding.hint } : {}),
  ...(finding.sheet ? { sheet: finding.sheet } : {}),
  ...(finding.cell ? { cell: finding.cell } : {}),
});

const submissionView = (submission: Submission) => ({
  ...submission,
  files: submission.files.map((name) => ({ name, url: `${DESK_ROUTES.files}/${submission.version}/${encodeURIComponent(name)}` })),
});

type DeskEnv = { Variables: { holder: Holder } };

export function deskApp(options: DeskServerOptions): Hono<DeskEnv> {
  const { desk, book } = options;
  const holders: { token: string; holder: Holder }[] = [
    { token: book.office, holder: { role: "office" } },
    ...[...book.agencies].map(([agency, token]) => ({ token, holder: { role: "agency", agency } as Holder })),
  ];
  const holderAt = holderOf(holders);
  const limited = rateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, options.now ?? Date.now);
  const policy = servedPolicy(options.page);
  const app = new Hono<DeskEnv>();
  const nothing = (c: Context) => c.body(null, 404);

  app.notFound(nothing);
  // Only a bug of ours gets here: the clerk reads a sentence, never a stack trace.
  app.onError((_error, c) => c.json({ message: DESK_TEXT.serverError }, 500));

  app.use("/:token/*", async (c, next) => {
    const holder = holderAt(c.req.param("token"));
    if (!holder) return nothing(c);
    const wait = limited(holder.role === "office" ? "" : `agency:${holder.agency}`);
    if (wait > 0) return c.json({ message: DESK_TEXT.tooMany(wait) }, 429, { "Retry-After": String(wait), ...COMMON_HEADERS });
    c.set("holder", holder);
    for (const [name, value] of Object.entries(COMMON_HEADERS)) c.header(name, value);
    await next();
  });

  const agencyOf = (c: Context<DeskEnv>) => {
    const holder = c.get("holder");
    return holder.role === "agency" ? holder.agency : undefined;
  };
  const isOffice = (c: Context<DeskEnv>) => c.get("holder").role === "office";

  // The link without its final slash: the page's relative URLs need it.
  app.get("/:token", (c) => (holderAt(c.req.param("token")) ? c.redirect(`${c.req.param("token")}/`) : nothing(c)));

  app.get("/:token/", (c) => {
    const agency = agencyOf(c);
    const config = agency ? ({ role: "agency", agency, year: desk.year } as const) : ({ role: "office", year: desk.year } as const);
    return c.html(servedPage(options.page, config), 200, { "Content-Security-Policy": policy });
  });

  app.post(
    `/:token/${DESK_ROUTES.submit}`,
    async (c, next) => (agencyOf(c) ? next() : nothing(c)),
    // Refused on its declared length before a byte of it is read; a body without one is counted as it comes.
    bodyLimit({
      maxSize: MAX_INPUT_BYTES,
      onError: (c) => c.json({ message: DESK_TEXT.uploadTooLarge(MAX_INPUT_BYTES / 1024 / 1024) }, 413),
    }),
    async (c) => {
      const agency = agencyOf(c)!;
      let name: string = DESK_TEXT.unnamedUpload;
      try {
        name = decodeURIComponent(c.req.header(FILE_NAME_HEADER) ?? name);
      } catch {
        // A name that is not URI-encoded: the upload is kept under a name of ours.
      }
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) return c.json({ message: DESK_TEXT.emptyUpload }, 400);
      const result = await desk.submit(agency, name, bytes);
      if ("submission" in result) {
        const { warnings } = countBySeverity(result.findings);
        return c.json({
          status: result.status,
          submission: submissionView(result.submission),
          warnings,
          findings: result.findings.map(findingView),
        });
      }
      return c.json(
        { status: result.status, errors: result.errors, warnings: result.warnings, findings: result.findings.map(findingView) },
        422,
      );
    },
  );

  app.get(`/:token/${DESK_ROUTES.submissions}`, (c) => {
    const agency = agencyOf(c);
    if (!agency) return nothing(c);
    return c.json({ agency, year: desk.year, submissions: desk.submissions(agency).map(submissionView) });
  });

  app.get(`/:token/${DESK_ROUTES.files}/:version/:name`, async (c) => {
    const agency = agencyOf(c);
    const version = Number(c.req.param("version"));
    if (!agency || !Number.isSafeInteger(version)) return nothing(c);
    const name = c.req.param("name");
    const bytes = await desk.download(agency, version, name);
    if (!bytes) return nothing(c);
    return file(c, bytes, "application/octet-stream", name);
  });

  app.get(`/:token/${DESK_ROUTES.overview}`, (c) => (isOffice(c) ? c.json({ year: desk.year, rows: desk.overview() }) : nothing(c)));

  app.get(`/:token/${DESK_ROUTES.summary}`, async (c) =>
    isOffice(c) ? file(c, await desk.summary(), XLSX_TYPE, SUMMARY_TEXT.fileName(desk.year)) : nothing(c),
  );

  app.get(`/:token/${DESK_ROUTES.documents}`, async (c) =>
    isOffice(c) ? file(c, await desk.documentsZip(), "application/zip", DESK_TEXT.documentsZip(desk.year)) : nothing(c),
  );

  app.get(`/:token/${DESK_ROUTES.verify}`, async (c) => {
    if (!isOffice(c)) return nothing(c);
    const result = await desk.verify();
    const counts = countBySeverity(result.findings);
    return c.json({
      valid: result.valid,
      manifests: result.manifests,
      files: result.files,
      ...counts,
      findings: result.findings.map(findingView),
    });
  });

  return app;
}
