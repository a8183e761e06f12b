/** The standard templates, inlined into the page's worker by esbuild's binary loader (scripts/build-page.mjs). */
declare module "*.docx" {
  const bytes: Uint8Array;
  export default bytes;
}

/** The tool's version, set by scripts/build-page.mjs from package.json. */
declare const NIANBAO_VERSION: string;
