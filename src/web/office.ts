/**
 * The office's link of the collection desk: every agency on the list and where it stands, refreshed by itself; the
 * summary workbook, a zip of the current documents, and a check of the archive.
 */
import { DESK_TEXT } from "../i18n/ui-text.js";
import { DESK_ROUTES, type DeskConfig } from "./desk-config.js";
import { timeText } from "./desk-panel.js";
import { h } from "./dom.js";

/** A row as the server sends it (desk.ts OverviewRow). */
interface Row {
  agency: string;
  state: "none" | "errors" | "submitted";
  current?: { version: number; at: string; pdf: "pending" | "ready" | "failed" | "unavailable" | "off" };
  attempt?: { at: string; errors: number; warnings: number };
  errors: number;
  warnings: number;
}

interface VerifyReply {
  valid: boolean;
  manifests: number;
  files: number;
  errors: number;
  warnings: number;
  findings: { severity: string; message: string }[];
}

/** How often the overview asks the server again. */
const REFRESH_MS = 5000;

function stateCell(row: Row): HTMLElement {
  const cell = h("td", { class: `state ${row.state}` });
  if (row.current) cell.append(DESK_TEXT.stateSubmitted(row.current.version), h("br"), h("small", {}, timeText(row.current.at)));
  else if (row.attempt) cell.append(DESK_TEXT.stateErrors);
  else cell.append(DESK_TEXT.stateNone);
  // A later attempt that was refused, after a version that stands: the office sees both.
  if (row.attempt)
    cell.append(h("br"), h("small", { class: "error" }, DESK_TEXT.lastAttempt(timeText(row.attempt.at), row.attempt.errors)));
  return cell;
}

function rowOf(row: Row): HTMLTableRowElement {
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, row.agency),
    stateCell(row),
    h("td", { class: "number" }, String(row.errors)),
    h("td", { class: "number" }, String(row.warnings)),
    h("td", {}, row.current ? DESK_TEXT.pdfState[row.current.pdf] : ""),
  );
}

export function startOffice(root: HTMLElement, config: Extract<DeskConfig, { role: "office" }>): void {
  const counts = h("p", { role: "status" });
  const updated = h("p", { class: "help" });
  const body = h("tbody");
  const verifyButton = h("button", { type: "button" }, DESK_TEXT.verifyButton);
  const verifyResult = h("div", { class: "notes", "aria-live": "polite" });
  root.append(
    h("header", {}, h("h1", {}, DESK_TEXT.officeTitle(config.year)), h("p", {}, DESK_TEXT.officeIntro)),
    h(
      "section",
      { class: "card", "aria-labelledby": "overview-heading" },
      h("h2", { id: "overview-heading" }, DESK_TEXT.overviewHeading),
      counts,
      h(
        "div",
        { class: "table-scroll", tabindex: "0", role: "group", "aria-label": DESK_TEXT.overviewHeading },
        h(
          "table",
          { class: "overview" },
          h("thead", {}, h("tr", {}, ...DESK_TEXT.overviewColumns.map((column) => h("th", { scope: "col" }, column)))),
          body,
        ),
      ),
      updated,
    ),
    h(
      "section",
      { class: "card", "aria-labelledby": "downloads-heading" },
      h("h2", { id: "downloads-heading" }, DESK_TEXT.downloadsHeading),
      h(
        "div",
        { class: "actions" },
        h("a", { class: "button", href: DESK_ROUTES.summary, download: "" }, DESK_TEXT.summaryLink),
        h("a", { class: "button", href: DESK_ROUTES.documents, download: "" }, DESK_TEXT.documentsLink),
        verifyButton,
      ),
      verifyResult,
    ),
  );

  const refresh = async () => {
    try {
      const response = await fetch(DESK_ROUTES.overview, { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      const { rows } = (await response.json()) as { rows: Row[] };
      body.replaceChildren(...rows.map(rowOf));
      const count = (state: Row["state"]) => rows.filter((row) => row.state === state).length;
      const pdfs = rows.filter((row) => row.current?.pdf === "ready").length;
      counts.textContent = DESK_TEXT.overviewCounts(rows.length, count("submitted"), count("errors"), count("none"), pdfs);
      updated.textContent = DESK_TEXT.updatedAt(timeText(new Date().toISOString()));
    } catch {
      updated.textContent = DESK_TEXT.offline;
    }
  };

  verifyButton.addEventListener("click", async () => {
    verifyButton.disabled = true;
    verifyResult.replaceChildren(h("p", {}, DESK_TEXT.verifying));
    try {
      const reply = (await (await fetch(DESK_ROUTES.verify, { cache: "no-store" })).json()) as VerifyReply;
      verifyResult.replaceChildren(
        h(
          "p",
          { class: reply.valid ? "verdict ok" : "verdict error" },
          reply.valid ? DESK_TEXT.verifyPassed(reply.manifests, reply.files) : DESK_TEXT.verifyFailed(reply.errors),
        ),
        h("ul", {}, ...reply.findings.map((finding) => h("li", { class: finding.severity }, finding.message))),
      );
    } catch {
      verifyResult.replaceChildren(h("p", { class: "error" }, DESK_TEXT.offline));
    } finally {
      verifyButton.disabled = false;
    }
  });

  void refresh();
  setInterval(() => void refresh(), REFRESH_MS);
}
