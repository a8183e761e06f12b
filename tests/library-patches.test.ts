/**
 * The bundles' library patches (scripts/library-patches.mjs) compute what the libraries compute: each patched
 * module is bundled here with its plugin, run, and compared with the library's own module on the same inputs.
 */
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deflateRawSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  docxtemplaterUtf8ByTextEncoder,
  pizzipChecksumsByZlib,
  pizzipInflateByZlib,
  stringWidthMadeOnFirstUse,
  xmldomEntitiesFrozenInPlace,
} from "../scripts/library-patches.mjs";

const require = createRequire(import.meta.url);

/** The module at `path` bundled with the plugin, run as CommonJS with this process's `process` (or none). */
async function bundled(path: string, plugin: Plugin, withProcess = true): Promise<unknown> {
  const result = await build({
    entryPoints: [require.resolve(path)],
    bundle: true,
    write: false,
    format: "cjs",
    platform: "node",
    plugins: [plugin],
    logLevel: "silent",
  });
  const module = { exports: {} as unknown };
  new Function("module", "exports", "require", "process", result.outputFiles[0].text)(
    module,
    module.exports,
    require,
    withProcess ? process : undefined,
  );
  return module.exports;
}

type Crc32 = (input: unknown, crc?: number) => number;

describe("PizZip's checksums by zlib", () => {
  const original = require("pizzip/js/crc32.js") as Crc32;

  it("gives PizZip's number for bytes, with and without a running checksum, and 0 for nothing", async () => {
    const patched = (await bundled("pizzip/js/crc32.js", pizzipChecksumsByZlib)) as Crc32;
    expect(patched).not.toBe(original);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), (bytes, crc) => {
        const running = crc ?? undefined;
        expect(patched(bytes, running)).toBe(original(bytes, running));
        expect(patched(Buffer.from(bytes), running)).toBe(original(Buffer.from(bytes), running));
      }),
      { numRuns: 500 },
    );
    // Known values: CRC-32 of "123456789" is 0xCBF43926, which PizZip gives signed.
    expect(patched(Buffer.from("123456789"))).toBe(0xcbf43926 | 0);
    expect([patched(undefined), patched(new Uint8Array(0), 1234), patched("", 5)]).toEqual([0, 0, 0]);
  });

  it("leaves strings and plain arrays to PizZip's own, and keeps PizZip's own where there is no process", async () => {
    const patched = (await bundled("pizzip/js/crc32.js", pizzipChecksumsByZlib)) as Crc32;
    // A binary string: each character one byte, which zlib would have encoded as UTF-8.
    const binary = "\u00ff\u00fe abc \u0080";
    expect(patched(binary)).toBe(original(binary));
    expect(patched([255, 254, 1])).toBe(original([255, 254, 1]));
    const inPage = (await bundled("pizzip/js/crc32.js", pizzipChecksumsByZlib, false)) as Crc32;
    expect(inPage(Buffer.from("123456789"))).toBe(0xcbf43926 | 0);
    // PizZip's own table, not zlib, in the page; zlib where there is a process.
    expect([inPage.toString().includes("zlib"), patched.toString().includes("zlib.crc32")]).toEqual([false, true]);
  });
});

