/**
 * The clerk's page (issue 20): dist/web/nianbao.html, one file with everything inlined: the page's script, its
 * worker's (the shared library, exceljs's browser build, both standard templates) and its styles. No request to any
 * server: its Content-Security-Policy allows none, so that nothing a clerk opens in it can leave the computer.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { PAGE_PATCHES } from "./library-patches.mjs";

const version = JSON.parse(readFileSync("package.json", "utf8")).version;

/** One script, minified, as text (iife: a classic script, which a file:// page and a blob: worker both run). */
async function bundle(entry, options = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: ["chrome100"],
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    ...options,
  });
  return result.outputFiles[0].text;
}

const worker = await bundle("src/web/worker.ts", {
  inject: ["src/web/buffer-global.ts"],
  // pdf.js (about 3 MB with its worker) is not in the page: a PDF is refused there (src/web/no-pdf.ts).
  alias: {
    "pdfjs-dist/legacy/build/pdf.mjs": "./src/web/no-pdf.ts",
    "pdfjs-dist/legacy/build/pdf.worker.mjs": "./src/web/no-pdf.ts",
  },
  loader: { ".docx": "binary" },
  define: { NIANBAO_VERSION: JSON.stringify(version) },
  plugins: PAGE_PATCHES,
});
const page = await bundle("src/web/main.ts");

/**
 * A script inside <script> must not hold "</script" nor "<!--" (with "<script" after it, the element would not end
 * where it should): the worker's source is a string of the page's script, and those are written with \u003c.
 */
const workerString = JSON.stringify(worker).replace(/<(?=!--|\/?script)/gi, "\\u003c");
const pageScript = `var NIANBAO_WORKER_SOURCE=${workerString};${page}`;
if (/<\/script|<!--/i.test(pageScript)) throw new Error('"</script" or "<!--" in the page\'s script');
const styles = readFileSync("src/web/page.css", "utf8");
const { WEB_TEXT } = await import("../dist/i18n/ui-text.js");

const policy = [
  "default-src 'none'",
  "script-src 'unsafe-inline' blob:",
  "worker-src blob:",
  "style-src 'unsafe-inline'",
  "img-src data:",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");

const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nianbao ${version}">
<title>${WEB_TEXT.title}</title>
<style>${styles}</style>
</head>
<body>
<main id="app"></main>
<script>${pageScript}</script>
</body>
</html>
`;

mkdirSync("dist/web", { recursive: true });
writeFileSync("dist/web/nianbao.html", html);
