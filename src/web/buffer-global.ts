/**
 * The Buffer the shared readers use (Buffer's methods on the bytes of a file), for the page: esbuild injects this
 * module wherever the bundle names the global Buffer. The `buffer` package is Node's Buffer API in plain JavaScript.
 */
export { Buffer } from "buffer";
