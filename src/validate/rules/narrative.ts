import { makeFinding } from "../../findings/finding.js";
import { defineRule } from "./context.js";

/** rules.md V3: sections 一 and 五 need at least one paragraph; a bare heading is not publishable. */
export const checkRequiredSections = defineRule(["text/section-empty"], (context) =>
  context.edition.fields
    .filter((field) => field.type === "paragraphs" && field.required)
    .filter((field) => {
      const paragraphs = context.values[field.id];
      return Array.isArray(paragraphs) ? paragraphs.length === 0 : !context.reported.has(field.id);
    })
    .map((field) => makeFinding("text/section-empty", context.locate(field.id), { label: field.label })),
);
