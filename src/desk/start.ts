/**
 * Starting the desk: the list read, the links kept from the last run (or made), the archive opened, the server
 * listening, and 链接.xlsx written beside the archive. The command line and the tests both start it here.
 */
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { serve } from "@hono/node-server";
import { DESK_TEXT } from "../i18n/ui-text.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { asOutputError } from "../io/output-error.js";
import { Desk } from "./desk.js";
import { linkBookBytes, linkBookFor, readLinkBook, type LinkBook } from "./link-book.js";
import { deskApp, type RateLimit } from "./server.js";

export interface StartOptions {
  /** Absolute paths. */
  archive: string;
  agencies: readonly string[];
  year: number;
  version: string;
  /** The clerk's page (dist/web/nianbao.html), as HTML. */
  page: string;
  port: number;
  host: string;
  /** The links' base as the agencies reach it (behind the office's HTTPS proxy); this server's own address when absent. */
  publicUrl?: string;
  pdf?: boolean;
  soffice?: string;
  threads?: number;
  rateLimit?: RateLimit;
}

export interface RunningDesk {
  /** This server's own address, ending with /. */
  url: string;
  /** The base the links in 链接.xlsx start with. */
  base: string;
  book: LinkBook;
  linkFile: string;
  auditFile: string;
  /** Whether 链接.xlsx could be written (Excel on Windows holds a file it has open). */
  linksWritten: boolean;
  desk: Desk;
  close: () => Promise<void>;
}

/** The files beside the archive: its links and its audit log. */
export const besideArchive = (archive: string) => ({
  linkFile: join(dirname(archive), DESK_TEXT.linkFile),
  auditFile: join(dirname(archive), DESK_TEXT.auditFile),
});

const hostInUrl = (host: string) => (host.includes(":") ? `[${host}]` : host);

export async function startDesk(options: StartOptions): Promise<RunningDesk> {
  const { linkFile, auditFile } = besideArchive(options.archive);
  const { page } = options;
  const book = linkBookFor(options.agencies, await readLinkBook(linkFile));
  const desk = await Desk.open({
    archive: options.archive,
    agencies: options.agencies,
    year: options.year,
    version: options.version,
    auditFile,
    ...(options.pdf === undefined ? {} : { pdf: options.pdf }),
    ...(options.soffice ? { soffice: options.soffice } : {}),
    ...(options.threads ? { threads: options.threads } : {}),
    // An archive that cannot be made or read (a full disk, no permission): said with its path, exit 3.
  }).catch((error: unknown) => Promise.reject(asOutputError(error, options.archive)));
  const app = deskApp({ desk, book, page, ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}) });
  let server: ReturnType<typeof serve>;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => resolve(info.port));
    server.once("error", reject);
  }).catch(async (error: unknown) => {
    await desk.close();
    throw error;
  });
  const url = `http://${hostInUrl(options.host)}:${port}/`;
  const base = options.publicUrl ? options.publicUrl.replace(/\/*$/, "/") : url;
  const linksWritten = await writeFileAtomic(linkFile, await linkBookBytes(book, base), { overwrite: true }).then(
    () => true,
    () => false,
  );
  return {
    url,
    base,
    book,
    linkFile,
    auditFile,
    linksWritten,
    desk,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Browsers keep connections open between requests: they would hold the server open.
      if ("closeAllConnections" in server) server.closeAllConnections();
      await closed;
      await desk.close();
    },
  };
}
