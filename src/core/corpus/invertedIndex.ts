// BM25 retrieval over passages. Postings live in flat typed arrays (CSR layout) rather than
// objects per posting, so an 11 MB corpus costs little more than its own text in memory.

export interface ScoredPassage {
  id: number;
  score: number;
}

/** The retrieval interface: a different backend (e.g. a search server) can stand behind it. */
export interface PassageRetriever {
  readonly passageCount: number;
  query(stems: readonly string[], limit: number): ScoredPassage[];
  /** Inverse document frequency of a stem; unseen stems get the highest value. */
  idf(stem: string): number;
  /** Number of passages containing the stem. */
  documentFrequency(stem: string): number;
}

const K1 = 1.2;
const B = 0.75;

export class InvertedIndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly passageTerms: Uint32Array[] = [];
  private readonly passageLengths: number[] = [];

  /** Adds the next passage (ids are assigned in order) with its indexed stems. */
  add(stems: readonly string[]): void {
    const ids = new Uint32Array(stems.length);
    for (let i = 0; i < stems.length; i++) {
      let id = this.termIds.get(stems[i]);
      if (id === undefined) {
        id = this.termIds.size;
        this.termIds.set(stems[i], id);
      }
      ids[i] = id;
    }
    ids.sort();
    this.passageTerms.push(ids);
    this.passageLengths.push(stems.length);
  }

  build(): InvertedIndex {
    const termCount = this.termIds.size;
    const df = new Uint32Array(termCount);
    for (const ids of this.passageTerms) {
      for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) df[ids[i]]++;
    }
    const offsets = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + df[t];
    const postings = new Uint32Array(offsets[termCount]);
    const freqs = new Uint16Array(offsets[termCount]);
    const cursor = offsets.slice(0, termCount);
    this.passageTerms.forEach((ids, passage) => {
      let i = 0;
      while (i < ids.length) {
        let j = i;
        while (j < ids.length && ids[j] === ids[i]) j++;
        const slot = cursor[ids[i]]++;
        postings[slot] = passage;
        freqs[slot] = Math.min(j - i, 65535);
        i = j;
      }
    });
    return new InvertedIndex(this.termIds, offsets, postings, freqs, Uint32Array.from(this.passageLengths));
  }
}

export class InvertedIndex implements PassageRetriever {
  private readonly averageLength: number;
  private scores: Float32Array;

  constructor(
    private readonly termIds: Map<string, number>,
    private readonly offsets: Uint32Array,
    private readonly postings: Uint32Array,
    private readonly freqs: Uint16Array,
    private readonly lengths: Uint32Array,
  ) {
    let total = 0;
    for (let i = 0; i < lengths.length; i++) total += lengths[i];
    this.averageLength = lengths.length ? total / lengths.length : 1;
    this.scores = new Float32Array(lengths.length);
  }

  get passageCount(): number {
    return this.lengths.length;
  }

  documentFrequency(stem: string): number {
    const id = this.termIds.get(stem);
    return id === undefined ? 0 : this.offsets[id + 1] - this.offsets[id];
  }

  idf(stem: string): number {
    const n = this.lengths.length;
    const df = this.documentFrequency(stem);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  query(stems: readonly string[], limit: number): ScoredPassage[] {
    const scores = this.scores;
    const touched: number[] = [];
    for (const stem of new Set(stems)) {
      const id = this.termIds.get(stem);
      if (id === undefined) continue;
      const from = this.offsets[id];
      const to = this.offsets[id + 1];
      const idf = this.idf(stem);
      for (let p = from; p < to; p++) {
        const passage = this.postings[p];
        const tf = this.freqs[p];
        const norm = tf + K1 * (1 - B + (B * this.lengths[passage]) / this.averageLength);
        if (scores[passage] === 0) touched.push(passage);
        scores[passage] += (idf * tf * (K1 + 1)) / norm;
      }
    }
    const results: ScoredPassage[] = touched.map((id) => ({ id, score: scores[id] }));
    for (const id of touched) scores[id] = 0;
    // Ties break on passage id so results never depend on accumulation order.
    results.sort((a, b) => b.score - a.score || a.id - b.id);
    return results.slice(0, limit);
  }
}
