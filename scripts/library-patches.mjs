/**
 * esbuild plugins for the command's bundles (bundle-cli.mjs, release.mjs) and the page (build-page.mjs): costs of a
 * cold start that are the libraries' own, taken off without changing what they compute. The build stops if a
 * library's code no longer reads as expected. The library (dist/index.js, tsc's) runs the libraries as they are; a
 * test compares the bundled command's .docx with the library's, byte for byte.
 */
import { readFileSync } from "node:fs";

/** Replaces `text` in a library file once, or stops the build. */
const patched = (path, text, replacement) => patchedEach(path, [[text, replacement]]);

/** Each replacement made once in a library file, or the build stops. */
function patchedEach(path, replacements) {
  let source = readFileSync(path, "utf8");
  for (const [text, replacement] of replacements) {
    if (source.split(text).length !== 2) throw new Error(`${path} no longer holds ${text} once`);
    source = source.replace(text, replacement);
  }
  return source;
}

/**
 * docxtemplater encodes each rendered part as UTF-8 in script (utf8Length, then writeUtf8), in their first,
 * unoptimised run: 19 ms of the executable's cold generate for a report's document.xml. TextEncoder (Node and every
 * browser) writes the same bytes natively for text that is well-formed UTF-16. Text with a lone surrogate, which
 * docxtemplater writes as three bytes of its own where TextEncoder writes U+FFFD, and parts that are already bytes,
 * keep docxtemplater's own encoding.
 */
export const docxtemplaterUtf8ByTextEncoder = {
  name: "docxtemplater-utf8-by-text-encoder",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]docxtemplater[\\/]js[\\/]postrender\.js$/ }, ({ path }) => {
      const source = patchedEach(path, [
        [
          "var output = new Uint8Array(utf8Length(newParts));",
          "var output = utf8ByTextEncoder(newParts);\n  var encodedNatively = output !== undefined;\n  if (!encodedNatively) output = new Uint8Array(utf8Length(newParts));",
        ],
        ["writeUtf8(newParts, output);", "if (!encodedNatively) writeUtf8(newParts, output);"],
      ]);
      const contents = `${source}
function utf8ByTextEncoder(parts) {
  if (typeof TextEncoder === "undefined") return undefined;
  for (var i = 0; i < parts.length; i++) if (typeof parts[i] !== "string") return undefined;
  var text = parts.join("");
  return typeof text.isWellFormed === "function" && text.isWellFormed() ? new TextEncoder().encode(text) : undefined;
}
`;
      return { contents, loader: "js" };
    });
  },
};

/**
 * fflate's build for browsers in place of its build for Node: the two differ only in how the asynchronous functions
 * start their workers, and nianbao calls only the synchronous ones (zipSync, Inflate). The Node build loads
 * node:worker_threads when it starts: 13–15 ms against 9–11 ms to import it cold on Node 24.
 */
export const fflateWithoutWorkers = {
  name: "fflate-without-workers",
  setup(builder) {
    builder.onResolve({ filter: /^fflate$/ }, ({ resolveDir, kind }) => builder.resolve("fflate/browser", { resolveDir, kind }));
  },
};

/**
 * xmldom's entity tables are frozen copies: `Object.create(null, Object.getOwnPropertyDescriptors(table))` of 2,125
 * HTML entities took 15–17 ms of a cold start on Node 24 (each report's docxtemplater loads xmldom). The tables are
 * object literals nothing else holds, so the literal itself is made prototype-less and frozen: the same object to
 * every reader (no prototype, the same own properties, frozen), in 0.3 ms.
 */
export const xmldomEntitiesFrozenInPlace = {
  name: "xmldom-entities-frozen-in-place",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]@xmldom[\\/]xmldom[\\/]lib[\\/]entities\.js$/ }, ({ path }) => {
      const contents = patched(
        path,
        "var freeze = require('./conventions').freeze;",
        "var freeze = function (literal) { return Object.freeze(Object.setPrototypeOf(literal, null)); };",
      );
      // Every use is a table written out where it is frozen.
      if ((contents.match(/freeze\(/g) ?? []).length !== 3 || (contents.match(/= freeze\(\{/g) ?? []).length !== 2)
        throw new Error(`${path}: its tables are no longer two literals frozen where they are written`);
      return { contents, loader: "js" };
    });
  },
};

/**
 * A plugin giving an export of PizZip's `file` to Node's zlib where there is one: the assignment `exported` opens
 * (as PizZip writes it) becomes `var inScript = …`, which the page (no `process`) keeps, and `byZlib`, code that may
 * use `zlib` and `inScript`, is exported in its place. process.getBuiltinModule (Node 20.16) comes after zlib.crc32
 * (Node 20.15): where there is the one, there is the other.
 */
