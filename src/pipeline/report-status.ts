/**
 * What became of a report, in one vocabulary for one input and a batch alike, and how a person reads it: light, for
 * the command's table, the summary and the page.
 */
import { CLI_TEXT } from "../i18n/ui-text.js";

/**
 * What became of one input. `published`: a published report (.docx, .html), checked but never
 * generated again; `other-year`: a valid report of another year than the batch's, not generated with it;
 * `write-failed`: a valid report whose files could not be written (a full disk), nothing of it left behind.
 */
export type ReportStatus =
  | "generated"
  | "unchanged"
  | "invalid"
  | "unreadable"
  | "duplicate"
  | "exists"
  | "template-invalid"
  | "published"
  | "other-year"
  | "write-failed";

/** The statuses of a report that is in the output as it should be. */
export const DONE_STATUSES: ReadonlySet<ReportStatus> = new Set(["generated", "unchanged"]);

/** Each status in words: a status without its text does not compile. */
const STATUS_TEXT: Readonly<Record<ReportStatus, string>> = CLI_TEXT.batchStatus;

/** An item's status as the table and the summary show it: a report whose PDF was asked for and not made says so. */
export const statusText = (item: { status: ReportStatus; pdf?: { status: "ok" | "unavailable" | "failed" } }): string =>
  STATUS_TEXT[item.status] + (item.pdf && item.pdf.status !== "ok" ? CLI_TEXT.noPdf : "");
