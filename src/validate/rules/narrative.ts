import { makeFinding } from "../../findings/finding.js";
import { defineRule } from "./context.js";

/** rules.md V3: sections 一 and 五 need at least one paragraph; a bare heading is not publishable. */
export const checkRequiredSections = defineRule(["text/section-empty"], (context) =>
  context.edition.fields
    .filter((field) => field.type === "paragraphs" && field.required)
    // A section that could not be read (a JSON value of the wrong type) already has its finding.
    .filter((field) => !context.reported.has(field.id))
    .filter((field) => {
      const paragraphs = context.values[field.id];
      return !Array.isArray(paragraphs) || paragraphs.length === 0;
    })
    .map((field) => makeFinding("text/section-empty", context.locate(field.id), { label: field.label })),
);
