import type { Plugin } from "esbuild";

export declare const xmldomEntitiesFrozenInPlace: Plugin;
export declare const pizzipChecksumsByZlib: Plugin;
export declare const pizzipInflateByZlib: Plugin;
