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
  /**
   * Treat a line break as a boundary (plain-text sources, where lines are units), unless it only
   * wraps a sentence (see `wrapped`). A blank line always is one.
   */
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
  if (word === '' && listNumberEndsAt(text, dot)) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "U.K."
  if (word.length === 0) return false;
  if (/^\p{L}$/u.test(word)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/** Characters after which, and a blank, a list number may open an item run into one line. */
const ITEM_OPENERS = '.!?…:;';

/**
 * Whether the dot at `dot` ends a list number: one to three digits, at the start of a line ("3. AI
 * partnerships ...") or after a sentence's end or a colon and a blank, in a list run into one
 * line ("Outline: 1. Poverty. 2. Taxes."). A scanner: the characters read are bounded.
 */
export function listNumberEndsAt(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && i >= dot - 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i--;
  const digits = dot - 1 - i;
  if (digits < 1 || digits > 3) return false;
  const beforeDigits = i;
  while (i >= 0 && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i--;
  if (i < 0 || text.charAt(i) === '\n' || text.charAt(i) === '\r') return true;
  return i < beforeDigits && ITEM_OPENERS.includes(text.charAt(i));
}

/** Words a sentence does not end on: a line that ends with one goes on in the next line. */
const CONTINUING_WORDS = new Set(
  'a an the of to in on at by for from with and or nor but as that which who whose than into onto over under between about its their his her our'.split(' '),
);

/**
 * Whether the line break at `at` only wraps a sentence (hard-wrapped text: PDF exports, e-mail,
 * Markdown kept under 80 columns) rather than ending a line that stands alone (a heading, a
 * list item, a table row, a line of one-line-per-paragraph text). A wrapped line ends without
 * closing punctuation, and the next goes on in lower case, or the line ends on a comma, a
 * hyphen or a word no sentence ends on.
 */
function wrapped(text: string, at: number, wrapWidth: number): boolean {
  let lineStart = at;
  while (lineStart > 0 && text.charAt(lineStart - 1) !== '\n' && text.charAt(lineStart - 1) !== '\r') lineStart--;
  let end = at;
  while (end > lineStart && isSpace(text.charAt(end - 1))) end--;
  if (end === lineStart) return false;
  const last = text.charAt(end - 1);
  if (/[.!?…:;"”’)\]|]/.test(last)) return false;
  let lineFrom = lineStart;
  while (lineFrom < end && isSpace(text.charAt(lineFrom))) lineFrom++;
  if (/[#|>]/.test(text.charAt(lineFrom))) return false; // a heading, a table row, a quote marker
  let next = at + 1;
  while (next < text.length && (text.charAt(next) === ' ' || text.charAt(next) === '\t' || text.charAt(next) === '\r')) next++;
  const rest = text.slice(next, next + 4);
  if (rest === '' || /^([-*+•#|>]|\d{1,3}[.)]\s)/u.test(rest)) return false; // a list item, a heading or table row next
  if (/\p{Ll}/u.test(rest.charAt(0))) return true;
  // In hard-wrapped text a line that reaches near the wrap width was cut, whatever comes next.
  if (wrapWidth > 0 && end - lineStart >= WRAPPED_LINE_SHARE * wrapWidth) return true;
  if (last === ',' || last === '-' || last === '–' || last === '—') return true;
  const word = /(?<!\p{L})\p{L}+$/u.exec(text.slice(Math.max(lineStart, end - 12), end));
  return word !== null && CONTINUING_WORDS.has(word[0].toLowerCase());
}

/** A line at least this share of the wrap width was cut by the wrapping, not ended by the writer. */
const WRAPPED_LINE_SHARE = 0.75;

/**
 * The column a hard-wrapped text is wrapped at, or 0 when its lines are its paragraphs: most
 * lines of a wrapped text end near one width (the 90th percentile of line lengths, at most 120),
 * and go on in the next line.
 */
export function hardWrapWidth(text: string, from = 0, to = text.length): number {
  const lengths: number[] = [];
  const continued: boolean[] = [];
  let lineStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charAt(i) !== '\n') continue;
    let end = i;
    while (end > lineStart && isSpace(text.charAt(end - 1))) end--;
    let start = lineStart;
    while (start < end && isSpace(text.charAt(start))) start++;
    if (end > start) {
      lengths.push(end - lineStart);
      const next = text.indexOf('\n', i + 1);
      continued.push(i < to && /\S/.test(text.slice(i + 1, next < 0 ? to : Math.min(next, to))));
    }
    lineStart = i + 1;
  }
  if (lengths.length < 5) return 0;
  const width = [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length * 0.9)] ?? 0;
  if (width > 120 || width < 30) return 0;
  let nearWidth = 0;
  lengths.forEach((length, k) => {
    if (continued[k] && length >= WRAPPED_LINE_SHARE * width) nearWidth++;
  });
  return nearWidth >= 0.4 * lengths.length ? width : 0;
}

/** Splits `text[from, to)` into trimmed sentence spans. */
export function splitSentences(text: string, options: SplitOptions, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const wrapWidth = options.lineBreaks ? hardWrapWidth(text, from, to) : 0;
  let start = from;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charAt(s))) s++;
    while (e > s && isSpace(text.charAt(e - 1))) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) pushLimited(spans, text, s, e);
  };
  let runEnd = -1;
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if (c === '\n' || c === '\r') {
      const blank = /^[ \t]*(\r\n|\r|\n)/.test(text.slice(i + (c === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1), i + 80));
      if (blank || (options.lineBreaks && !wrapped(text, i, wrapWidth))) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Inside a run of closing punctuation already measured, the run ends where it did: a run of
    // 40,000 dots is scanned once, not once per dot (issue 16).
    let j = i + 1 < runEnd ? runEnd : i + 1;
    while (j < to && /[.!?…"'”’)\]]/.test(text.charAt(j))) j++;
    runEnd = j;
    if (j < to && !isSpace(text.charAt(j)) && !missingSpace(text, i, j)) continue;
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

/**
 * A sentence end written without its space, as scraped pages have it: `faster”.The machine`,
 * `in 2025.The rule`. Only after a closing quote, a word of three letters or more or a figure,
 * and before a capitalised word (`Node.Js`, `e.g.The` and web addresses stay whole).
 */
function missingSpace(text: string, i: number, j: number): boolean {
  if (!/^[\p{Lu}][\p{Ll}]{2,}/u.test(text.slice(j, j + 3))) return false;
  const before = text.slice(Math.max(0, i - 40), i);
  const word = before.split(/\s/).pop() ?? '';
  if (/[/@:]|www|\.[a-z]/i.test(word)) return false;
  return /["”’)\]]$/.test(before) || /(?:\p{Ll}{3}|\p{N})$/u.test(word);
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