describe("PizZip's inflating by zlib", () => {
  type Flate = { uncompress: (input: Uint8Array) => Uint8Array; compress: (input: Uint8Array, options: object) => Uint8Array };
  const original = require("pizzip/js/flate.js") as Flate;

  it("gives pako's bytes, as a plain Uint8Array, and still deflates with pako", async () => {
    const patched = (await bundled("pizzip/js/flate.js", pizzipInflateByZlib)) as Flate;
    expect(patched.uncompress).not.toBe(original.uncompress);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.integer({ min: 0, max: 9 }), (bytes, level) => {
        const deflated = deflateRawSync(bytes, { level });
        const inflated = patched.uncompress(deflated);
        expect(Object.getPrototypeOf(inflated)).toBe(Uint8Array.prototype);
        expect([...inflated]).toEqual([...original.uncompress(deflated)]);
        // What PizZip writes stays pako's.
        expect([...patched.compress(bytes, {})]).toEqual([...original.compress(bytes, {})]);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses what is not deflate data, and keeps pako where there is no process", async () => {
    const patched = (await bundled("pizzip/js/flate.js", pizzipInflateByZlib)) as Flate;
    expect(() => patched.uncompress(Uint8Array.of(0xff, 0xff, 0xff, 0xff))).toThrow();
    const inPage = (await bundled("pizzip/js/flate.js", pizzipInflateByZlib, false)) as Flate;
    expect([inPage.uncompress.toString().includes("inflateRawSync"), patched.uncompress.toString().includes("inflateRawSync")]).toEqual([
      false,
      true,
    ]);
    expect(Buffer.from(inPage.uncompress(deflateRawSync("页面"))).toString()).toBe("页面");
  });
});

describe("xmldom's entity tables frozen in place", () => {
  it("are the library's tables: no prototype, the same entries, frozen", async () => {
    const original = require("@xmldom/xmldom/lib/entities.js") as Record<string, Record<string, string>>;
    const patched = (await bundled("@xmldom/xmldom/lib/entities.js", xmldomEntitiesFrozenInPlace)) as typeof original;
    expect(Object.keys(patched)).toEqual(Object.keys(original));
    for (const table of ["XML_ENTITIES", "HTML_ENTITIES"]) {
      expect(Object.getPrototypeOf(patched[table])).toBeNull();
      expect(Object.isFrozen(patched[table])).toBe(true);
      expect(Object.entries(patched[table])).toEqual(Object.entries(original[table]));
    }
    expect(Object.keys(patched.HTML_ENTITIES).length).toBeGreaterThan(2000);
    expect("constructor" in patched.HTML_ENTITIES).toBe(false);
  });
});

describe("docxtemplater's UTF-8 by TextEncoder", () => {
  type Postrender = (parts: unknown[], options: object) => Uint8Array;
  const original = require("docxtemplater/js/postrender.js") as Postrender;
  // What docxtemplater's own render passes: no module, its joining left out (parts as they are).
  const options = () => ({ modules: [], joinUncorrupt: (parts: unknown[]) => parts });
  /** Any UTF-16 code unit, lone surrogates included. */
  const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) });

  it("writes docxtemplater's bytes for any text, numbers and bytes among the parts", async () => {
    const patched = (await bundled("docxtemplater/js/postrender.js", docxtemplaterUtf8ByTextEncoder)) as Postrender;
    expect(patched).not.toBe(original);
    const part = fc.oneof(fc.string({ unit: "grapheme" }), codeUnits, fc.integer(), fc.uint8Array({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        const written = patched([...parts], options());
        expect(Object.getPrototypeOf(written)).toBe(Uint8Array.prototype);
        expect([...written]).toEqual([...original([...parts], options())]);
      }),
      { numRuns: 500 },
    );
  });

  it("encodes well-formed text natively, and leaves a lone surrogate to docxtemplater's three bytes", async () => {
    const patched = (await bundled("docxtemplater/js/postrender.js", docxtemplaterUtf8ByTextEncoder)) as Postrender;
    expect([...patched(["<w:t>", "年报", 2025, "</w:t>"], options())]).toEqual([...Buffer.from("<w:t>年报2025</w:t>")]);
    // U+D800 alone: docxtemplater writes ED A0 80 (TextEncoder would write EF BF BD).
    expect([...patched(["a\ud800", "b"], options())]).toEqual([0x61, 0xed, 0xa0, 0x80, 0x62]);
    // An emoji split across two parts is still one code point.
    expect([...patched(["\ud83d", "\ude00"], options())]).toEqual([...Buffer.from("😀")]);
  });
});

describe("string-width's segmenter and emoji pattern made on first use", () => {
  type StringWidth = (text: string, options?: object) => number;
  // yargs's own string-width (8.x) and cliui's (7.x); the 4.x has no segmenter and is left as it is.
  const installed = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));
  const versions = ["string-width/index.js", "cliui/node_modules/string-width/index.js"].map(installed);

  /** The patched module, loaded while Intl.Segmenter counts what is made; then the count after each call. */
  async function countingSegmenters(path: string) {
    const made: string[] = [];
    const Original = Intl.Segmenter;
    class Counting extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made.push("segmenter");
      }
    }
    Object.defineProperty(Intl, "Segmenter", { value: Counting, configurable: true, writable: true });
    try {
      const patched = ((await bundled(path, stringWidthMadeOnFirstUse)) as { default: StringWidth }).default;
      const afterLoading = made.length;
      const widths = [patched("年报 report"), patched("👨‍👩‍👧"), patched("abc")];
      return { afterLoading, afterUse: made.length, widths };
    } finally {
      Object.defineProperty(Intl, "Segmenter", { value: Original, configurable: true, writable: true });
    }
  }

  it.each(versions)("%s makes no segmenter when it loads, and one when a width is first measured", async (path) => {
    const { afterLoading, afterUse, widths } = await countingSegmenters(path);
    expect([afterLoading, afterUse]).toEqual([0, 1]);
    expect(widths).toEqual([11, 2, 3]);
  });

  it.each(versions)("%s measures every text as the library does", async (path) => {
    const original = ((await import(pathToFileURL(path).href)) as { default: StringWidth }).default;
    const patched = ((await bundled(path, stringWidthMadeOnFirstUse)) as { default: StringWidth }).default;
    const piece = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("👍🏽", "1\u20e3", "\u1100\u1161", "ｶﾞ", "\u001b[31m", "e\u0301", "\u200b"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), fc.boolean(), (pieces, ambiguousIsNarrow) => {
        const text = pieces.join("");
        expect(patched(text, { ambiguousIsNarrow })).toBe(original(text, { ambiguousIsNarrow }));
      }),
      { numRuns: 300 },
    );
  });

  it("leaves a string-width without a segmenter to esbuild", async () => {
    const build = stringWidthMadeOnFirstUse.setup as (builder: object) => void;
    let onLoad: ((args: { path: string }) => unknown) | undefined;
    build({ onLoad: (_options: object, callback: typeof onLoad) => (onLoad = callback) });
    expect(onLoad?.({ path: installed("cli-progress/node_modules/string-width/index.js") })).toBeUndefined();
  });
});
