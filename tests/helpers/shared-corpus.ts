/**
 * ../shared/corpus/: real published reports kept as copies from public repositories (its SOURCES.md says which).
 * They are never copied into this repository: tests read them where they are, and skip, saying so, where they are
 * absent (a clone elsewhere, and CI, which runs a copy of the repository with nothing beside it).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const SHARED_CORPUS = resolve("..", "shared", "corpus");

export const hasSharedCorpus = existsSync(SHARED_CORPUS);

/** A file of the shared corpus, by its path there (`html/shanghai-office-2019.html`). */
export const sharedCorpusFile = (path: string): string => join(SHARED_CORPUS, path);

/** What a test that needs the corpus adds to its name, so that a skipped run says why. */
export const NEEDS_SHARED_CORPUS = hasSharedCorpus ? "(../shared/corpus)" : "(skipped: ../shared/corpus is absent here)";
