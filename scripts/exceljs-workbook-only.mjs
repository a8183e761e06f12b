/**
 * An esbuild plugin for the command's bundles (bundle-cli.mjs, release.mjs): `import ExcelJS from "exceljs"` gets
 * exceljs's Workbook alone. exceljs's entry also loads its streaming reader and writer (unzipper, archiver, tmp),
 * which the command never uses, and exceljs's Workbook loads its CSV support (fast-csv) for a `csv` getter nothing
 * calls: measured cold on Node 24, require("exceljs") takes 166 ms, its Workbook alone 70 ms, of which CSV 20 ms. The
 * library (dist/index.js, tsc's) still imports exceljs whole. The command uses ExcelJS.Workbook and types only; a
 * use of workbook.csv in a bundle throws.
 */
export const exceljsWorkbookOnly = {
  name: "exceljs-workbook-only",
  setup(builder) {
    // Resolved from where the import stands, as esbuild would have resolved "exceljs" itself.
    builder.onResolve({ filter: /^exceljs$/ }, ({ resolveDir }) => ({
      path: "exceljs",
      namespace: "exceljs-workbook-only",
      pluginData: resolveDir,
    }));
    builder.onLoad({ filter: /.*/, namespace: "exceljs-workbook-only" }, ({ pluginData }) => ({
      contents: 'module.exports = { Workbook: require("exceljs/lib/doc/workbook.js") };',
      resolveDir: pluginData,
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
