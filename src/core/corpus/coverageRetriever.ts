// The second retrieval stage: BM25 finds a pool of passages, then each is re-scored by how
// much of the claim's term weight it covers. A claim restates one statement of a source, so a
// passage that holds most of the claim's rare words beats one that repeats a few of them; and
// a passage whose subject sits in the sentence before it ("He released it ...") is credited
// with what that sentence names, and every passage with what its section heading and the
// source's title heading name (the subject an encyclopaedia sentence calls "she"). Which terms a passage holds comes from the first stage's
// bit masks: no forward index, no extra memory, O(1) per candidate.
import type { HeadingContext, HeadingStems } from './headings';
import type { MarkingRetriever, PassageRetriever, ScoredPassage } from './invertedIndex';

/** Passages BM25 hands to the second stage (at least; more when the caller asks for more). */
const POOL = 48;
/** Weight of the covered share of the claim's term weight, in units of the best BM25 score. */
const OWN_WEIGHT = 2;
/** Weight of the share covered only by the previous sentence of the same source (anaphora). */
const CONTEXT_WEIGHT = 2;
/** The index marks the first 32 distinct stems of a query; later ones only count in BM25. */
const MARKED_TERMS = 32;

export class CoverageRetriever implements PassageRetriever {
  constructor(
    private readonly index: MarkingRetriever,
    /** Source index of each passage: context never crosses into another source. */
    private readonly passageSource: Uint32Array,
    /** 1 where a passage opens with a personal pronoun ("It is building ..."): it goes on about the sentence before. */
    private readonly continues: Uint8Array,
    /** The heading passages each passage is read under, and their stems. */
    private readonly headings?: { context: HeadingContext; stems: HeadingStems },
  ) {}

  get passageCount(): number {
    return this.index.passageCount;
  }

  idf(stem: string): number {
    return this.index.idf(stem);
  }

  documentFrequency(stem: string): number {
    return this.index.documentFrequency(stem);
  }

  query(stems: readonly string[], limit: number): ScoredPassage[] {
    if (limit <= 0) return [];
    return this.rerank(stems, this.index.query(stems, Math.max(limit, POOL))).slice(0, limit);
  }

  queryWithin(stems: readonly string[], limit: number, from: number, to: number): ScoredPassage[] {
    if (limit <= 0) return [];
    return this.rerank(stems, this.index.queryWithin(stems, Math.max(limit, POOL), from, to)).slice(0, limit);
  }

  /** Re-scores `pool`, which must come from the index's last query for `stems`. */
  private rerank(stems: readonly string[], pool: ScoredPassage[]): ScoredPassage[] {
    if (pool.length < 2) return pool;
    // Bit i of a passage's mask is the i-th distinct stem, in first-seen order (as the index marks them).
    const unique = [...new Set(stems)].slice(0, MARKED_TERMS);
    const weights = unique.map((stem) => (this.index.documentFrequency(stem) > 0 ? this.index.idf(stem) : 0));
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (total === 0) return pool;
    const covered = (mask: number): number => {
      let sum = 0;
      for (let i = 0; mask !== 0; i++, mask >>>= 1) if (mask & 1) sum += weights[i] ?? 0;
      return sum;
    };
    const best = pool[0];
    if (!best) return pool;
    const unit = best.score / total;
    const headingMask = this.headingMasks(unique);
    const rescored = pool.map(({ id, score }) => {
      const own = this.index.heldTerms(id);
      const source = this.passageSource[id];
      let context = id > 0 && this.passageSource[id - 1] === source ? this.index.heldTerms(id - 1) : 0;
      // "NScale has raised more than any start-up. It is building a cloud." The sentence after,
      // when it only goes on about this one's subject, tells what this one's subject does.
      if (this.continues[id + 1] && this.passageSource[id + 1] === source) context |= this.index.heldTerms(id + 1);
      context |= headingMask(id);
      return { id, score: score + unit * (OWN_WEIGHT * covered(own) + CONTEXT_WEIGHT * covered(context & ~own)) };
    });
    // Ties fall to the lower id, as in the first stage, so results never depend on pool order.
    return rescored.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  /** Per passage, which of the query's stems its section heading and title heading hold (bit i: the i-th). */
  private headingMasks(unique: readonly string[]): (id: number) => number {
    const headings = this.headings;
    if (!headings) return () => 0;
    const masks = new Map<number, number>();
    const maskOf = (heading: number): number => {
      if (heading < 0) return 0;
      let mask = masks.get(heading);
      if (mask === undefined) {
        const held = new Set(headings.stems.of(heading));
        mask = 0;
        unique.forEach((stem, i) => {
          if (held.has(stem)) mask! |= 1 << i;
        });
        masks.set(heading, mask);
      }
      return mask;
    };
    return (id) => maskOf(headings.context.section[id] ?? -1) | maskOf(headings.context.title[id] ?? -1);
  }
}
