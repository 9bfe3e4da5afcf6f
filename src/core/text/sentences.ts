// Sentence boundaries with exact offsets. Hand-written rather than Intl.Segmenter or a
// package: Intl.Segmenter breaks after "U.S." and "Dr." and is far too slow for an 11 MB
// corpus, and the sentence-boundary packages on npm are unmaintained or large.
import type { Span } from '../types';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt no nos vs etc al fig figs eq approx dept univ inc ltd co corp plc llc bros ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec gen gov sen rep rev hon pres capt col lt sgt ' +
    'e.g i.e cf viz ca p pp vol vols ed eds ch sec art para op cit ibid'
  ).split(/\s+/),
);

export const MAX_PASSAGE_CHARS = 1000;

export interface SplitOptions {
  /** Treat every line break as a boundary (plain-text sources, where lines are units). */
  lineBreaks: boolean;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text.charAt(i))) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A list number at the start of a line: "3. AI partnerships ..."
  if (word === '' && /(^|\n)[ \t]*\d{1,3}$/.test(text.slice(Math.max(0, dot - 5), dot))) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "U.K."
  if (word.length === 0) return false;
  if (/^\p{L}$/u.test(word)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/** Splits `text[from, to)` into trimmed sentence spans. */
export function splitSentences(text: string, options: SplitOptions, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charAt(s))) s++;
    while (e > s && isSpace(text.charAt(e - 1))) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) pushLimited(spans, text, s, e);
  };
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if (c === '\n' || c === '\r') {
      const blank = /^[ \t]*(\r\n|\r|\n)/.test(text.slice(i + (c === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1), i + 80));
      if (options.lineBreaks || blank) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < to && /[.!?…"'”’)\]]/.test(text.charAt(j))) j++;
    if (j < to && !isSpace(text.charAt(j))) continue;
    if (c === '.' && endsWithAbbreviation(text, i)) continue;
    // Look at what follows: a sentence starts with a capital, digit, quote or bracket.
    let k = j;
    while (k < to && isSpace(text.charAt(k))) k++;
    if (k < to && /[\p{Ll}]/u.test(text.charAt(k))) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(to);
  return spans;
}

/** Cuts an over-long sentence into pieces of at most MAX_PASSAGE_CHARS at clause or word boundaries. */
function pushLimited(spans: Span[], text: string, start: number, end: number): void {
  while (end - start > MAX_PASSAGE_CHARS) {
    const window = text.slice(start, start + MAX_PASSAGE_CHARS);
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(': '));
    if (cut < MAX_PASSAGE_CHARS / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_PASSAGE_CHARS - 1;
    // Never between the two halves of a surrogate pair (an emoji, an astral character).
    if (/[\ud800-\udbff]/.test(text.charAt(start + cut)) && cut > 0) cut--;
    spans.push({ start, end: start + cut + 1 });
    start += cut + 1;
    while (start < end && isSpace(text.charAt(start))) start++;
  }
  if (end > start) spans.push({ start, end });
}
