/**
 * The page's work, on bytes: what each button asks for, done with the same stages as the command line (load, check,
 * render, the manifest, init's workbook, the annotated copy, export) and answered as data the page shows. It runs
 * in the page's worker; tests run it in Node to hold its bytes to the command line's.
 */
import { InputError, type Finding } from "../findings/finding.js";
import { ANNOTATE_TEXT, CLI_TEXT, WEB_TEXT } from "../i18n/ui-text.js";
import { baseName } from "../values/base-name.js";
import { checkReport, type CheckResult } from "../pipeline/check-report.js";
import { documentOf, manifestBytes, manifestOf } from "../pipeline/document.js";
import { documentNames } from "../pipeline/document-names.js";
import { loadBytes, type LoadedReport } from "../pipeline/load-bytes.js";
import { newWorkbook, workbookFileName } from "../pipeline/new-workbook.js";
import { prepareTemplateBytes } from "../pipeline/prepared-template.js";
import { OPTIONAL_KINDS, OUTPUT_FORMATS, OUTPUT_KINDS, type FormatChoice } from "../outputs/formats.js";
import { toNestedJson } from "../report/report.js";
import { EDITIONS } from "../schema/editions.js";
import type { EditionId } from "../schema/types.js";
import { annotatedWorkbook } from "../workbook/annotate.js";
import { sheetGrids, type SheetGrid } from "./sheet-grid.js";

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** What the page asks; `today` and `created` are the page's clock, so that a test can fix them. */
export type EngineRequest =
  | { kind: "check"; file: InputFile; previous?: InputFile; today: number }
  | { kind: "generate"; file: InputFile; previous?: InputFile; today: number }
  | { kind: "annotate"; file: InputFile; previous?: InputFile; today: number }
  | { kind: "export"; file: InputFile }
  | { kind: "new-workbook"; year: string; agency: string; last?: InputFile; today: number; created: number };

export interface DownloadFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export type EngineReply =
  | {
      kind: "checked";
      result: CheckResult;
      /** The command line's header, counts and closing line. */
      header: string;
      stats: string;
      closing: string;
      /** Reports made from workbooks and JSON can be generated; published ones are only checked. */
      generable: boolean;
      annotatable: boolean;
      /** The edition's sheets drawn as grids, with this report's values, for the findings to point into. */
      grids: SheetGrid[];
      /** The agency and year the report declares, as far as they could be read (the desk takes only its own). */
      agency?: string;
      year?: number;
    }
  /** An input that cannot be read at all: the finding the command line prints, exit code 2 there. */
  | { kind: "refused"; file: string; message: string; hint?: string }
  | { kind: "files"; files: DownloadFile[]; notes: string[] }
  /** What cannot be done, said as the command line says it (a report with errors, a year init refuses). */
  | { kind: "declined"; message: string };

export interface EngineContext {
  /** The standard template of each edition, as npm run build inlines them. */
  templates: Record<EditionId, Uint8Array>;
  version: string;
}

const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json",
} as const;

/** The optional formats the page makes: those of the format table a browser can make (no PDF: no LibreOffice). */
const PAGE_CHOICE = Object.fromEntries(OPTIONAL_KINDS.map((kind) => [kind, OUTPUT_FORMATS[kind].page])) as FormatChoice;

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const refusal = (error: InputError): EngineReply => ({
  kind: "refused",
  file: error.finding.file ?? "",
  message: error.finding.message,
  ...(error.finding.hint ? { hint: error.finding.hint } : {}),
});

/** An input loaded, or the refusal of one that cannot be read. */
async function load(file: InputFile): Promise<{ loaded: LoadedReport } | { reply: EngineReply }> {
  try {
    return { loaded: await loadBytes(asBuffer(file.bytes), file.name) };
  } catch (error) {
    if (error instanceof InputError) return { reply: refusal(error) };
    throw error;
  }
}

/** The report loaded and checked, with last year's report for X1–X4 when given. */
async function loadAndCheck(request: {
  file: InputFile;
  previous?: InputFile;
  today: number;
}): Promise<{ loaded: LoadedReport; result: CheckResult } | { reply: EngineReply }> {
  const previous = request.previous ? await load(request.previous) : undefined;
  if (previous && "reply" in previous) return previous;
  const input = await load(request.file);
  if ("reply" in input) return input;
  const context = { today: new Date(request.today), ...(previous ? { previous: previous.loaded } : {}) };
  return { loaded: input.loaded, result: checkReport(input.loaded, context) };
}

function identityOf(loaded: LoadedReport): { agency?: string; year?: number } {
  const { values } = loaded.report;
  return {
    ...(typeof values["meta.agency"] === "string" ? { agency: values["meta.agency"] } : {}),
    ...(typeof values["meta.year"] === "number" ? { year: values["meta.year"] } : {}),
  };
}

