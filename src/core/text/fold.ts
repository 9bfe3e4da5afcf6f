// Text folded for comparison, never for display (issue 16): a zero-width space inside "£4​0
// million", fullwidth digits "£４０", a soft hyphen or a no-break space must not hide a figure or
// a name from the checks. The folded text comes with a map back to the original, so ranges and
// fixes still point into what the writer wrote. Which characters fold is data (fold.json).
import data from './fold.json';

type Action = 'remove' | 'space' | 'nfkc';

interface Range {
  from: number;
  to: number;
  action: Action;
}

const RANGES: Range[] = (['remove', 'space', 'nfkc'] as const)
  .flatMap((action) => data[action].map(([from, to]) => ({ from: parseInt(from ?? '', 16), to: parseInt(to ?? '', 16), action })))
  .sort((a, b) => a.from - b.from);
/** Below this code point nothing folds except U+00A0 and U+00AD: the common case costs one comparison. */
const LOWEST = Math.min(...RANGES.map((range) => range.from));

export interface FoldedText {
  text: string;
  /** Per folded character: where the original character that gave it starts… */
  starts: Int32Array;
  /** …and ends (exclusive), in the original text. */
  ends: Int32Array;
  /** Length of the original text. */
  originalLength: number;
}

function actionOf(code: number): Action | undefined {
  if (code < LOWEST) return undefined;
  for (const range of RANGES) {
    if (code < range.from) return undefined;
    if (code <= range.to) return range.action;
  }
  return undefined;
}

/** The text folded for comparison, or undefined when nothing in it folds (the usual case). */
export function foldForComparison(text: string): FoldedText | undefined {
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (actionOf(text.codePointAt(i) ?? 0) !== undefined) {
      first = i;
      break;
    }
  }
  if (first < 0) return undefined;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const action = i < first ? undefined : actionOf(code);
    const out = action === 'remove' ? '' : action === 'space' ? ' ' : action === 'nfkc' ? String.fromCodePoint(code).normalize('NFKC') : text.slice(i, i + width);
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    parts.push(out);
    i += width;
  }
  return { text: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends), originalLength: text.length };
}

/** Where a start offset in the folded text falls in the original. */
export function originalStart(folded: FoldedText, at: number): number {
  return at < folded.starts.length ? folded.starts[at]! : folded.originalLength;
}

/** Where an end offset in the folded text falls in the original (just after the last character it covers). */
export function originalEnd(folded: FoldedText, at: number): number {
  if (at <= 0) return folded.starts.length > 0 ? folded.starts[0]! : 0;
  return folded.ends[Math.min(at, folded.ends.length) - 1]!;
}
