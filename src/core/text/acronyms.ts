// Acronym definitions such as "Office for National Statistics (ONS)", learnt both ways.
//
// A linear scanner, not a regular expression: the pattern it replaces (up to eight capitalised
// words, each with optional connector, then the bracketed acronym) had nested quantifiers over
// the same characters, and a 99-byte line such as `A-A-Ab-A-Ab… (see note).` took seconds
// (issue 16). Each "(" is looked at once; the words before it are read backwards, at most eight.
import data from './acronyms.json';

const CONNECTORS = new Set<string>(data.connectors);
const MAX_WORDS = 8;
/** Characters allowed between the long form and "(": quotes, brackets, space. */
const BEFORE_PAREN = new Set(['(', "'", '"', '‘', '’', '“', '”']);
const QUOTES = new Set(["'", '"', '‘', '’', '“', '”']);
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/;

export function learnAcronyms(text: string, aliases: Map<string, Set<string>>): void {
  let floor = 0;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const found = acronymAt(text, open);
    if (!found) continue;
    const words = longFormBefore(text, open, floor);
    if (words) record(found.acronym, words, aliases);
    if (words) floor = found.end;
  }
}

/** The acronym in `(ONS)` at `open`: 2–10 letters, the first upper case, spaces allowed inside the brackets. */
function acronymAt(text: string, open: number): { acronym: string; end: number } | undefined {
  let i = open + 1;
  while (i < text.length && SPACE.test(text.charAt(i))) i++;
  const start = i;
  let letters = 0;
  while (i < text.length && letters <= 10) {
    const char = charAt(text, i);
    if (!UPPER.test(char) && !LOWER.test(char)) break;
    if (letters === 0 && !UPPER.test(char)) return undefined;
    letters++;
    i += char.length;
  }
  if (letters < 2 || letters > 10) return undefined;
  const acronym = text.slice(start, i);
  while (i < text.length && SPACE.test(text.charAt(i))) i++;
  if (text.charAt(i) !== ')') return undefined;
  if (acronym !== acronym.toUpperCase() && !isMixedAcronym(acronym)) return undefined;
  return { acronym, end: i + 1 };
}

/** Upper-case letters, at most one lower-case letter inside: "GoS", "DfE". */
function isMixedAcronym(acronym: string): boolean {
  const chars = [...acronym];
  const lower = chars.findIndex((char) => !UPPER.test(char));
  if (lower <= 0 || lower === chars.length - 1) return false;
  return chars.slice(lower + 1).every((char) => UPPER.test(char));
}

/**
 * The words of the long form ending before `open` (not before `floor`), split on spaces and
 * hyphens: up to eight capitalised words, each possibly preceded by one connector word; undefined
 * when there is none. Between the last word and "(" come spaces or hyphens, then quotes/brackets.
 */
function longFormBefore(text: string, open: number, floor: number): string[] | undefined {
  let end = open;
  while (end > floor && (BEFORE_PAREN.has(text.charAt(end - 1)) || SPACE.test(text.charAt(end - 1)) || text.charAt(end - 1) === '-')) end--;
  while (end < open && text.charAt(end) === "'") end++; // an apostrophe ending the last word belongs to it
  let gap = end;
  while (gap < open && (SPACE.test(text.charAt(gap)) || text.charAt(gap) === '-')) gap++;
  if (gap === end) return undefined;
  for (let i = gap; i < open; i++) if (!BEFORE_PAREN.has(text.charAt(i)) && !SPACE.test(text.charAt(i))) return undefined;
  const reversed: string[] = [];
  let capitalised = 0;
  while (capitalised < MAX_WORDS) {
    const start = wordStart(text, end, floor);
    if (start === end) break;
    const word = text.slice(start, end);
    if (UPPER.test(charAt(word, 0))) {
      reversed.push(word);
      capitalised++;
    } else {
      const upper = [...word].findIndex((char) => UPPER.test(char));
      const connector = CONNECTORS.has(word) && capitalised > 0 && SPACE.test(text.charAt(end)) && hasCapitalisedBefore(text, start, floor);
      if (connector) reversed.push(word);
      else if (upper >= 0) reversed.push([...word].slice(upper).join(''));
      if (!connector) break;
    }
    let next = start;
    while (next > floor && (SPACE.test(text.charAt(next - 1)) || text.charAt(next - 1) === '-')) next--;
    if (next === start) break;
    end = next;
  }
  if (capitalised === 0 && reversed.length === 0) return undefined;
  while (reversed.length > 0 && CONNECTORS.has(reversed[reversed.length - 1] ?? '')) reversed.pop();
  const joined = reversed.reverse().join(' ');
  let last = joined.length;
  while (last > 0 && QUOTES.has(joined.charAt(last - 1))) last--;
  const words = joined.slice(0, last).split(/[\s-]+/).filter(Boolean);
  return words.length > 0 ? words : undefined;
}

/** Start of the run of letters, hyphens and apostrophes ending at `end` (a leading hyphen is a separator). */
function wordStart(text: string, end: number, floor: number): number {
  let start = end;
  while (start > floor) {
    const unit = text.charAt(start - 1);
    if (unit === '-' || unit === "'" || LETTER.test(unit)) start--;
    else if (start - 2 >= floor && LETTER.test(text.slice(start - 2, start))) start -= 2; // a letter outside the BMP
    else break;
  }
  while (start < end && text.charAt(start) === '-') start++;
  return start;
}

/** Whether a capitalised word ends just before the separator before `start` (a connector needs one before it). */
function hasCapitalisedBefore(text: string, start: number, floor: number): boolean {
  let end = start;
  while (end > floor && (SPACE.test(text.charAt(end - 1)) || text.charAt(end - 1) === '-')) end--;
  if (end === start) return false;
  const before = wordStart(text, end, floor);
  return before < end && [...text.slice(before, end)].some((char) => UPPER.test(char));
}

/** Keeps the trailing words whose initials can spell the acronym, and records the pair both ways. */
function record(acronym: string, words: string[], aliases: Map<string, Set<string>>): void {
  const letters = acronym.toLowerCase();
  let from = words.length;
  let count = 0;
  while (from > 0 && count < letters.length + 2) {
    from--;
    const word = words[from] ?? '';
    if (UPPER.test(charAt(word, 0))) count++;
    if (word.charAt(0).toLowerCase() === letters.charAt(0) && count >= Math.min(letters.length, 2)) break;
  }
  const longForm = words.slice(from).join(' ');
  if (longForm.charAt(0).toLowerCase() !== letters.charAt(0)) return;
  addAlias(aliases, letters, longForm.toLowerCase());
  addAlias(aliases, longForm.toLowerCase(), letters);
}

function addAlias(aliases: Map<string, Set<string>>, from: string, to: string): void {
  let set = aliases.get(from);
  if (!set) aliases.set(from, (set = new Set()));
  set.add(to);
}

/** The character (code point) at `i`, one or two code units. */
function charAt(text: string, i: number): string {
  const code = text.codePointAt(i);
  return code === undefined ? '' : String.fromCodePoint(code);
}
