/**
 * The clerk's page: its controls, and what it shows of the worker's replies. Nothing here reads a file's content or
 * makes a document: the worker does (worker.ts → engine.ts), so that the page never freezes and a runaway file can
 * be stopped. Every word comes from the catalogue (WEB_TEXT, the findings' own messages, the command line's lines).
 */
import { shortPlace, type Finding } from "../findings/finding.js";
import { DESK_TEXT, SEVERITY_NAME, WEB_TEXT } from "../i18n/ui-text.js";
import type { DownloadFile, EngineRequest, InputFile } from "./engine.js";
import type { SheetGrid } from "./sheet-grid.js";
import type { DeskConfig } from "./desk-config.js";
import { deskPanel } from "./desk-panel.js";
import { h } from "./dom.js";
import type { WorkerReply } from "./worker.js";

/** Far above what any file takes (a 32 MB workbook is read in a few seconds): only a runaway is stopped. */
const WORKER_TIMEOUT_SECONDS = 120;

/** The worker, made from the script the page carries (a file:// page cannot load one from a file). */
class Engine {
  private worker?: Worker;
  private next = 0;

  constructor(private readonly source: string) {}

  private start(): Worker {
    const url = URL.createObjectURL(new Blob([this.source], { type: "text/javascript" }));
    return new Worker(url);
  }

  run(request: EngineRequest): Promise<WorkerReply["reply"]> {
    const worker = (this.worker ??= this.start());
    const id = ++this.next;
    return new Promise((resolve) => {
      const stop = (reply: WorkerReply["reply"]) => {
        clearTimeout(timer);
        worker.removeEventListener("message", onMessage);
        worker.removeEventListener("error", onError);
        resolve(reply);
      };
      const restart = () => {
        worker.terminate();
        if (this.worker === worker) this.worker = undefined;
      };
      const onMessage = (event: MessageEvent<WorkerReply>) => event.data.id === id && stop(event.data.reply);
      // Out of memory, or a bug before the engine could answer: the worker is made again for the next file.
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        restart();
        stop({ kind: "failed", detail: event.message || "worker" });
      };
      const timer = setTimeout(() => {
        restart();
        stop({ kind: "declined", message: WEB_TEXT.timedOut(WORKER_TIMEOUT_SECONDS) });
      }, WORKER_TIMEOUT_SECONDS * 1000);
      worker.addEventListener("message", onMessage);
      worker.addEventListener("error", onError);
      worker.postMessage({ id, request });
    });
  }
}

/**
 * A file input drawn in the page's words: the browser's own button speaks the browser's language (Choose File on an
 * English build), so the input is kept (focusable, labelled, opening the chooser from the keyboard) but drawn as a
 * button and the chosen file's name, both hidden from assistive technology, which reads the input itself.
 */
function fileControl(input: HTMLInputElement): HTMLElement {
  input.classList.add("file-input");
  const chosen = h("span", { class: "file-name", "aria-hidden": "true" }, WEB_TEXT.noFileChosen);
  const button = h("span", { class: "file-button", "aria-hidden": "true" }, WEB_TEXT.chooseFile);
  button.addEventListener("click", () => input.click());
  input.addEventListener("change", () => (chosen.textContent = input.files?.[0]?.name ?? WEB_TEXT.noFileChosen));
  return h("span", { class: "file-control" }, input, button, chosen);
}

