// Position-independent memo of sentence verdicts. A sentence is verified once, where it
// stands; wherever it stands later (after an edit earlier in the document moved it) its check
// is the memoised one with the brief-side offsets moved. Source-side offsets (evidence,
// what the source states) never move. test/unit/perf checks that a moved check equals a
// check made at the new offset.
import type { Analysis } from './claims/analyze';
import { BoundedCache } from './boundedCache';
import type { Corpus } from './corpus/corpus';
import { detached } from './text/detached';
import { movedToken } from './text/tokens';
import type { Comparison } from './verify/compare';
import { verifySentenceSteps, type SentenceCheck } from './verify/verify';

/**
 * Entries kept: one and a half times the sentences of the longest brief checked, and at least
 * this many, so a whole brief always fits with room for its recent edits; more only grows the heap.
 */
const MIN_LIMIT = 150;

interface Entry {
  /** The check as verified, at the offset where the sentence stood then. */
  original: SentenceCheck;
  originalBase: number;
  /** The last moved copy (always moved from the original) and where to. */
  check: SentenceCheck;
  base: number;
}

/** What a sentence's check depends on: its prose and the keys it cites, as a copy (see text/detached). */
export function sentenceKey(prose: string, citedKeys: readonly string[], framed = false): string {
  return detached(`${framed ? 'framed\u0000' : ''}${citedKeys.join(';')}\u0000${prose}`);
}

export class SentenceMemo {
  /**
   * Least recently used out first; a hit reorders only an entry that has aged (BoundedCache):
   * reordering on every hit made the map rebuild itself now and then, a long step on a long brief.
   */
  private readonly entries = new BoundedCache<string, Entry>(MIN_LIMIT);

  /**
   * `review` is applied to a check once, where it was verified (the checker's second look at a
   * contradiction, findings/sameRole.ts): a moved check is the reviewed one moved, not reviewed again.
   */
  constructor(
    private readonly corpus: Corpus,
    private readonly review: (check: SentenceCheck) => SentenceCheck = (check) => check,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Makes room for a brief of `sentences` sentences (and its edits). */
  reserve(sentences: number): void {
    this.entries.reserve(Math.ceil(1.5 * sentences));
  }

  /**
   * The check of `prose` (a sentence with markup blanked) at offset `base` of its brief, in steps
   * (those of a first verification, none when memoised) between which a caller may yield.
   */
  *checkSteps(prose: string, base: number, citedKeys: readonly string[], framed = false): Generator<void, SentenceCheck, void> {
    const key = sentenceKey(prose, citedKeys, framed);
    let entry = this.entries.use(key);
    if (!entry) {
      // Verified where it stands; moved (a copy) when it is asked for at another offset.
      // Everything the memo keeps is cut from a copy of the sentence, not from the brief's text.
      const verified = yield* verifySentenceSteps(this.corpus, detached(prose), base, citedKeys.map(detached), framed);
      yield;
      // Another check may have verified the same sentence between two steps: its entry stays.
      entry = this.entries.use(key) ?? this.added(key, kept(this.review(verified)), base);
    }
    if (entry.base !== base) {
      entry.check = shiftCheck(entry.original, base - entry.originalBase);
      entry.base = base;
    }
    return entry.check;
  }

  private added(key: string, original: SentenceCheck, base: number): Entry {
    return this.entries.set(key, { original, originalBase: base, check: original, base });
  }
}

/**
 * The check as the memo keeps it, its analysis a copy of the one verified: what the comparisons
 * memoised per claim analysis (the prepared claim words, its operators: verify/checks) then goes
 * with the verification instead of living as long as the memo (3 KB a sentence). Whatever reads
 * the kept analysis later works it out again from the copy.
 */
function kept(check: SentenceCheck): SentenceCheck {
  return { ...check, analysis: { ...check.analysis } };
}

/**
 * A copy of a check with every brief-side offset moved by `by`. Comparisons without conflicts
 * (all of them, unless the sentence is contradicted) are shared, and so is the array when
 * none moved, so that what is derived from them (evidence) can be memoised by identity.
 */
export function shiftCheck(check: SentenceCheck, by: number): SentenceCheck {
  if (by === 0) return check;
  const moved = new Map<Comparison, Comparison>();
  const shift = (c: Comparison): Comparison => {
    let m = moved.get(c);
    if (!m) {
      m = c.conflicts.length === 0 ? c : { ...c, conflicts: c.conflicts.map((k) => ({ ...k, claimed: { ...k.claimed, start: k.claimed.start + by, end: k.claimed.end + by } })) };
      moved.set(c, m);
    }
    return m;
  };
  const anyConflict = check.comparisons.some((c) => c.conflicts.length > 0) || (check.decisive?.conflicts.length ?? 0) > 0;
  return {
    ...check,
    analysis: shiftAnalysis(check.analysis, by),
    comparisons: anyConflict ? check.comparisons.map(shift) : check.comparisons,
    ...(check.decisive ? { decisive: shift(check.decisive) } : {}),
  };
}

/**
 * Moves every brief-side offset of an analysis: its base, tokens, figures, names and quotes.
 * The tokens (the bulk) are moved when first read: most rules never read them.
 */
export function shiftAnalysis(a: Analysis, by: number): Analysis {
  const moved: Analysis = {
    ...a,
    base: a.base + by,
    quantities: a.quantities.map((q) => ({ ...q, start: q.start + by, end: q.end + by })),
    entities: a.entities.map((e) => ({ ...e, start: e.start + by, end: e.end + by })),
    quotes: a.quotes.map((q) => ({ ...q, start: q.start + by, end: q.end + by })),
    quotedWords: a.quotedWords.map((q) => ({ ...q, start: q.start + by, end: q.end + by })),
  };
  let tokens: Analysis['tokens'] | undefined;
  Object.defineProperty(moved, 'tokens', {
    enumerable: true,
    configurable: true,
    get: () => (tokens ??= a.tokens.map((t) => movedToken(t, t.start + by, t.end + by))),
  });
  return moved;
}
