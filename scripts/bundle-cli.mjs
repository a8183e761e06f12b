/**
 * Bundles the command line into dist/ after tsc (npm run build): dist/cli/main.js and the batch worker become
 * single files with lazily loaded chunks (dist/chunks/), so that a cold `nianbao check` does not resolve and compile
 * hundreds of small modules. The library (dist/index.js) stays as tsc wrote it.
 *
 * Every output sits one folder below dist/, as tsc's do: the paths the code builds from import.meta.url
 * (../../package.json, ../../templates/, ../pipeline/prepare-worker.js) hold for both.
 */
import { rmSync } from "node:fs";
import { build } from "esbuild";
import { exceljsWorkbookOnly } from "./exceljs-workbook-only.mjs";
import { COMMAND_PATCHES } from "./library-patches.mjs";

// esbuild names chunks by content hash and never removes old ones: without this, dist/chunks/ grows with every build.
rmSync("dist/chunks", { recursive: true, force: true });

await build({
  entryPoints: ["src/cli/main.ts", "src/pipeline/prepare-worker.ts"],
  outbase: "src",
  outdir: "dist",
  bundle: true,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  format: "esm",
  platform: "node",
  target: "node20",
  // tinypool starts its workers from a file of its own, yargs reads its locale files from its folder, and pdf.js
  // loads its worker module from beside its own: they must stay where npm put them.
  external: ["tinypool", "yargs", "pdfjs-dist"],
  // exceljs and others are CommonJS and require() Node's modules, which an ES module bundle has no require() for.
  banner: { js: "import { createRequire as nianbaoRequire } from 'node:module'; const require = nianbaoRequire(import.meta.url);" },
  legalComments: "eof",
  logLevel: "warning",
  plugins: [exceljsWorkbookOnly, ...COMMAND_PATCHES],
});
