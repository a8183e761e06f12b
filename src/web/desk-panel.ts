/**
 * What the page adds on an agency's link of the collection desk: 提交 (the checked workbook sent to the server, which
 * checks it again and files it), what the server answered, and the versions filed so far with their files.
 */
import type { Finding } from "../findings/finding.js";
import { DESK_TEXT, SEVERITY_NAME } from "../i18n/ui-text.js";
import { agencyKey } from "../io/file-names.js";
import { DESK_ROUTES, FILE_NAME_HEADER, type DeskConfig } from "./desk-config.js";
import { h } from "./dom.js";

type AgencyConfig = Extract<DeskConfig, { role: "agency" }>;

/** A version as the server lists it (server.ts). */
interface SubmissionView {
  version: number;
  at: string;
  warnings: number;
  pdf: "pending" | "ready" | "failed" | "unavailable" | "off";
  files: { name: string; url: string }[];
}

type SubmitReply =
  | { status: "archived" | "unchanged"; submission: SubmissionView; warnings: number; findings: Finding[] }
  | { status: "refused" | "unreadable"; errors: number; warnings: number; findings: Finding[] }
  | { message: string };

/** What the page knows of the file it checked last: is it this agency's and this year's, and without errors? */
export interface CheckedFile {
  file: File;
  valid: boolean;
  generable: boolean;
  agency?: string;
  year?: number;
}

/** While a PDF is being made, the list asks again after this long. */
const PDF_POLL_MS = 5000;

export const timeText = (iso: string): string => new Date(iso).toLocaleString("zh-CN", { hour12: false });

export function deskPanel(config: AgencyConfig): { element: HTMLElement; checked: (checked: CheckedFile | undefined) => void } {
  const submit = h("button", { type: "button", disabled: "" }, DESK_TEXT.submit);
  const why = h("p", { class: "help", "aria-live": "polite" }, DESK_TEXT.submitAfterCheck);
  const answer = h("div", { class: "notes", "aria-live": "polite" });
  const list = h("ul", { class: "submissions" });
  const element = h(
    "section",
    { class: "card", "aria-labelledby": "submit-heading" },
    h("h2", { id: "submit-heading" }, DESK_TEXT.submitHeading),
    h("p", { class: "help" }, DESK_TEXT.submitHelp(config.agency, config.year)),
    submit,
    why,
    answer,
    h("h3", {}, DESK_TEXT.submissionsHeading),
    list,
  );
  let current: CheckedFile | undefined;
  let poll: ReturnType<typeof setTimeout> | undefined;

  const showSubmissions = (submissions: SubmissionView[]) => {
    if (submissions.length === 0) return list.replaceChildren(h("li", {}, DESK_TEXT.noSubmissions));
    list.replaceChildren(
      ...submissions.map((submission) =>
        h(
          "li",
          {},
          h("strong", {}, `v${submission.version}`),
          ` ${timeText(submission.at)}\u3000${DESK_TEXT.pdfState[submission.pdf]}`,
          h("ul", {}, ...submission.files.map((file) => h("li", {}, h("a", { href: file.url, download: file.name }, file.name)))),
        ),
      ),
    );
  };

  const refresh = async () => {
    clearTimeout(poll);
    try {
      const response = await fetch(DESK_ROUTES.submissions, { cache: "no-store" });
      if (!response.ok) return;
      const { submissions } = (await response.json()) as { submissions: SubmissionView[] };
      showSubmissions(submissions);
      if (submissions.some((submission) => submission.pdf === "pending")) poll = setTimeout(() => void refresh(), PDF_POLL_MS);
    } catch {
      list.replaceChildren(h("li", { class: "error" }, DESK_TEXT.offline));
    }
  };

  const say = (lines: readonly (string | HTMLElement)[], isError = false) =>
    answer.replaceChildren(...lines.map((line) => (typeof line === "string" ? h("p", isError ? { class: "error" } : {}, line) : line)));

  const findingList = (findings: readonly Finding[]) =>
    h(
      "ul",
      {},
      ...findings.map((finding) =>
        h(
          "li",
          { class: finding.severity },
          `[${SEVERITY_NAME[finding.severity]}] ${finding.message}`,
          finding.hint && h("div", { class: "hint" }, finding.hint),
        ),
      ),
    );

  submit.addEventListener("click", async () => {
    if (!current) return;
    const file = current.file;
    submit.disabled = true;
    say([DESK_TEXT.submitting(file.name)]);
    try {
      const response = await fetch(DESK_ROUTES.submit, {
        method: "POST",
        body: file,
        headers: { [FILE_NAME_HEADER]: encodeURIComponent(file.name), "Content-Type": "application/octet-stream" },
      });
      const reply = (await response.json().catch(() => ({ message: DESK_TEXT.serverSaidNothing(response.status) }))) as SubmitReply;
      if ("message" in reply) say([reply.message], true);
      else if ("submission" in reply)
        say([reply.status === "archived" ? DESK_TEXT.archived(reply.submission.version) : DESK_TEXT.unchanged(reply.submission.version)]);
      else say([h("p", { class: "error" }, DESK_TEXT.refused(reply.errors)), findingList(reply.findings)]);
      await refresh();
    } catch {
      say([DESK_TEXT.offline], true);
    } finally {
      submit.disabled = !ready(current);
    }
  });

  const ready = (checked: CheckedFile | undefined) =>
    !!checked &&
    checked.valid &&
    checked.generable &&
    checked.year === config.year &&
    checked.agency !== undefined &&
    agencyKey(checked.agency) === agencyKey(config.agency);

  const checked = (checkedFile: CheckedFile | undefined) => {
    current = checkedFile;
    submit.disabled = !ready(checkedFile);
    if (!checkedFile) return void (why.textContent = DESK_TEXT.submitAfterCheck);
    if (!checkedFile.generable) why.textContent = DESK_TEXT.onlyWorkbooks;
    else if (!checkedFile.valid) why.textContent = DESK_TEXT.fixFirst;
    else if (checkedFile.agency === undefined || agencyKey(checkedFile.agency) !== agencyKey(config.agency))
      why.textContent = DESK_TEXT.otherAgency(checkedFile.agency ?? "", config.agency);
    else if (checkedFile.year !== config.year) why.textContent = DESK_TEXT.otherYear(checkedFile.year ?? 0, config.year);
    else why.textContent = DESK_TEXT.readyToSubmit;
  };

  void refresh();
  return { element, checked };
}
