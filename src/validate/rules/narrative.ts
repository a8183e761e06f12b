import { makeFinding } from "../../findings/finding.js";
import type { Paragraph } from "../../report/report.js";
import { DRAFT_MARKER } from "../../schema/narrative.js";
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

/**
 * Paragraphs `init --from` carried over from last year and nobody rewrote: never to be published. One finding per
 * section, at its first such paragraph, with the others as related cells.
 */
export const checkDraftsRewritten = defineRule(["text/draft-not-rewritten"], (context) =>
  context.edition.fields
    .filter((field) => field.type === "paragraphs" && Array.isArray(context.values[field.id]))
    .flatMap((field) => {
      const drafts = (context.values[field.id] as Paragraph[]).flatMap((paragraph, index) =>
        paragraph.text.includes(DRAFT_MARKER) ? [context.locateParagraph(field.id, index)] : [],
      );
      if (drafts.length === 0) return [];
      const [first, ...others] = drafts;
      return [
        makeFinding(
          "text/draft-not-rewritten",
          { ...first, related: others },
          { label: field.label, marker: DRAFT_MARKER, actual: drafts.length },
        ),
      ];
    }),
);