async function inputFile(file: File): Promise<InputFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function download(files: readonly DownloadFile[]): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }));
    const link = h("a", { href: url, download: file.name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Where a finding points, without its sheet (the group's heading): the cell, the table's labels, or the field. */
const place = (finding: Finding): string => shortPlace(finding) ?? WEB_TEXT.wholeFile;

/** The findings grouped by sheet (or section), in the order the check gave them: errors first. */
function groups(findings: readonly Finding[]): Map<string, Finding[]> {
  const grouped = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.sheet ?? finding.section ?? WEB_TEXT.wholeFile;
    grouped.set(key, [...(grouped.get(key) ?? []), finding]);
  }
  return grouped;
}

/** A sheet drawn as a table, the finding's cell marked and its related cells highlighted. */
function gridView(grid: SheetGrid, finding: Finding): HTMLElement {
  const related = new Set((finding.related ?? []).flatMap((location) => [location.field, location.cell].filter(Boolean) as string[]));
  const isMarked = (cell: SheetGrid["cells"][number]) =>
    (finding.field !== undefined && cell.field === finding.field) || (cell.address !== undefined && cell.address === finding.cell);
  const table = h("table", { class: "grid" });
  const rows = Array.from({ length: grid.rows }, () => h("tr"));
  for (const cell of grid.cells) {
    const classes = [
      cell.role,
      cell.numeric ? "number" : "",
      isMarked(cell) ? "marked" : "",
      cell.field && related.has(cell.field) ? "related" : "",
    ]
      .filter(Boolean)
      .join(" ");
    const attributes: Record<string, string> = { class: classes };
    if (cell.rows > 1) attributes.rowspan = String(cell.rows);
    if (cell.columns > 1) attributes.colspan = String(cell.columns);
    if (cell.address) attributes.title = cell.address;
    rows[cell.row].append(h(cell.role === "label" ? "th" : "td", attributes, cell.text));
  }
  table.append(...rows);
  const cellText = finding.cell ? WEB_TEXT.cellCaption(grid.sheet, finding.cell) : grid.sheet;
  const marked = grid.cells.find(isMarked);
  return h(
    "figure",
    { class: "grid-view" },
    h(
      "figcaption",
      {},
      h("strong", {}, cellText),
      " ",
      WEB_TEXT.valueFound(marked?.text ?? ""),
      finding.expected !== undefined &&
        `\u3000${WEB_TEXT.comparison(finding.actual !== undefined ? String(finding.actual) : "", String(finding.expected))}`,
      h("br"),
      h("small", {}, WEB_TEXT.legend),
    ),
    h("div", { class: "grid-scroll", tabindex: "0", role: "group", "aria-label": grid.sheet }, table),
  );
}

function findingItem(finding: Finding, grids: readonly SheetGrid[], show: (view: HTMLElement, from: HTMLElement) => void): HTMLElement {
  const grid = grids.find((candidate) => candidate.sheet === finding.sheet);
  const item = h(
    "li",
    { class: finding.severity },
    h("span", { class: "severity" }, `[${SEVERITY_NAME[finding.severity]}]`),
    " ",
    h("span", { class: "place" }, place(finding)),
    " ",
    finding.message,
    finding.hint && h("div", { class: "hint" }, finding.hint),
  );
  if (grid) {
    const button = h("button", { type: "button", class: "show-cell" }, WEB_TEXT.showCell);
    button.addEventListener("click", () => show(gridView(grid, finding), item));
    item.append(" ", button);
  }
  return item;
}

export function startPage(root: HTMLElement, workerSource: string, desk?: Extract<DeskConfig, { role: "agency" }>): void {
  const engine = new Engine(workerSource);
  const panel = desk ? deskPanel(desk) : undefined;
  const status = h("p", { class: "status", role: "status" });

  // 一、新建工作簿
  const year = h("input", { id: "year", name: "year", inputmode: "numeric", autocomplete: "off", placeholder: "2026" });
  const agency = h("input", { id: "agency", name: "agency", autocomplete: "organization" });
  const lastYear = h("input", { id: "last-year", type: "file", accept: ".xlsx,.json,.docx,.html,.htm" });
  const create = h("button", { type: "button" }, WEB_TEXT.newButton);
  const createNotes = h("div", { class: "notes", "aria-live": "polite" });

  // 二、检查
  const input = h("input", { id: "input", type: "file", accept: ".xlsx,.json,.docx,.html,.htm" });
  const previous = h("input", { id: "previous", type: "file", accept: ".xlsx,.json,.docx,.html,.htm" });
  const results = h(
    "section",
    { id: "results", role: "region", "aria-label": WEB_TEXT.resultsHeading, "aria-live": "polite" },
    h("p", {}, WEB_TEXT.nothingYet),
  );
  const drop = h(
    "section",
    { class: "card drop", "aria-labelledby": "check-heading" },
    h("h2", { id: "check-heading" }, WEB_TEXT.checkHeading),
    h("p", { class: "help" }, WEB_TEXT.checkHelp),
    h("div", { class: "field" }, h("label", { for: "input" }, WEB_TEXT.fileLabel), fileControl(input)),
    h(
      "div",
      { class: "field" },
      h("label", { for: "previous" }, WEB_TEXT.previousLabel),
      fileControl(previous),
      h("small", {}, WEB_TEXT.previousHelp),
    ),
  );

  // 三、生成
  const generate = h("button", { type: "button", disabled: "" }, WEB_TEXT.generate);
  const html = h("button", { type: "button", disabled: "" }, WEB_TEXT.html);
  const annotate = h("button", { type: "button", disabled: "" }, WEB_TEXT.annotate);
  const exportJson = h("button", { type: "button", disabled: "" }, WEB_TEXT.export);
  const outputNotes = h("div", { class: "notes", "aria-live": "polite" });

  if (desk) {
    // The link is the agency's: its name and the year collected are fixed.
    year.value = String(desk.year);
    agency.value = desk.agency;
    year.readOnly = true;
    agency.readOnly = true;
  }
  root.append(
    h(
      "header",
      {},
      h("h1", {}, desk ? DESK_TEXT.agencyTitle(desk.agency, desk.year) : WEB_TEXT.title),
      h("p", {}, desk ? DESK_TEXT.agencyIntro : WEB_TEXT.intro),
    ),
    h(
      "section",
      { class: "card", "aria-labelledby": "new-heading" },
      h("h2", { id: "new-heading" }, WEB_TEXT.newHeading),
      h("p", { class: "help" }, WEB_TEXT.newHelp),
      h(
        "div",
        { class: "row" },
        h("div", { class: "field" }, h("label", { for: "year" }, WEB_TEXT.yearLabel), year),
        h("div", { class: "field grow" }, h("label", { for: "agency" }, WEB_TEXT.agencyLabel), agency),
      ),
      h("div", { class: "field" }, h("label", { for: "last-year" }, WEB_TEXT.lastYearLabel), fileControl(lastYear)),
      create,
      createNotes,
    ),
    drop,
    h("section", { class: "card" }, h("h2", {}, WEB_TEXT.resultsHeading), results),
    h(
      "section",
      { class: "card", "aria-labelledby": "output-heading" },
      h("h2", { id: "output-heading" }, WEB_TEXT.outputHeading),
      h("div", { class: "actions" }, generate, html, annotate, exportJson),
      h("p", { class: "help" }, WEB_TEXT.pdfHowTo),
      outputNotes,
    ),
    ...(panel ? [panel.element] : []),
    status,
    ...(desk ? [] : [h("footer", {}, h("p", {}, WEB_TEXT.offline))]),
  );

  let checkedFile: File | undefined;
  let busy = 0;
  const setBusy = (delta: number, file?: string) => {
    busy += delta;
    status.textContent = busy > 0 && file ? WEB_TEXT.working(file) : "";
    root.toggleAttribute("aria-busy", busy > 0);
  };
  const withPrevious = (file: InputFile | undefined) => (file ? { previous: file } : {});
  const previousFile = async () => (previous.files?.[0] ? await inputFile(previous.files[0]) : undefined);
  const say = (where: HTMLElement, lines: readonly string[], isError = false) => {
    where.replaceChildren(...lines.map((line) => h("p", isError ? { class: "error" } : {}, line)));
  };
  const answer = (reply: WorkerReply["reply"], where: HTMLElement) => {
    if (reply.kind === "files") {
      download(reply.files);
      say(where, [...reply.notes, WEB_TEXT.downloaded(reply.files.map((file) => file.name).join("、"))]);
    } else if (reply.kind === "failed") say(where, [WEB_TEXT.unexpected(reply.detail)], true);
    else if (reply.kind === "refused")
      where.replaceChildren(h("p", { class: "error" }, reply.message), ...(reply.hint ? [h("p", { class: "hint" }, reply.hint)] : []));
    else if (reply.kind === "declined") say(where, reply.message.split("\n"), true);
  };

  const showResults = (reply: WorkerReply["reply"]) => {
    const enable = (button: HTMLButtonElement, on: boolean) => (button.disabled = !on);
    const checked = reply.kind === "checked" ? reply : undefined;
    enable(generate, !!checked && checked.generable && checked.result.valid);
    enable(html, !!checked && checked.generable && checked.result.valid);
    enable(annotate, !!checked?.annotatable);
    enable(exportJson, !!checked);
    outputNotes.replaceChildren();
    panel?.checked(
      checked && checkedFile
        ? { file: checkedFile, valid: checked.result.valid, generable: checked.generable, agency: checked.agency, year: checked.year }
        : undefined,
    );
    if (!checked) return answer(reply, results);
    const gridSlot = h("div", { class: "grid-slot" });
    const show = (view: HTMLElement, from: HTMLElement) => {
      const close = h("button", { type: "button", class: "close" }, WEB_TEXT.closeGrid);
      close.addEventListener("click", () => {
        gridSlot.replaceChildren();
        from.querySelector("button")?.focus();
      });
      gridSlot.replaceChildren(view, close);
      from.after(gridSlot);
      close.focus();
    };
    const lists = [...groups(checked.result.findings)].map(([sheet, findings]) =>
      h(
        "section",
        { class: "group" },
        h("h3", {}, sheet),
        h("ul", {}, ...findings.map((finding) => findingItem(finding, checked.grids, show))),
      ),
    );
    results.replaceChildren(
      h("p", {}, checked.header),
      h("p", {}, checked.stats),
      ...lists,
      h("p", { class: checked.result.valid ? "verdict ok" : "verdict error" }, checked.closing),
      ...(checked.generable ? [] : [h("p", { class: "help" }, WEB_TEXT.publishedNotGenerated)]),
    );
  };

  const check = async (file: File) => {
    checkedFile = file;
    setBusy(1, file.name);
    // The last file's findings go at once: nothing shown may be taken for this file's.
    results.replaceChildren(h("p", {}, WEB_TEXT.working(file.name)));
    for (const button of [generate, html, annotate, exportJson]) button.disabled = true;
    panel?.checked(undefined);
    try {
      const start = performance.now();
      showResults(
        await engine.run({ kind: "check", file: await inputFile(file), ...withPrevious(await previousFile()), today: Date.now() }),
      );
      // How long reading, checking and showing took, for npm run bench (bench/page.ts) to read.
      root.dataset.checkMs = (performance.now() - start).toFixed(1);
    } finally {
      setBusy(-1);
    }
  };

  input.addEventListener("change", () => input.files?.[0] && check(input.files[0]));
  previous.addEventListener("change", () => checkedFile && check(checkedFile));
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    const file = event.dataTransfer?.files[0];
    if (file) void check(file);
  });

  const onChecked =
    (kind: "generate" | "annotate" | "export", pick: (file: DownloadFile) => boolean = () => true) =>
    async () => {
      if (!checkedFile) return say(outputNotes, [WEB_TEXT.noFile], true);
      setBusy(1, checkedFile.name);
      try {
        const file = await inputFile(checkedFile);
        const request: EngineRequest =
          kind === "export" ? { kind, file } : { kind, file, ...withPrevious(await previousFile()), today: Date.now() };
        const reply = await engine.run(request);
        answer(reply.kind === "files" ? { ...reply, files: reply.files.filter(pick) } : reply, outputNotes);
      } finally {
        setBusy(-1);
      }
    };
  generate.addEventListener(
    "click",
    onChecked("generate", (file) => !file.name.endsWith(".html")),
  );
  html.addEventListener(
    "click",
    onChecked("generate", (file) => file.name.endsWith(".html")),
  );
  annotate.addEventListener("click", onChecked("annotate"));
  exportJson.addEventListener("click", onChecked("export"));

  create.addEventListener("click", async () => {
    setBusy(1, agency.value || year.value);
    try {
      const last = lastYear.files?.[0] ? await inputFile(lastYear.files[0]) : undefined;
      const now = Date.now();
      const reply = await engine.run({
        kind: "new-workbook",
        year: year.value,
        agency: agency.value,
        ...(last ? { last } : {}),
        today: now,
        created: now,
      });
      answer(reply, createNotes);
    } finally {
      setBusy(-1);
    }
  });
}
