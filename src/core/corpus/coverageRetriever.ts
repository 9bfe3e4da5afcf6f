// The second retrieval stage: BM25 finds a pool of passages, then each is re-scored by how
// much of the claim it covers. A claim restates one statement of a source, so a passage that
// holds most of the claim's rare words beats one that repeats a few of them; and a passage
// whose subject sits in the sentence before it ("He released it ...") is credited with what
// that sentence names. Membership is a binary search in the postings: no forward index, no
// extra memory.
import type { InvertedIndex, PassageRetriever, ScoredPassage } from './invertedIndex';

/** Passages BM25 hands to the second stage (at least; more when the caller asks for more). */
const POOL = 48;
/** Weight of the covered share of the claim's term weight, in units of the best BM25 score. */
const OWN_WEIGHT = 2;
/** Weight of the share covered only by the previous sentence of the same source (anaphora). */
const CONTEXT_WEIGHT = 2;

interface QueryTerm {
  id: number;
  weight: number;
}

export class CoverageRetriever implements PassageRetriever {
  constructor(
    private readonly index: InvertedIndex,
    /** Source index of each passage: context never crosses into another source. */
    private readonly passageSource: Uint32Array,
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

  private rerank(stems: readonly string[], pool: ScoredPassage[]): ScoredPassage[] {
    if (pool.length < 2) return pool;
    const terms: QueryTerm[] = [];
    let total = 0;
    for (const stem of new Set(stems)) {
      const id = this.index.termIdOf(stem);
      if (id === undefined) continue;
      const weight = this.index.idfOf(id);
      terms.push({ id, weight });
      total += weight;
    }
    if (total === 0) return pool;
    const unit = pool[0].score / total;
    const rescored = pool.map(({ id, score }) => {
      const previous = id > 0 && this.passageSource[id - 1] === this.passageSource[id] ? id - 1 : -1;
      let own = 0;
      let context = 0;
      for (const t of terms) {
        if (this.index.contains(t.id, id)) own += t.weight;
        else if (previous >= 0 && this.index.contains(t.id, previous)) context += t.weight;
      }
      return { id, score: score + unit * (OWN_WEIGHT * own + CONTEXT_WEIGHT * context) };
    });
    // Ties fall to the lower id, as in the first stage, so results never depend on pool order.
    return rescored.sort((a, b) => b.score - a.score || a.id - b.id);
  }
}
