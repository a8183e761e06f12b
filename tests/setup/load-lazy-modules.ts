/**
 * Mutation testing's setup (vitest.mutation.config.ts): loads up front the modules the command loads lazily (see
 * src/cli/run.ts, src/pipeline/load.ts, src/pipeline/template.ts, src/pipeline/prepare-pool.ts). Stryker tells
 * module-level code (a regular expression, a table) by it running before any test; a module first loaded inside a
 * test would have its module-level mutants credited to that test, which cannot see them switched on.
 */
import "../../src/index.js";
import "../../src/input/read-json.js";
import "../../src/published/read-published.js";
import "../../src/pipeline/prepare.js";
import "../../src/templates/lint-template.js";
import "../../src/cli/run.js";
import "../../src/cli/check-command.js";
import "../../src/cli/generate-command.js";
import "../../src/cli/init-command.js";
import "../../src/cli/template-command.js";
import "../../src/cli/verify-command.js";
