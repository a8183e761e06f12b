/**
 * The collection desk's coordinator (`nianbao serve`): what an agency's submission becomes, what the office sees,
 * and what survives a restart. The archive folder is the store: each agency's versions are what `generate --archive`
 * files (DIR/<year>/<agency>/vN/), read back on start; the audit log beside it adds the attempts that were refused.
 * Nothing here speaks HTTP (server.ts does).
 */
import { readdir, unlink } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { countBySeverity, type Finding } from "../findings/finding.js";
import { DESK_TEXT } from "../i18n/ui-text.js";
import { removeStaleTemporaries, writeFileAtomic } from "../io/atomic-write.js";
import { agencyKey, safeFileName } from "../io/file-names.js";
import { makeFolder } from "../io/folders.js";
import { sha256 } from "../io/hash.js";
import { readRegularFile } from "../io/read-regular.js";
import { convertManyToPdf } from "../pdf/convert-to-pdf.js";
import { VERSION_FOLDER } from "../pipeline/archive.js";
import { MANIFEST_SUFFIX, recordedFiles, type Manifest } from "../pipeline/manifest.js";
import { documentNames } from "../pipeline/document-names.js";
import { manifestBytes } from "../pipeline/document.js";
import { preparePool, type PreparePool } from "../pipeline/prepare-pool.js";
import type { PreparedInput } from "../pipeline/prepare.js";
import { readManifest } from "../pipeline/read-manifest.js";
import { verifyArchive, type VerifyResult } from "../pipeline/verify.js";
import { completeDocuments, stageDocument, type WriteOptions } from "../pipeline/write.js";
import { baseName } from "../values/base-name.js";
import { summaryWorkbookBytes, type SummaryEntry } from "../workbook/summary.js";
import { appendAudit, readAudit, type AuditEntry } from "./audit-log.js";
import { refusedByDesk } from "./identity.js";

export interface DeskOptions {
  /** The archive folder (absolute): the store. */
  archive: string;
  agencies: readonly string[];
  /** The year collected: a report of another year is refused. */
  year: number;
  /** The tool's version, for the manifests. */
  version: string;
  /** The audit log (JSON lines), beside the archive. */
  auditFile: string;
  now?: () => Date;
  /** Worker threads that read, check and render uploads. */
  threads?: number;
  /** Make each submission's PDF/A in the background (LibreOffice). */
  pdf?: boolean;
  soffice?: string;
}

/** Where a submission's PDF/A stands. */
export type PdfState = "pending" | "ready" | "failed" | "unavailable" | "off";

/** One archived version of an agency's report. */
export interface Submission {
  version: number;
  at: string;
  /** The files of the version folder a holder of the agency's link may download: its manifest's records, and itself. */
  files: string[];
  warnings: number;
  pdf: PdfState;
}

/** An attempt that was refused, when it came after the last version filed. */
export interface Attempt {
  at: string;
  result: "refused" | "unreadable";
  errors: number;
  warnings: number;
}

interface AgencyState {
  agency: string;
  key: string;
  submissions: Submission[];
  lastAttempt?: Attempt;
}

export type SubmitResult =
  | { status: "archived" | "unchanged"; submission: Submission; findings: Finding[] }
  | { status: "refused" | "unreadable"; findings: Finding[]; errors: number; warnings: number };

/** One row of the office's overview. */
export interface OverviewRow {
  agency: string;
  state: "none" | "errors" | "submitted";
  current?: Submission;
  /** The last refused attempt, when it came after the current version. */
  attempt?: Attempt;
  errors: number;
  warnings: number;
}

const FORMATS = { html: true, pdf: false } as const;

/** What the summary takes of a filed version: its source's name, its edition, and the source read and checked. */
interface VersionReading {
  source: string;
  edition: string;
  prepared?: PreparedInput;
}

/** The names of a filed document's files, from its manifest's record of the Word document. */
const namesOf = (manifest: Manifest) => documentNames(manifest.output.file.replace(/\.docx$/, ""));

/** The name an upload is kept under in the archive: its own, cleaned of paths and of what a file name may not hold. */
export function uploadName(name: string): string {
  const clean = safeFileName(baseName(name.replace(/\\/g, "/")));
  return clean === "" || /^\.+$/.test(clean) ? DESK_TEXT.unnamedUpload : clean;
}

export class Desk {
  private readonly states = new Map<string, AgencyState>();
  /** Per agency: the submission being filed, so that the next waits for it (no version lost, none twice). */
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly readings = new Map<string, Promise<VersionReading>>();
  private pdfQueue: Promise<void> = Promise.resolve();
  private pdfAvailable = true;
  private pool?: PreparePool;
  private closed = false;

