/** vitest setupFiles: folders a test file made outside its tests (tests/helpers/temp.ts) go when its tests end. */
import { afterAll } from "vitest";
import { removeFoldersMadeOutsideTests } from "../helpers/temp.js";

afterAll(removeFoldersMadeOutsideTests);
