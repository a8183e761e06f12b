export * from "./types.js";
export * from "./editions.js";
export { SHEET } from "./sheet-names.js";
export { PARAGRAPH_LEVELS, type ParagraphLevel } from "./narrative.js";
export { DEFAULT_PUBLICITY } from "./meta.js";
export { definedNameOf, cellAddress, columnLetters } from "./a1.js";
export { REVIEW_GROUPS, REVIEW_OUTCOMES } from "./review.js";
export { activeColumnSpan, VALUE_COLUMNS } from "./active.js";
export { REQUEST_COLUMNS } from "./requests.js";
