/**
 * An esbuild plugin for the command's bundles (bundle-cli.mjs, release.mjs): `import ExcelJS from "exceljs"` gets
 * exceljs's Workbook alone. exceljs's entry also loads its streaming reader and writer (unzipper, archiver, tmp),
 * which the command never uses, and exceljs's Workbook loads its CSV support (fast-csv) for a `csv` getter nothing
 * calls: measured on Node 24, require("exceljs") takes 166 ms cold against 50 ms for the Workbook without CSV. The
 * library (dist/index.js, tsc's) still imports exceljs whole. The command uses ExcelJS.Workbook and types only; a
 * use of workbook.csv in a bundle throws.
 */
import process from "node:process";

export const exceljsWorkbookOnly = {
  name: "exceljs-workbook-only",
  setup(builder) {
    builder.onResolve({ filter: /^exceljs$/ }, () => ({ path: "exceljs", namespace: "exceljs-workbook-only" }));
    builder.onLoad({ filter: /.*/, namespace: "exceljs-workbook-only" }, () => ({
      contents: 'module.exports = { Workbook: require("exceljs/lib/doc/workbook.js") };',
      resolveDir: process.cwd(),
      loader: "js",
    }));
    builder.onResolve({ filter: /^\.\.\/csv\/csv$/ }, ({ importer }) =>
      /[\\/]exceljs[\\/]lib[\\/]doc[\\/]workbook\.js$/.test(importer) ? { path: "csv", namespace: "exceljs-without-csv" } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: "exceljs-without-csv" }, () => ({
      contents: 'module.exports = function WithoutCsv() { throw new Error("exceljs CSV is not in this build"); };',
      loader: "js",
    }));
  },
};
