import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { removeStaleTemporaries } from "../io/atomic-write.js";
import { agencyKey } from "../io/file-names.js";
import { makeFolder } from "../io/folders.js";
import { sha256 } from "../io/hash.js";
import type { OutputKind } from "../outputs/formats.js";
import { formatRecord, type Manifest } from "./manifest.js";
import { documentPaths } from "./paths.js";
import type { Placement, PlacementPlan, ReportDocument } from "./write.js";

/** DIR/2025/贺兰县交通运输局: every version of one agency's report for one year, however its name was typed. */
const archiveFolderOf = (root: string, document: Pick<ReportDocument, "year" | "agency">): string =>
  join(root, String(document.year), agencyKey(document.agency));

/**
 * v1, v2, …: a version number has at most six digits. A folder named beyond that (v100000000000000000000) is not one
 * nianbao made; counted, its number would lose precision and the next version would never be found.
 */
export const VERSION_FOLDER = /^v([1-9]\d{0,5})$/;
const versionFolderName = (version: number) => `v${version}`;

/** The highest version filed so far (0 when none): v1, v2, … sorted by number, not by name. */
async function latestVersion(folder: string): Promise<number> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return Math.max(0, ...names.map((name) => Number(VERSION_FOLDER.exec(name)?.[1] ?? 0)));
}

/**
 * The same input rendered to the same document, with a PDF if one is asked for: re-filing it would add a version
 * that says nothing new. A different template or tool version that changes the document is a new version.
 */
const isUnchanged = (manifest: Manifest | undefined, document: ReportDocument): boolean =>
  !!manifest &&
  manifest.source?.sha256 === document.source.sha256 &&
  (Object.entries(document.files) as [OutputKind, Uint8Array][]).every(
    ([kind, bytes]) => formatRecord(manifest, kind)?.sha256 === sha256(bytes),
  ) &&
  document.conversions.every((kind) => !!formatRecord(manifest, kind));

const ALREADY_THERE = new Set(["EEXIST", "ENOTEMPTY"]);

/**
 * Files a document as the next version of its agency and year: written into a staging folder beside the versions,
 * which takes its version's name in one rename when complete, so that a version is whole or absent. If another run
 * took that number meanwhile, the next one is used: no version is ever written over.
 */
export async function archivePlacement(root: string, document: ReportDocument): Promise<PlacementPlan> {
  const folder = archiveFolderOf(root, document);
  const latest = await latestVersion(folder);
  if (latest > 0) {
    const paths = documentPaths(join(folder, versionFolderName(latest)), document.baseName);
    // Imported here, not above: the manifest's reader brings zod, which a generate without --archive never needs
    // (batch.ts imports this module for its version folders), and loading it cost a cold start about 25 ms.
    const { readManifest } = await import("./read-manifest.js");
    if (isUnchanged(await readManifest(paths.manifest), document)) return { status: "unchanged", version: latest, paths };
  }
  return { status: "place", placement: await nextVersionPlacement(folder) };
}

/** The latest version folder of `folder` (DIR/2025/汇总/v3), when there is one. */
export async function latestVersionFolder(folder: string): Promise<string | undefined> {
  const latest = await latestVersion(folder);
  return latest > 0 ? join(folder, versionFolderName(latest)) : undefined;
}

/** A placement that files what is written into it as the next version of `folder`, in one rename. */
export async function nextVersionPlacement(folder: string): Promise<Placement> {
  await makeFolder(folder);
  // Versions a killed run was staging here are removed once stale, as an output folder's temporary files are.
  await removeStaleTemporaries(folder);
  const staging = join(folder, `.staging-${randomBytes(6).toString("hex")}`);
  await mkdir(staging);
  let committed = false;
  return {
    // A failure names the agency's folder, where the version was to go: the staging folder is ours, not the clerk's.
    write: (name, bytes) =>
      writeFile(join(staging, name), bytes, { flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
        throw Object.assign(error, { path: folder });
      }),
    commit: async () => {
      for (let version = (await latestVersion(folder)) + 1; ; version++) {
        const target = join(folder, versionFolderName(version));
        try {
          // rename() refuses a folder that holds files (a version another run filed meanwhile).
          await rename(staging, target);
          committed = true;
          return { folder: target, version };
        } catch (error) {
          if (!ALREADY_THERE.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
        }
      }
    },
    abandon: async () => {
      if (!committed) await rm(staging, { recursive: true, force: true });
    },
  };
}
