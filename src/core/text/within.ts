// Items inside a span, from items sorted by where they start: a binary search, then only the items
// inside. A brief's sentences then cost the citations they hold, not all of the brief's each
// (issue 16: 20,000 cited sentences took 31 s when each sentence filtered every citation).
import type { Span } from '../types';

export function itemsWithin<T extends { span: Span }>(sorted: readonly T[], span: Span): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.span.start < span.start) low = middle + 1;
    else high = middle;
  }
  const inside: T[] = [];
  // `<=`: an empty item at the span's end is inside it too (start and end both within).
  for (let i = low; i < sorted.length && sorted[i]!.span.start <= span.end; i++) {
    if (sorted[i]!.span.end <= span.end) inside.push(sorted[i]!);
  }
  return inside;
}

/** First index of a sorted run whose item `key` is at least `offset`. */
function firstAtLeast(items: readonly { start: number; end: number }[], offset: number, key: 'start' | 'end'): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]![key] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The first and last of sorted, non-overlapping items (tokens) that overlap `[start, end)`, by
 * binary search: a date or figure found in the text finds its tokens without mapping them all.
 */
export function overlappingRange(items: readonly { start: number; end: number }[], start: number, end: number): { first: number; last: number } | undefined {
  const first = firstAtLeast(items, start + 1, 'end');
  const last = firstAtLeast(items, end, 'start') - 1;
  return first <= last ? { first, last } : undefined;
}