const generable = (loaded: LoadedReport) => loaded.kind === "xlsx" || loaded.kind === "json";
const stem = (name: string) => baseName(name).replace(/\.[^.]*$/, "");

function checked(loaded: LoadedReport, result: CheckResult): EngineReply {
  const { edition } = loaded;
  return {
    kind: "checked",
    result,
    header: CLI_TEXT.checkHeader(result.file, edition.id, edition.circular),
    stats: CLI_TEXT.checkStats(result.stats),
    closing: result.valid ? CLI_TEXT.checkPassed : CLI_TEXT.checkFailed(result.stats.errors),
    generable: generable(loaded),
    annotatable: loaded.kind === "xlsx" && result.findings.length > 0,
    grids: loaded.kind === "xlsx" ? sheetGrids(edition, loaded.report.values, loaded.locations) : [],
    ...identityOf(loaded),
  };
}

/** generate's documents: each format of the table the page offers (the .docx, the portal page) and the manifest, as `generate --html` writes them. */
async function generate(loaded: LoadedReport, findings: Finding[], context: EngineContext): Promise<EngineReply> {
  const id = loaded.edition.id;
  const template = await prepareTemplateBytes(asBuffer(context.templates[id]), `${id}.docx`, id);
  const rendered = template.render(loaded.report);
  if (rendered.status !== "ok") return { kind: "declined", message: rendered.verdict.findings.map((f) => f.message).join("\n") };
  const document = documentOf(loaded, template, rendered.bytes, findings, PAGE_CHOICE);
  const names = documentNames(document.baseName);
  const manifest = manifestOf(document, undefined, { version: context.version, archived: false });
  const made = OUTPUT_KINDS.flatMap((kind) => {
    const bytes = document.files[kind as keyof typeof document.files];
    return bytes ? [{ name: names[kind], type: OUTPUT_FORMATS[kind].mediaType, bytes }] : [];
  });
  return {
    kind: "files",
    files: [...made, { name: names.manifest, type: MIME.json, bytes: manifestBytes(manifest) }],
    notes: [],
  };
}

async function makeWorkbook(request: Extract<EngineRequest, { kind: "new-workbook" }>): Promise<EngineReply> {
  const read = request.last ? await load(request.last) : undefined;
  if (read && "reply" in read) return read.reply;
  const last = read?.loaded;
  const made = await newWorkbook({
    ...(request.year.trim() ? { year: request.year } : {}),
    ...(request.agency.trim() ? { agency: request.agency } : {}),
    ...(last ? { last: last.report } : {}),
    today: new Date(request.today),
    created: new Date(request.created),
    advise: "page",
  });
  if (made.status === "refused") return { kind: "declined", message: made.message };
  const notes = [
    WEB_TEXT.editionChosen(made.edition, EDITIONS[made.edition].circular),
    ...(made.carried ? [CLI_TEXT.initFrom(request.last!.name, made.carried.length)] : []),
    ...(made.dropped ?? []).map(({ label, value, finding }) => CLI_TEXT.initDropped(label, String(value), finding.message)),
  ];
  return { kind: "files", files: [{ name: workbookFileName(made.year, made.agency), type: MIME.xlsx, bytes: made.bytes }], notes };
}

/** Does what the page asked. Only a bug throws; an unusable file or a refused request is a reply. */
export async function runRequest(request: EngineRequest, context: EngineContext): Promise<EngineReply> {
  if (request.kind === "new-workbook") return makeWorkbook(request);
  if (request.kind === "export") {
    const input = await load(request.file);
    if ("reply" in input) return input.reply;
    const { loaded } = input;
    const json = `${JSON.stringify(toNestedJson(loaded.report, loaded.edition), null, 2)}\n`;
    return {
      kind: "files",
      files: [{ name: `${stem(request.file.name)}.json`, type: MIME.json, bytes: new TextEncoder().encode(json) }],
      notes: [],
    };
  }
  const outcome = await loadAndCheck(request);
  if ("reply" in outcome) return outcome.reply;
  const { loaded, result } = outcome;
  if (request.kind === "check") return checked(loaded, result);
  if (request.kind === "annotate") {
    if (loaded.kind !== "xlsx") return { kind: "declined", message: ANNOTATE_TEXT.onlyWorkbooks };
    if (result.findings.length === 0) return { kind: "declined", message: ANNOTATE_TEXT.nothing };
    const bytes = await annotatedWorkbook(loaded.bytes!, result.findings, baseName(request.file.name));
    return { kind: "files", files: [{ name: ANNOTATE_TEXT.fileName(stem(request.file.name), 1), type: MIME.xlsx, bytes }], notes: [] };
  }
  if (!generable(loaded)) return { kind: "declined", message: WEB_TEXT.publishedNotGenerated };
  if (!result.valid) return { kind: "declined", message: CLI_TEXT.checkFailed(result.stats.errors) };
  return generate(loaded, result.findings, context);
}
