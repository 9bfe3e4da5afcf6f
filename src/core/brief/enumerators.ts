// Numbers that count a list or a table's rows are no figures of a claim: "2. Taxes." in a list
// run into one line ("1. Poverty. 2. Taxes."), or "1 (industry)" as the first cell of a row that
// numbers panels or options. They are blanked in the prose the engine reads (offsets kept); the
// brief's text, which ranges and fixes point into, is untouched. Scanners, not patterns with
// look-behinds: each character is read a bounded number of times (issue 16).
import { listNumberEndsAt } from '../text/sentences';

/** A run of one to three digits and a dot: a list number's shape, read on by the scanner. */
const NUMBER_AND_DOT = /\d{1,3}\./g;
/** Longest parenthesis after a row's number ("1 (industry)"). */
const ROW_NOTE_CHARS = 60;

const isBlank = (c: string): boolean => c === ' ' || c === '\t';

/** `prose` with list and row numbers blanked. */
export function withoutEnumerators(prose: string): string {
  const spans: Array<[number, number]> = [...listNumbers(prose), ...rowNumbers(prose)];
  if (spans.length === 0) return prose;
  let at = 0;
  let out = '';
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    out += prose.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + prose.slice(at);
}

/**
 * List numbers that open a line, or follow a sentence's end or a colon, and go on with a
 * capitalised word: "Outline: 1. Poverty. 2. Taxes." (the number and its dot).
 */
function listNumbers(prose: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const match of prose.matchAll(NUMBER_AND_DOT)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!listNumberEndsAt(prose, end - 1)) continue;
    let next = end;
    while (next < prose.length && isBlank(prose.charAt(next))) next++;
    if (next > end && /\p{Lu}/u.test(prose.charAt(next))) found.push([start, end]);
  }
  return found;
}

/**
 * A row's first cell holding only a number of one or two digits, perhaps with a parenthesis
 * ("1 (industry)"): in the prose a row's cells are parted by ";" (parse.ts), so the cell ends at one.
 */
function rowNumbers(prose: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let lineStart = 0; lineStart < prose.length; ) {
    const lineEnd = prose.indexOf('\n', lineStart);
    const stop = lineEnd < 0 ? prose.length : lineEnd;
    const number = rowNumberIn(prose, lineStart, stop);
    if (number) found.push(number);
    lineStart = stop + 1;
  }
  return found;
}

/** The first cell's number of the line `[from, to)` when the cell holds only it (and a parenthesis). */
function rowNumberIn(prose: string, from: number, to: number): [number, number] | undefined {
  let i = from;
  const skipBlanks = (): void => {
    while (i < to && isBlank(prose.charAt(i))) i++;
  };
  skipBlanks();
  if (prose.charAt(i) === ';') i++;
  skipBlanks();
  const start = i;
  while (i < to && i - start < 3 && /\d/.test(prose.charAt(i))) i++;
  const end = i;
  if (end === start || end - start > 2) return undefined;
  skipBlanks();
  if (prose.charAt(i) === '(') {
    const close = prose.indexOf(')', i);
    if (close < 0 || close >= to || close - i > ROW_NOTE_CHARS || /[(\n;]/.test(prose.slice(i + 1, close))) return undefined;
    i = close + 1;
    skipBlanks();
  }
  return prose.charAt(i) === ';' ? [start, end] : undefined;
}
