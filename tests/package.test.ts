/**
 * The built package (issue 25, part 1): `npm pack` holds the built code, the templates, the clerk's page and the
 * example workbooks, and nothing of the repository's own (sources, tests, scripts); installed from the tarball, the
 * command works from any folder and compiles nothing. Packed from the dist/ the tests built (--ignore-scripts: a
 * rebuild would pull dist/ from under the other tests).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./helpers/fixtures.js";

const npm = (args: string[], cwd = resolve(".")) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** What may be in the package, and what must. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^dist\/.+\.(js|d\.ts|html)$/,
  /^templates\/20\d\d\.docx$/,
  /^inputs\/\d{4}-[^/]+\.xlsx$/,
];
/** A package's name as an import names it (a relative path, `node:` and what is not a name are not). */
const PACKAGE_NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w./-]*)?$/;
const REQUIRED = [
  "dist/cli/main.js",
  "dist/index.js",
  "dist/index.d.ts",
  "dist/pipeline/prepare-worker.js",
  "dist/web/nianbao.html",
  "templates/2019.docx",
  "templates/2021.docx",
  "inputs/2025-示范市自然资源局.xlsx",
];

describe("the package npm pack makes", () => {
  it("holds the built code, templates, page and examples, and nothing else", () => {
    const [packed] = JSON.parse(npm(["pack", "--dry-run", "--json", "--ignore-scripts"])) as { files: { path: string }[] }[];
    const files = packed.files.map((file) => file.path);
    expect(files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)))).toEqual([]);
    expect(REQUIRED.filter((file) => !files.includes(file))).toEqual([]);
  });

  it("unpacked, runs from any folder: templates found beside the code, nothing compiled", () => {
    const dir = tempDir();
    execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", dir], { stdio: "ignore" });
    const tarball = readdirSync(dir).find((name) => name.endsWith(".tgz"))!;
    execFileSync("tar", ["xzf", tarball], { cwd: dir });
    // Its dependencies as an install would give them (the repository's, which hold them all): no registry here.
    symlinkSync(resolve("node_modules"), join(dir, "package", "node_modules"), "dir");
    const elsewhere = tempDir();
    const cli = join(dir, "package", "dist", "cli", "main.js");
    const run = spawnSync(process.execPath, [cli, "generate", resolve("inputs/2025-示范市自然资源局.xlsx")], {
      cwd: elsewhere,
      encoding: "utf8",
    });
    expect([run.status, run.stdout]).toEqual([0, expect.stringContaining("校验通过")]);
    expect(existsSync(join(elsewhere, "outputs", "2025年示范市自然资源局政府信息公开工作年度报告.docx"))).toBe(true);
  });

  it("imports at run time only Node's own modules and its declared dependencies", () => {
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    const declared = new Set(Object.keys(manifest.dependencies));
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith(".js") ? [join(dir, entry.name)] : [],
      );
    const packageOf = (specifier: string) =>
      specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
    const undeclared = new Set<string>();
    for (const file of files("dist").filter((path) => !path.startsWith(join("dist", "web")))) {
      const code = readFileSync(file, "utf8");
      const specifiers = [
        ...code.matchAll(/^\s*(?:import|export)\b[^;"']*?\bfrom\s*["']([^"']+)["']/gm),
        ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
        ...code.matchAll(/\b(?:import|require)\(\s*["']([^"']+)["']\s*\)/g),
      ].map((match) => match[1]);
      for (const specifier of specifiers.filter((name) => PACKAGE_NAME.test(name))) {
        const name = packageOf(specifier);
        if (!builtinModules.includes(name) && !declared.has(name)) undeclared.add(`${name} (${file})`);
      }
    }
    expect([...undeclared]).toEqual([]);
  });
});
