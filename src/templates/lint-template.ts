import { closest } from "fastest-levenshtein";
import PizZip from "pizzip";
import { makeFinding, type Finding } from "../findings/finding.js";
import { TEMPLATE_ERROR_TEXT } from "../i18n/ui-text.js";
import { EDITION_IDS, EDITIONS } from "../schema/editions.js";
import type { EditionDef, EditionId } from "../schema/types.js";
import { LOOP_TAGS } from "../render/template-data.js";
import { compileTemplate, paragraphsOf, templateTags } from "./template-tags.js";

const WORD_PARTS = /^word\/(document|header\d*|footer\d*)\.xml$/;

const printedFields = (edition: EditionDef) => edition.fields.filter((f) => f.printed !== false);

/** The edition whose field ids the template uses most: a customised template says which it is by its tags. */
export function guessEdition(tags: string[]): EditionId {
  const score = (id: EditionId) => tags.filter((tag) => EDITIONS[id].fields.some((f) => f.id === tag)).length - 0.001 * EDITIONS[id].fields.length;
  return [...EDITION_IDS].sort((a, b) => score(b) - score(a))[0];
}

/** What a clerk can get wrong typing tags in Word: full-width braces, typographic quotes, spaces. */
function typingFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(/[｛{][^｛{}｝]*[}｝]/g)) {
    const tag = match[0];
    if (tag.includes("｛") || tag.includes("｝")) findings.push(makeFinding("template/fullwidth-brace", { paragraph: text }, { actual: tag }));
    else if (/[“”‘’"']/.test(tag)) findings.push(makeFinding("template/typographic-quote", { paragraph: text }, { actual: tag }));
    else if (/\s/.test(tag)) findings.push(makeFinding("template/space-in-tag", { paragraph: text }, { actual: tag }));
  }
  return findings;
}

/** docxtemplater's raw-XML tag ({@field}) inserts a value as markup: a value holding "<" or "&" breaks the document. */
function rawXmlFindings(text: string): Finding[] {
  return [...text.matchAll(/\{@[^{}]*\}/g)].map((match) => makeFinding("template/raw-xml", { paragraph: text }, { actual: match[0] }));
}

/** How deep sections nest in the standard templates: a paragraph list, its level flag, and the last paragraph's. */
const MAX_LOOP_DEPTH = 3;

/**
 * Loops that would multiply: nested deeper than the standard templates nest, or a list of paragraphs looped inside
 * another loop (seven such loops took longer than 150 s). What generate would never finish, template check refuses.
 */
function loopFindings(tags: Record<string, unknown>, paragraphWith: (tag: string) => string): Finding[] {
  const findings: Finding[] = [];
  const visit = (tree: Record<string, unknown>, depth: number, top: string) => {
    for (const [tag, inner] of Object.entries(tree ?? {})) {
      const nested = Object.keys((inner as Record<string, unknown>) ?? {}).length > 0;
      const tooDeep = depth + (nested ? 1 : 0) > MAX_LOOP_DEPTH;
      const listInLoop = depth > 0 && nested && !LOOP_TAGS.has(tag);
      if (tooDeep || listInLoop) {
        findings.push(makeFinding("template/loop-too-deep", { paragraph: paragraphWith(top) }, { actual: `{#${top}}`, expected: MAX_LOOP_DEPTH }));
        return;
      }
      if (nested) visit(inner as Record<string, unknown>, depth + 1, top);
    }
  };
  for (const [tag, inner] of Object.entries(tags)) visit({ [tag]: inner }, 0, tag);
  return findings;
}

/** Runs with visible text whose font names no East Asian face fall back to a theme font (pitfalls.md). */
function fontFindings(xml: string, paragraphs: ReturnType<typeof paragraphsOf>): Finding[] {
  const findings: Finding[] = [];
  for (const paragraph of paragraphs) {
    const runs = xml.slice(paragraph.start, paragraph.end).match(/<w:r[ >][\s\S]*?<\/w:r>/g) ?? [];
    const bare = runs.some((r) => /<w:t(?: [^>]*)?>[^<]+<\/w:t>/.test(r) && !/w:eastAsia="/.test(r));
    if (bare) findings.push(makeFinding("template/no-east-asian-font", { paragraph: paragraph.text }));
  }
  return findings;
}

export interface LintedTemplate {
  edition: EditionId;
  findings: Finding[];
}

/**
 * `nianbao template check`, and the first step of generating with any template but a standard one: every problem
 * of a Word template at once, located by paragraph text. Throws when the bytes are not a .docx at all.
 */
export function lintTemplate(bytes: Buffer, editionId?: EditionId): LintedTemplate {
  const zip = new PizZip(bytes);
  const parts = Object.keys(zip.files)
    .filter((name) => WORD_PARTS.test(name))
    .map((name) => {
      const xml = zip.file(name)!.asText();
      return { xml, paragraphs: paragraphsOf(xml) };
    });
  const findings: Finding[] = [];
  for (const { xml, paragraphs } of parts) {
    for (const paragraph of paragraphs) findings.push(...typingFindings(paragraph.text), ...rawXmlFindings(paragraph.text));
    findings.push(...fontFindings(xml, paragraphs));
  }
  const { compiled, errors } = compileTemplate(bytes);
  for (const error of errors) {
    findings.push(makeFinding("template/syntax", { paragraph: error.paragraph }, { detail: TEMPLATE_ERROR_TEXT[error.id] ?? error.id, actual: error.tag }));
  }
  const tags = compiled ? templateTags(compiled.doc) : {};
  const edition = EDITIONS[editionId ?? guessEdition(Object.keys(tags))];
  if (!compiled) return { edition: edition.id, findings };

  const known = new Set<string>(edition.fields.map((f) => f.id));
  const paragraphs = parts.flatMap((part) => part.paragraphs);
  const paragraphWith = (tag: string) => paragraphs.find((p) => p.text.includes(tag))?.text ?? "";
  const checkTag = (tag: string, allowed: (t: string) => boolean, candidates: string[]) => {
    if (allowed(tag)) return;
    findings.push(makeFinding("template/unknown-tag", { paragraph: paragraphWith(tag) }, { actual: tag, expected: closest(tag, candidates), edition: edition.id }));
  };
  for (const [tag, inner] of Object.entries(tags)) {
    checkTag(tag, (t) => known.has(t), [...known]);
    for (const innerTag of flattenTags(inner as Record<string, unknown>)) checkTag(innerTag, (t) => LOOP_TAGS.has(t) || known.has(t), [...LOOP_TAGS]);
  }
  findings.push(...loopFindings(tags, paragraphWith));
  const used = new Set(flattenTags(tags));
  for (const field of printedFields(edition)) {
    if (used.has(field.id)) continue;
    const code = field.required || field.table || field.type === "paragraphs" ? "template/missing-required" : "template/missing-optional";
    findings.push(makeFinding(code, {}, { label: field.label, actual: field.id }));
  }
  return { edition: edition.id, findings };
}

/** Every tag of a getTags() tree, loops and conditions included. */
export function flattenTags(tree: Record<string, unknown>): string[] {
  return Object.entries(tree ?? {}).flatMap(([tag, inner]) => [tag, ...flattenTags(inner as Record<string, unknown>)]);
}
