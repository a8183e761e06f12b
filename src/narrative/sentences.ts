/** A narrative paragraph cut into sentences, and sentences into clauses: the spans a stated figure belongs to. */

const SENTENCE_END = /(?<=[。！？!?])/;
const CLAUSE_BREAK = /[，,；;：:]/;

export interface Sentence {
  /** The paragraph it is in (its index in the section). */
  paragraph: number;
  text: string;
  clauses: string[];
}

/** Sentences with their clauses; a semicolon ends a clause, not a sentence: "其中……；……；……。" is one list. */
export function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  return paragraphs.flatMap((text, paragraph) =>
    text
      .split(SENTENCE_END)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence !== "")
      .map((sentence) => ({ paragraph, text: sentence, clauses: sentence.split(CLAUSE_BREAK).filter((clause) => clause.trim() !== "") })),
  );
}
