/** A batch's statuses and how a person reads them: light, for the command's table, the summary and the page. */
import { CLI_TEXT } from "../i18n/ui-text.js";

/**
 * What became of one input of a batch. `published`: a published report (.docx, .html), checked but never
 * generated again; `other-year`: a valid report of another year than the batch's, not generated with it.
 */
export type BatchStatus =
  "generated" | "unchanged" | "invalid" | "unreadable" | "duplicate" | "exists" | "template-invalid" | "published" | "other-year";

/** The statuses of a report that is in the output as it should be. */
export const DONE_STATUSES: ReadonlySet<BatchStatus> = new Set(["generated", "unchanged"]);

/** An item's status as the table and the summary show it: a report whose PDF was asked for and not made says so. */
export const statusText = (item: { status: BatchStatus; pdf?: "ok" | "unavailable" | "failed" }): string =>
  CLI_TEXT.batchStatus[item.status] + (item.pdf && item.pdf !== "ok" ? CLI_TEXT.noPdf : "");
