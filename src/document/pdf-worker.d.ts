/** pdf.js's parser, which it runs on this thread in Node (pdf-text.ts hands it over); pdfjs-dist declares no types for it. */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
