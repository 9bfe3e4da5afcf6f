// Pandoc citation locators: `p. 12`, `pp. 12–14`, `12, 15`, `§ 3`, `chap. 2`. A locator is a
// label (a term from locator.json, or none: a page, as Pandoc reads a bare number) and
// numbers or ranges; the span of the numbers is kept so a fix can replace them.
import type { Span } from '../types';
import terms from './locator.json';

export type LocatorLabel = 'page' | 'chapter' | 'section' | 'paragraph' | 'figure' | 'table' | 'note';

export interface Locator {
  label: LocatorLabel;
  /** Inclusive ranges of the numbers given (a single number is a range of one). */
  ranges: Array<{ from: number; to: number }>;
  /** Offsets of the label and numbers in the locator text given to parseLocator. */
  labelSpan: Span;
  valueSpan: Span;
}

const LABELS = new Map<string, LocatorLabel>();
for (const [label, words] of Object.entries(terms)) {
  if (label.startsWith('_')) continue;
  for (const word of words as string[]) LABELS.set(word, label as LocatorLabel);
}

const LOCATOR = /^(?:(§§?|¶¶?|[\p{L}]+)\.?\s*)?((?:\d+(?:\s*[-–—]\s*\d+)?)(?:\s*(?:,|&|and)\s*\d+(?:\s*[-–—]\s*\d+)?)*)/u;

/** The locator of a citation (text after the key and its comma), or undefined when it has none Pandoc would read. */
export function parseLocator(text: string): Locator | undefined {
  const leading = text.length - text.trimStart().length;
  const match = LOCATOR.exec(text.slice(leading));
  if (!match || match[2] === undefined) return undefined;
  const word = match[1]?.toLowerCase();
  const label = word === undefined ? 'page' : LABELS.get(word);
  if (!label) return undefined;
  const valueStart = leading + match[0].length - match[2].length;
  const ranges = [...match[2].matchAll(/(\d+)(?:\s*[-–—]\s*(\d+))?/g)].map((m) => {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    return { from: Math.min(from, to), to: Math.max(from, to) };
  });
  return { label, ranges, labelSpan: { start: leading, end: valueStart }, valueSpan: { start: valueStart, end: valueStart + match[2].length } };
}

/** The label a locator term names (`chap` → chapter, `§` → section), case-insensitive, final dot optional. */
export function locatorLabel(word: string): LocatorLabel | undefined {
  return LABELS.get(word.toLowerCase().replace(/\.$/, ''));
}

export function covers(locator: Locator, value: number): boolean {
  return locator.ranges.some((range) => value >= range.from && value <= range.to);
}
