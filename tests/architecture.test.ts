/**
 * The shape of src/: folders import only downwards (cli → pipeline → readers, rules, rendering → findings → schema),
 * and the public API (src/index.ts) exposes our own types only: no exceljs or zod type crosses it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, posix, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Each folder's layer: a module may import from lower layers and its own folder only. */
const LAYER: Record<string, number> = {
  schema: 0,
  values: 1,
  i18n: 1,
  report: 1,
  findings: 2,
  input: 3,
  document: 3,
  io: 3,
  pdf: 3,
  render: 3,
  narrative: 3,
  workbook: 4,
  published: 4,
  validate: 4,
  templates: 4,
  outputs: 4,
  pipeline: 5,
  // The page (browser) below the desk that serves it, and the desk below the command line that starts it.
  web: 5.5,
  desk: 6,
  cli: 6.5,
  "index.ts": 7,
};

const SRC = resolve("src");
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
const folderOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0];

/** Every import of a module, static and dynamic, by the TypeScript scanner (not by pattern matching). */
const specifiersOf = (file: string): string[] =>
  ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((imported) => imported.fileName);

/** Relative imports of a module, as the files they name. */
const importsOf = (file: string): string[] =>
  specifiersOf(file)
    .filter((name) => name.startsWith("."))
    .filter((name) => !name.endsWith(".docx"))
    .map((name) => resolve(dirname(file), name.replace(/\.js$/, ".ts")));

/** The modules a bundle of these entries holds: every module they reach by relative imports. */
function reachable(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    importsOf(file).forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}

describe("src/ folders", () => {
  const edges = sourceFiles(SRC).flatMap((file) =>
    importsOf(file).map((target) => [folderOf(file), folderOf(target), relative(SRC, file)] as const),
  );

  it("every folder has a layer", () => {
    const folders = new Set(sourceFiles(SRC).map(folderOf));
    expect([...folders].filter((folder) => LAYER[folder] === undefined)).toEqual([]);
  });

  it("import only from lower layers (so the folder graph has no cycle)", () => {
    const upward = edges
      .filter(([from, to]) => from !== to && LAYER[from] <= LAYER[to])
      .map(([from, to, file]) => `${file}: ${from} → ${to}`);
    expect(upward).toEqual([]);
  });
});

describe("the clerk's page (issue 20)", () => {
  const bundled = reachable([join(SRC, "web/main.ts"), join(SRC, "web/worker.ts")]);
  const isNodeModule = (name: string) => name.startsWith("node:") || builtinModules.includes(name.split("/")[0]);

  it("bundles no module that imports one of Node's", () => {
    const offending = bundled.flatMap((file) =>
      specifiersOf(file)
        .filter(isNodeModule)
        .map((name) => `${relative(SRC, file)}: ${name}`),
    );
    expect(offending).toEqual([]);
  });

  it("bundles the stages themselves, not copies: the engine reaches load, check, render and init", () => {
    const names = bundled.map((file) => relative(SRC, file).replaceAll("\\", "/"));
    for (const stage of [
      "pipeline/load-bytes.ts",
      "pipeline/check-report.ts",
      "pipeline/prepared-template.ts",
      "pipeline/new-workbook.ts",
      "validate/run-rules.ts",
    ])
      expect(names).toContain(stage);
    expect(names).not.toContain("pipeline/load.ts");
  });
});

describe("the public API", () => {
  it("declares no exceljs or zod type", () => {
    const emitted = new Map<string, string>();
    const program = ts.createProgram(["src/index.ts"], {
      declaration: true,
      emitDeclarationOnly: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      skipLibCheck: true,
      rootDir: "src",
      outDir: "/virtual",
    });
    program.emit(undefined, (fileName, text) => emitted.set(posix.normalize(fileName), text));
    // Follow the declarations index.d.ts reaches, as a user of the package would see them.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || !emitted.has(file)) return;
      seen.add(file);
      for (const imported of ts.preProcessFile(emitted.get(file)!, true, true).importedFiles) {
        if (imported.fileName.startsWith(".")) visit(posix.join(posix.dirname(file), imported.fileName.replace(/\.js$/, ".d.ts")));
      }
    };
    visit("/virtual/index.d.ts");
    expect(seen.size).toBeGreaterThan(10);
    const leaking = [...seen].filter((file) => /from "(exceljs|zod)"|import\("(exceljs|zod)"\)/.test(emitted.get(file)!));
    expect(leaking).toEqual([]);
  });
});
