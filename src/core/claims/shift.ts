// An analysis moved to another offset of its document: the same facts, every offset moved.
import type { Analysis } from './analyze';

/**
 * Moves every brief-side offset of an analysis: its base, tokens, figures, names and quotes.
 * The tokens (the bulk) are moved when first read: most rules never read them.
 */
export function shiftAnalysis(a: Analysis, by: number): Analysis {
  if (by === 0) return a;
  const moved: Analysis = {
    ...a,
    base: a.base + by,
    quantities: a.quantities.map((q) => ({ ...q, start: q.start + by, end: q.end + by })),
    entities: a.entities.map((e) => ({ ...e, start: e.start + by, end: e.end + by })),
    quotes: a.quotes.map((q) => ({ ...q, start: q.start + by, end: q.end + by })),
  };
  let tokens: Analysis['tokens'] | undefined;
  Object.defineProperty(moved, 'tokens', {
    enumerable: true,
    configurable: true,
    get: () => (tokens ??= a.tokens.map((t) => ({ ...t, start: t.start + by, end: t.end + by }))),
  });
  return moved;
}
