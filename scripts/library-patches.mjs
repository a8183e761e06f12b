/**
 * esbuild plugins for the command's bundles (bundle-cli.mjs, release.mjs) and the page (build-page.mjs): costs of a
 * cold start that are the libraries' own, taken off without changing what they compute. The build stops if a
 * library's code no longer reads as expected. The library (dist/index.js, tsc's) runs the libraries as they are; a
 * test compares the bundled command's .docx with the library's, byte for byte.
 */
import { readFileSync } from "node:fs";

/** Replaces `text` in a library file once, or stops the build. */
function patched(path, text, replacement) {
  const source = readFileSync(path, "utf8");
  if (source.split(text).length !== 2) throw new Error(`${path} no longer holds ${text} once`);
  return source.replace(text, replacement);
}

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