  private constructor(private readonly options: DeskOptions) {
    for (const agency of options.agencies) this.states.set(agencyKey(agency), { agency, key: agencyKey(agency), submissions: [] });
  }

  /**
   * Opens the desk on its archive: what a killed run left half-done is removed (a staged version, a PDF its
   * manifest does not yet record), every agency's versions are read back, and the refused attempts since from the
   * audit log. PDFs still missing are made again.
   */
  static async open(options: DeskOptions): Promise<Desk> {
    const desk = new Desk(options);
    await makeFolder(options.archive);
    await desk.recover();
    await desk.readBack();
    return desk;
  }

  get year(): number {
    return this.options.year;
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  private agencyFolder(state: AgencyState): string {
    return join(this.options.archive, String(this.options.year), state.key);
  }

  private versionFolder(state: AgencyState, version: number): string {
    return join(this.agencyFolder(state), `v${version}`);
  }

  /** The version folders of a folder, by number. */
  private static async versions(folder: string): Promise<number[]> {
    const names = await readdir(folder).catch(() => [] as string[]);
    return names
      .map((name) => Number(VERSION_FOLDER.exec(name)?.[1] ?? 0))
      .filter((n) => n > 0)
      .sort((a, b) => a - b);
  }

  /**
   * Every work-in-progress name a killed run left (staged versions, temporary files, a PDF conversion's folder) is
   * removed at once, however young: while the desk runs, it alone writes its year of the archive. A PDF placed
   * before its manifest recorded it is removed too, and made again.
   */
  private async recover(): Promise<void> {
    const { archive, year } = this.options;
    const everything = Number.POSITIVE_INFINITY;
    await removeStaleTemporaries(archive, everything);
    await removeStaleTemporaries(join(archive, String(year)), everything);
    for (const state of this.states.values()) {
      await removeStaleTemporaries(this.agencyFolder(state), everything);
      for (const version of await Desk.versions(this.agencyFolder(state))) {
        const folder = this.versionFolder(state, version);
        await removeStaleTemporaries(folder, everything);
        const manifest = await this.manifestIn(folder);
        if (manifest && !manifest.pdf) await unlink(join(folder, namesOf(manifest).pdf)).catch(() => undefined);
      }
    }
  }

  private async manifestIn(folder: string): Promise<Manifest | undefined> {
    const names = await readdir(folder).catch(() => [] as string[]);
    const name = names.find((n) => n.endsWith(MANIFEST_SUFFIX));
    return name ? readManifest(join(folder, name)) : undefined;
  }

  private submissionOf(version: number, manifest: Manifest): Submission {
    const names = namesOf(manifest);
    return {
      version,
      at: manifest.generatedAt,
      files: [...recordedFiles(manifest).map((record) => record.file), names.manifest],
      warnings: countBySeverity(manifest.warnings ?? []).warnings,
      pdf: manifest.pdf ? "ready" : this.options.pdf === false ? "off" : "pending",
    };
  }

  private async readBack(): Promise<void> {
    const log = await readAudit(this.options.auditFile);
    for (const state of this.states.values()) {
      for (const version of await Desk.versions(this.agencyFolder(state))) {
        const manifest = await this.manifestIn(this.versionFolder(state, version));
        if (manifest) state.submissions.push(this.submissionOf(version, manifest));
      }
      const last = state.submissions.at(-1);
      // The agency's last attempt, when it was refused and came after the version now current.
      const attempt = log.filter((entry) => entry.action === "submit" && agencyKey(entry.agency ?? "") === state.key).at(-1);
      if (attempt && (attempt.result === "refused" || attempt.result === "unreadable") && (!last || attempt.time > last.at))
        state.lastAttempt = {
          at: attempt.time,
          result: attempt.result as Attempt["result"],
          errors: attempt.errors ?? 0,
          warnings: attempt.warnings ?? 0,
        };
      if (last?.pdf === "pending") this.queuePdf(state, last);
    }
  }

  private stateOf(agency: string): AgencyState {
    const state = this.states.get(agencyKey(agency));
    if (!state) throw new Error(`not on the list: ${agency}`);
    return state;
  }

  private prepare(name: string, bytes: Uint8Array): Promise<PreparedInput> {
    // One core is left to this thread, which serves the pages and writes the archive.
    this.pool ??= preparePool(this.options.threads ?? Math.max(1, Math.min(4, availableParallelism() - 1)));
    return this.pool.run({ input: name, bytes, options: { today: this.now(), keepSource: true, ...FORMATS } });
  }

  /** Runs `task` once every earlier task of the agency has ended. */
  private serialized<T>(state: AgencyState, task: () => Promise<T>): Promise<T> {
    const before = this.locks.get(state.key) ?? Promise.resolve();
    const run = before.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.locks.set(state.key, settled);
    void settled.then(() => this.locks.get(state.key) === settled && this.locks.delete(state.key));
    return run;
  }

  /**
   * An agency's upload: read, checked and rendered again here (the browser's check is never trusted); with no error,
   * and the agency's and the year's report, filed as the agency's next version with its .docx and .html, and its
   * PDF/A made in the background. Acknowledged only once the version is in place and the audit log says so.
   */
  async submit(agency: string, fileName: string, bytes: Uint8Array): Promise<SubmitResult> {
    const state = this.stateOf(agency);
    const file = uploadName(fileName);
    const hash = sha256(bytes);
    const prepared = await this.prepare(file, bytes);
    const own = refusedByDesk({ agency: state.agency, year: this.options.year }, prepared, file);
    const findings = [...own, ...prepared.findings];
    const counts = countBySeverity(findings);
    const audit = (entry: Omit<AuditEntry, "agency" | "action" | "sha256" | "file">) =>
      appendAudit(this.options.auditFile, {
        agency: state.agency,
        action: "submit",
        sha256: hash,
        file,
        ...entry,
      });
    if (prepared.status !== "rendered" || own.length > 0) {
      const result = prepared.status === "unreadable" ? "unreadable" : "refused";
      return this.serialized(state, async () => {
        // One time for the log and the overview: after a restart the overview reads it back from the log.
        const at = this.now().toISOString();
        await audit({ time: at, result, errors: counts.errors, warnings: counts.warnings });
        state.lastAttempt = { at, result, errors: counts.errors, warnings: counts.warnings };
        return { status: result, findings, errors: counts.errors, warnings: counts.warnings };
      });
    }
    return this.serialized(state, async () => {
      const options: WriteOptions = {
        outDir: this.options.archive,
        archive: this.options.archive,
        version: this.options.version,
        ...FORMATS,
      };
      const stage = await stageDocument(prepared.document!, options);
      let version: number;
      let status: "archived" | "unchanged";
      if (stage.status === "staged") {
        const [written] = await completeDocuments([stage.staged], options);
        if (written.status === "failed") throw written.error;
        if (written.status !== "written") throw new Error(`archive: ${written.status}`);
        version = written.version!;
        status = "archived";
      } else if (stage.status === "unchanged") {
        version = stage.version;
        status = "unchanged";
      } else throw new Error(`archive: ${stage.status}`);
      await audit({ time: this.now().toISOString(), result: status, version, errors: 0, warnings: counts.warnings });
      const manifest = await this.manifestIn(this.versionFolder(state, version));
      const submission = this.submissionOf(version, manifest!);
      state.lastAttempt = undefined;
      if (status === "archived") {
        state.submissions.push(submission);
        if (submission.pdf === "pending") this.queuePdf(state, submission);
      }
      return { status, submission: state.submissions.find((s) => s.version === version) ?? submission, findings };
    });
  }

  /**
   * A version's PDF/A, made after the version was acknowledged, one at a time: the PDF takes its name first, then
   * the manifest is replaced by one that records it. A kill between the two leaves a PDF no manifest records,
   * which the next start removes and makes again (recover).
   */
  private queuePdf(state: AgencyState, submission: Submission): void {
    this.pdfQueue = this.pdfQueue.then(() => this.makePdf(state, submission)).catch(() => undefined);
  }

  private async makePdf(state: AgencyState, submission: Submission): Promise<void> {
    if (this.closed) return;
    if (!this.pdfAvailable) return void (submission.pdf = "unavailable");
    const folder = this.versionFolder(state, submission.version);
    const manifest = await this.manifestIn(folder);
    if (!manifest || manifest.pdf) return;
    const docx = await readRegularFile(join(folder, manifest.output.file));
    if (!("bytes" in docx)) return void (submission.pdf = "failed");
    const [outcome] = await convertManyToPdf([docx.bytes], this.options.archive, {
      pdfA: true,
      ...(this.options.soffice ? { soffice: this.options.soffice } : {}),
    });
    if (this.closed) return;
    if (outcome.status === "ok") {
      const names = namesOf(manifest);
      const pdfName = names.pdf;
      await writeFileAtomic(join(folder, pdfName), outcome.bytes);
      const recorded: Manifest = { ...manifest, pdf: { file: pdfName, sha256: sha256(outcome.bytes), fonts: outcome.fonts, pdfA: true } };
      await writeFileAtomic(join(folder, names.manifest), manifestBytes(recorded), { overwrite: true });
      submission.files = [...new Set([...submission.files, pdfName])];
      submission.pdf = "ready";
    } else {
      if (outcome.status === "unavailable") this.pdfAvailable = false;
      submission.pdf = outcome.status;
    }
    await appendAudit(this.options.auditFile, {
      time: this.now().toISOString(),
      agency: state.agency,
      action: "pdf",
      result: submission.pdf,
      version: submission.version,
    });
  }

  /** Waits for the PDFs queued so far (tests, and a clean stop). */
  async pdfsDone(): Promise<void> {
    let queue;
    do {
      queue = this.pdfQueue;
      await queue;
    } while (queue !== this.pdfQueue);
  }

  /** An agency's versions, newest first. */
  submissions(agency: string): Submission[] {
    return [...this.stateOf(agency).submissions].reverse();
  }

  /** The bytes of a file of an agency's version, when the version records it; undefined otherwise. */
  async download(agency: string, version: number, name: string): Promise<Uint8Array | undefined> {
    const state = this.stateOf(agency);
    const submission = state.submissions.find((s) => s.version === version);
    if (!submission?.files.includes(name)) return undefined;
    const read = await readRegularFile(join(this.versionFolder(state, version), name));
    return "bytes" in read ? read.bytes : undefined;
  }

  /** Every agency on the list, in its order, with where it stands. */
  overview(): OverviewRow[] {
    return [...this.states.values()].map((state) => {
      const current = state.submissions.at(-1);
      const attempt = state.lastAttempt;
      return {
        agency: state.agency,
        state: current ? "submitted" : attempt ? "errors" : "none",
        ...(current ? { current } : {}),
        ...(attempt ? { attempt } : {}),
        errors: attempt?.errors ?? 0,
        warnings: attempt?.warnings ?? current?.warnings ?? 0,
      };
    });
  }

  /** The batch's summary workbook (汇总.xlsx) of the current submissions: every agency a row, its figures when filed. */
  async summary(): Promise<Uint8Array> {
    const entries: SummaryEntry[] = [];
    for (const row of this.overview()) {
      const state = this.stateOf(row.agency);
      const current = row.current;
      const status = current ? DESK_TEXT.stateSubmitted(current.version) : row.attempt ? DESK_TEXT.stateErrors : DESK_TEXT.stateNone;
      if (!current) {
        entries.push({ file: "", agency: row.agency, status, counted: false, errors: row.errors, warnings: row.warnings, findings: [] });
        continue;
      }
      const { source, edition, prepared } = await this.readingOf(state, current.version);
      entries.push({
        file: source,
        agency: row.agency,
        year: prepared?.report?.year ?? this.options.year,
        edition: prepared?.report?.edition ?? edition,
        status,
        counted: true,
        errors: 0,
        warnings: current.warnings,
        ...(prepared?.figures ? { figures: prepared.figures } : {}),
        findings: prepared?.findings ?? [],
      });
    }
    return summaryWorkbookBytes(entries, { year: this.options.year, madeAt: this.now() });
  }

  /**
   * A filed version's source read and checked again, for the summary's figures and findings: once per version, as
   * a version never changes once filed (only its PDF is added).
   */
  private readingOf(state: AgencyState, version: number): Promise<VersionReading> {
    const key = `${state.key}/v${version}`;
    if (!this.readings.has(key)) {
      const reading = (async () => {
        const folder = this.versionFolder(state, version);
        const manifest = (await this.manifestIn(folder))!;
        const source = manifest.source!.file;
        const read = await readRegularFile(join(folder, source));
        const prepared = "bytes" in read ? await this.prepare(source, read.bytes) : undefined;
        return { source, edition: manifest.edition, prepared };
      })();
      // A failure is not kept: the next summary reads the version again.
      reading.catch(() => this.readings.delete(key));
      this.readings.set(key, reading);
    }
    return this.readings.get(key)!;
  }

  /** A zip of every agency's current documents (.docx, .html, the PDF when made), one folder per agency. */
  async documentsZip(): Promise<Uint8Array> {
    const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
    for (const state of this.states.values()) {
      const current = state.submissions.at(-1);
      if (!current) continue;
      for (const name of current.files.filter((n) => /\.(docx|html|pdf)$/.test(n) && !n.endsWith(".manifest.json"))) {
        const read = await readRegularFile(join(this.versionFolder(state, current.version), name));
        if ("bytes" in read) files[`${state.key}/${name}`] = [read.bytes, { mtime: new Date(current.at) }];
      }
    }
    return zipSync(files, { level: 6 });
  }

  verify(): Promise<VerifyResult> {
    return verifyArchive(this.options.archive);
  }

  async close(): Promise<void> {
    this.closed = true;
    // The conversion under way ends (those queued behind it do not start): nothing writes once the desk is closed.
    await Promise.all([...this.locks.values(), this.pdfQueue]);
    await this.pool?.destroy();
    this.pool = undefined;
  }
}
