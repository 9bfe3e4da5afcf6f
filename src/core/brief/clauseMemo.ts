// The claim spans of a sentence, remembered by what they depend on: its prose, its text and
// where its citation groups end (relative to the sentence). Re-reading a brief after a keystroke
// finds every sentence but the edited one here, instead of tokenising each again (clauseSpans
// was a fifth of a re-check). Spans are kept relative and moved to where the sentence stands.
import { BoundedCache } from '../boundedCache';
import { detached } from '../text/detached';
import type { Span } from '../types';
import type { RawCitation } from './citations';
import { clauseSpans } from './clauses';

/** Sentences remembered: a long brief's, with room for edits; beyond it the least recently used go. */
const CLAUSE_MEMO_LIMIT = 20_000;
const memo = new BoundedCache<string, readonly Span[]>(CLAUSE_MEMO_LIMIT);

/** `clauseSpans(prose, text, base, citations)`, remembered. */
export function clauseSpansMemo(prose: string, text: string, base: number, citations: readonly RawCitation[]): Span[] {
  const ends = citations.map((c) => c.groupSpan.end - base).join(',');
  // A copy: a key cut from the brief would keep every version of it alive (text/detached).
  const key = detached(`${ends}\u0000${prose}\u0000${text}`);
  const relative = memo.get(key, () => clauseSpans(prose, text, 0, citations.map((c) => shifted(c, -base))));
  return relative.map((s) => ({ start: s.start + base, end: s.end + base }));
}

/** A citation moved by `by` (only its group's end is read by clauseSpans, but all of it moves). */
function shifted(c: RawCitation, by: number): RawCitation {
  return { ...c, span: { start: c.span.start + by, end: c.span.end + by }, groupSpan: { start: c.groupSpan.start + by, end: c.groupSpan.end + by } };
}
