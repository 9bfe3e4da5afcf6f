// A table row is checked with its column words after its cells (brief/columns.ts): they give
// its values meaning, but they are not the row. Whatever the check found in them (a figure of a
// header, a name, a conflict) is no place for a finding, whose range must be the row's cells.
import type { Corpus } from '../corpus/corpus';
import type { SentenceCheck } from '../verify/verify';
import { withoutContradiction } from './sameRole';

/** The check of a row read with its column words, holding only what lies inside the row (before `end`). */
export function withinRow(corpus: Corpus, check: SentenceCheck, end: number): SentenceCheck {
  const a = check.analysis;
  const inside = <T extends { end: number }>(items: readonly T[]): T[] => items.filter((item) => item.end <= end);
  const trimmed: SentenceCheck = { ...check, analysis: { ...a, quantities: inside(a.quantities), entities: inside(a.entities), quotes: inside(a.quotes), quotedWords: inside(a.quotedWords) } };
  const decisive = check.decisive;
  if (check.verdict !== 'contradicted' || !decisive || decisive.conflicts.every((c) => c.claimed.end <= end)) return trimmed;
  const conflicts = inside(decisive.conflicts.map((c) => ({ ...c, end: c.claimed.end }))).map(({ end: _end, ...c }) => c);
  if (conflicts.length === 0) return withoutContradiction(corpus, trimmed);
  const kept = { ...decisive, conflicts };
  return { ...trimmed, decisive: kept, comparisons: trimmed.comparisons.map((c) => (c === decisive ? kept : c)) };
}
