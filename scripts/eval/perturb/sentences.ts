// Sentences of a source text that state a checkable fact, found without the engine: a plain
// splitter and a filter (a figure or a name, no recommendation or question), so the generators
// start from statements a source can bear out.
import { RECOMMENDATION_CUES } from './lexicon';

/** Splits on sentence-final punctuation followed by a capital or an opening quote; drops Markdown headings. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    if (/^\s*#/.test(block)) continue;
    const flat = block.replace(/\s+/g, ' ').trim();
    for (const piece of flat.split(/(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|vs|Gen|Gov|Sen|Rep|U\.S|[A-Z])\.)(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/)) sentences.push(piece.trim());
  }
  return sentences.filter((sentence) => sentence.length > 0);
}

const WORD = /[A-Za-z][\w'’-]*/g;

export function wordCount(sentence: string): number {
  return sentence.match(WORD)?.length ?? 0;
}

/** A capitalised word after the first word: a name the sentence is about. */
export function hasInnerName(sentence: string): boolean {
  const words = sentence.match(WORD) ?? [];
  return words.slice(1).some((word) => /^[A-Z][a-z]/.test(word) && word !== 'I');
}

/** 8–45 words, ends with a full stop, carries a figure or a name, and is not a recommendation or question. */
export function isFactual(sentence: string): boolean {
  const words = wordCount(sentence);
  // A bare "2." at either end is a list number the splitter left on, not part of the statement.
  if (words < 8 || words > 45 || !/[.]["”’]?$/.test(sentence) || /[.!?]\s+\d+\.$|^\d+\.\s/.test(sentence)) return false;
  const lower = ` ${sentence.toLowerCase()} `;
  if (RECOMMENDATION_CUES.some((cue) => (/^\w/.test(cue) ? new RegExp(`\\b${cue}\\b`).test(lower) : lower.includes(cue)))) return false;
  return /\d/.test(sentence) || hasInnerName(sentence);
}

/** A sentence quoting someone: a quotation of three words or more, 8–60 words in all. */
export function hasQuotation(sentence: string): boolean {
  const words = wordCount(sentence);
  return words >= 8 && words <= 60 && /[“"][^”"]*\b\w+\b[^”"]*\b\w+\b[^”"]*\b\w+\b[^”"]*[”"]/.test(sentence);
}
