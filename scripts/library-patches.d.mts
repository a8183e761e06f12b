import type { Plugin } from "esbuild";

export declare const xmldomEntitiesFrozenInPlace: Plugin;
export declare const pizzipChecksumsByZlib: Plugin;
export declare const pizzipInflateByZlib: Plugin;
export declare const docxtemplaterUtf8ByTextEncoder: Plugin;
export declare const fflateWithoutWorkers: Plugin;
export declare const stringWidthMadeOnFirstUse: Plugin;
export declare const PAGE_PATCHES: Plugin[];
export declare const COMMAND_PATCHES: Plugin[];
