import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";

/** linebreaks is off: no value printed holds one (paragraphs are split before, one-line values see formatLine). */
export const DOCXTEMPLATER_OPTIONS = { paragraphLoop: true, linebreaks: false, errorLogging: false } as const;

/** One compile error of a template, located by the text of the paragraph around it (never an XML offset). */
export interface TemplateCompileError {
  id: string;
  tag?: string;
  paragraph: string;
}

interface DocxtemplaterError {
  properties?: { id?: string; xtag?: string; file?: string; offset?: number; errors?: DocxtemplaterError[] };
}

/** The visible text of every paragraph of a WordprocessingML part, with the character range it covers in the XML. */
export function paragraphsOf(xml: string): { text: string; start: number; end: number }[] {
  const paragraphs: { text: string; start: number; end: number }[] = [];
  for (const match of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const text = [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
    paragraphs.push({ text: decodeXml(text), start: match.index!, end: match.index! + match[0].length });
  }
  return paragraphs;
}

const decodeXml = (text: string): string =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

export interface CompiledTemplate {
  doc: Docxtemplater;
  /** Tags rendering met without a value; filled by the nullGetter, which prints nothing for them. */
  missing: Set<string>;
}

/**
 * Compiles a template (docxtemplater's constructor form compiles at once). A tag without a value is
 * collected rather than printed as "undefined", docxtemplater's default.
 */
export function compileTemplate(bytes: Buffer): { compiled?: CompiledTemplate; errors: TemplateCompileError[] } {
  const zip = new PizZip(bytes);
  const missing = new Set<string>();
  const nullGetter = (part: { value: string; module?: string }) => {
    if (!part.module) missing.add(part.value);
    return "";
  };
  try {
    return { compiled: { doc: new Docxtemplater(zip, { ...DOCXTEMPLATER_OPTIONS, nullGetter }), missing }, errors: [] };
  } catch (error) {
    const all = (error as DocxtemplaterError).properties?.errors ?? [error as DocxtemplaterError];
    const texts = new Map<string, ReturnType<typeof paragraphsOf>>();
    return {
      errors: all.map((e) => {
        const file = e.properties?.file ?? "word/document.xml";
        if (!texts.has(file)) texts.set(file, paragraphsOf(zip.file(file)?.asText() ?? ""));
        // docxtemplater's offset counts characters of the text, so find the paragraph by its running text length.
        const paragraph = locateByTextOffset(texts.get(file)!, e.properties?.offset);
        return { id: e.properties?.id ?? "unknown", tag: e.properties?.xtag, paragraph };
      }),
    };
  }
}

function locateByTextOffset(paragraphs: { text: string }[], offset: number | undefined): string {
  if (offset === undefined) return "";
  let seen = 0;
  for (const p of paragraphs) {
    seen += p.text.length;
    if (offset < seen) return p.text;
  }
  return paragraphs.at(-1)?.text ?? "";
}

/** Top-level tags of the document body, headers and footers; loop members are listed under their loop. */
export function templateTags(doc: Docxtemplater): Record<string, unknown> {
  const all = (doc as unknown as { getTags(): { document?: { tags: Record<string, unknown> }; headers: { tags: Record<string, unknown> }[]; footers: { tags: Record<string, unknown> }[] } }).getTags();
  return Object.assign({}, ...all.headers.map((h) => h.tags), ...all.footers.map((f) => f.tags), all.document?.tags ?? {});
}