function pizzipByZlib(name, file, exported, inScript, byZlib) {
  const [target, value] = exported.split(" = ");
  return {
    name,
    setup(builder) {
      builder.onLoad({ filter: new RegExp(`[\\\\/]pizzip[\\\\/]js[\\\\/]${file.replace(".", "\\.")}$`) }, ({ path }) => {
        const source = patched(path, exported, `var ${inScript} = ${value}`);
        const contents = `${source}
var zlib = typeof process !== "undefined" && process.getBuiltinModule ? process.getBuiltinModule("node:zlib") : undefined;
${target} = zlib ? ${byZlib} : ${inScript};
`;
        return { contents, loader: "js" };
      });
    },
  };
}

/**
 * PizZip computes the checksum of each part it writes (a report's document.xml: 110 KB) in script, in its first,
 * unoptimised run: 5–10 ms of a cold generate. Node's zlib.crc32 (Node 20.15 and later) computes the same number
 * natively. Strings and plain arrays, and the page (no `process`), keep PizZip's own. The result is PizZip's: a
 * signed 32-bit number, 0 for no data.
 */
export const pizzipChecksumsByZlib = pizzipByZlib(
  "pizzip-checksums-by-zlib",
  "crc32.js",
  "module.exports = function crc32(input, crc) {",
  "crc32InScript",
  `function crc32(input, crc) {
      if (typeof input === "undefined" || !input.length) return 0;
      if (!ArrayBuffer.isView(input)) return crc32InScript(input, crc);
      return zlib.crc32(input, (crc || 0) >>> 0) | 0;
    }`,
);

/**
 * PizZip inflates the parts it reads (a template's document.xml, its styles and relationships) with pako, in script,
 * in its first, unoptimised run: 5 ms for the standard template's document.xml alone. Node's zlib gives the same
 * bytes natively: what a deflate stream inflates to is fixed by the stream (writing is another matter: the bytes a
 * deflater writes differ between implementations, so PizZip still deflates with pako). The page keeps pako.
 */
export const pizzipInflateByZlib = pizzipByZlib(
  "pizzip-inflate-by-zlib",
  "flate.js",
  "exports.uncompress = function (input) {",
  "uncompressInScript",
  `function (input) {
      var inflated = zlib.inflateRawSync(input);
      return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
    }`,
);

/**
 * `const name = expression;` in a library module, made when the module first calls `name.method(…)`, the one thing it
 * does with it (the build stops otherwise). The stand-in object has that method alone.
 */
function madeOnFirstUse(source, path, name, expression, method) {
  const declaration = `const ${name} = ${expression};`;
  const code = source.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "");
  const uses = code.match(new RegExp(`\\b${name}\\b`, "g")) ?? [];
  const calls = code.split(`${name}.${method}(`).length - 1;
  if (!code.includes(declaration) || uses.length !== calls + 1)
    throw new Error(`${path}: ${name} is no longer made once and used only by .${method}()`);
  const madeBy = `${name}MadeOnFirstUse`;
  return source.replace(
    declaration,
    `let ${madeBy};\nconst ${name} = { ${method}: (text) => (${madeBy} ??= ${expression}).${method}(text) };`,
  );
}

/**
 * yargs loads string-width three times (its own 8.x, and cliui's and wrap-ansi's 7.x), and each makes an
 * Intl.Segmenter when it loads: the first loads ICU's break rules, 12–20 ms of every cold start on Node 24. The 8.x
 * also compiles /^\p{RGI_Emoji}$/v, 7 ms. Only help text measures widths, so both are made when a width is first
 * measured. Modules without them (string-width 4, which cli-progress loads) stay as they are.
 */
export const stringWidthMadeOnFirstUse = {
  name: "string-width-made-on-first-use",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, ({ path }) => {
      let source = readFileSync(path, "utf8");
      if (!source.includes("new Intl.Segmenter()")) return undefined;
      source = madeOnFirstUse(source, path, "segmenter", "new Intl.Segmenter()", "segment");
      const rgiEmoji = "/^\\p{RGI_Emoji}$/v";
      if (source.includes(rgiEmoji)) source = madeOnFirstUse(source, path, "rgiEmojiRegex", rgiEmoji, "test");
      return { contents: source, loader: "js" };
    });
  },
};

/** What the page's bundle carries: the patches that need nothing of Node's (the page has fflate's browser build already). */
export const PAGE_PATCHES = [xmldomEntitiesFrozenInPlace, docxtemplaterUtf8ByTextEncoder];

/** What every bundle of the command carries: its script, its batch worker, and the executable's thread modules. */
export const COMMAND_PATCHES = [
  ...PAGE_PATCHES,
  pizzipChecksumsByZlib,
  pizzipInflateByZlib,
  fflateWithoutWorkers,
  stringWidthMadeOnFirstUse,
];
