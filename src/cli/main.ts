#!/usr/bin/env node
import module from "node:module";
import { isSea } from "node:sea";

// Node 22.1 and later keep the code they compile on disk (in the system's temporary folder), so that a later start
// skips compiling the libraries again (measured on Node 24: a cold generate 0.58 → 0.47 s). Node 20 has no such
// cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Turned on before the command line's modules are imported, so
// that they are cached too; not in the single executables, which run one embedded script (Linux's with V8's code cache).
if (!isSea()) (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// Imported, not awaited at the top level: the single executable (npm run release) runs this module as CommonJS.
void import("./start.js").then(({ runProcess }) => runProcess());
