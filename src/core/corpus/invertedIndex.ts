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
  /**
   * The best passages with ids in [from, to) (one source's passages), for the same query.
   * Optional: a backend without it is asked for a longer list, filtered by the caller.
   */
  queryWithin?(stems: readonly string[], limit: number, from: number, to: number): ScoredPassage[];
  /** Inverse document frequency of a stem; unseen stems get the highest value. */
  idf(stem: string): number;
  /** Number of passages containing the stem. */
  documentFrequency(stem: string): number;
}

/**
 * A first retrieval stage that also says which query stems a passage holds, so that a second
 * stage can weigh coverage without reading passage texts.
 */
export interface MarkingRetriever extends PassageRetriever {
  queryWithin(stems: readonly string[], limit: number, from: number, to: number): ScoredPassage[];
  /** Bit i set when the passage holds the i-th distinct stem (first-seen order, up to 32) of the last query. */
  heldTerms(passage: number): number;
}

// The Anserini defaults for BM25 (k1 0.9, b 0.4): passages are sentences, so length matters less than in documents.
const K1 = 0.9;
const B = 0.4;
/** A term in more than this share of the passages (and more than MIN_COMMON_DF) is common. */
const COMMON_SHARE = 0.02;
const MIN_COMMON_DF = 200;
/** Common terms still find passages while rarer terms found fewer than this many. */
const MIN_FOUND = 100;
/** A clipped word keeps at least this many letters ("infra"), as prefix matches in verify. */
const TRUNCATION_MIN = 5;
/** A clipped word's share of a BM25 term score: it may be another word that starts alike. */
const TRUNCATION_WEIGHT = 0.5;

/** The index as flat arrays (CSR postings): what the on-disk cache stores. */
export interface InvertedIndexData {
  /** Term strings; a term's id is its position. */
  terms: string[];
  /** Postings of term t are postings[offsets[t] .. offsets[t + 1]). */
  offsets: Uint32Array;
  /** Passage ids, ascending within a term. */
  postings: Uint32Array;
  /** Term frequency per posting (capped at 65535). */
  freqs: Uint16Array;
  /** Indexed terms per passage. */
  lengths: Uint32Array;
}

// Reads of the index's typed arrays marked `!` are in range by construction: term ids are below
// the term count, passage ids below the passage count, and `offsets` has termCount + 1 entries
// (CSR layout), so a posting range [offsets[t], offsets[t + 1]) lies inside `postings`. A guard
// there would cost the hottest loops of retrieval and change nothing.

/** An append-only Uint32Array that doubles when full. */
export class GrowableUint32 {
  private data = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i] ?? 0;
  }

  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

export class InvertedIndexBuilder {
  private readonly termIds = new Map<string, number>();
  /** Term ids of all passages, back to back; passage p's are terms[ends[p-1] .. ends[p]). */
  private readonly terms = new GrowableUint32();
  private readonly ends = new GrowableUint32();

  /** Interns a stem. */
  termId(stem: string): number {
    let id = this.termIds.get(stem);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(stem, id);
    }
    return id;
  }

  /** Adds one indexed term to the current passage. */
  addTerm(id: number): void {
    this.terms.push(id);
  }

  /** Closes the current passage (ids are assigned in order). */
  endPassage(): void {
    this.ends.push(this.terms.length);
  }

  /** Adds the next passage with its indexed stems. */
  add(stems: readonly string[]): void {
    for (const stem of stems) this.addTerm(this.termId(stem));
    this.endPassage();
  }

  build(): InvertedIndex {
    const termCount = this.termIds.size;
    const passages = this.ends.length;
    const terms = this.terms.toArray();
    const ends = this.ends.toArray();
    const df = new Uint32Array(termCount);
    // last[t]: the last passage that counted t (+1, so 0 means none).
    const last = new Uint32Array(termCount);
    let from = 0;
    for (let p = 0; p < passages; p++) {
      const to = ends[p]!;
      for (let i = from; i < to; i++) {
        const t = terms[i]!;
        if (last[t] !== p + 1) {
          last[t] = p + 1;
          df[t]!++;
        }
      }
      from = to;
    }
    const offsets = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t]! + df[t]!;
    const postings = new Uint32Array(offsets[termCount]!);
    const freqs = new Uint16Array(offsets[termCount]!);
    const cursor = offsets.slice(0, termCount);
    const lengths = new Uint32Array(passages);
    last.fill(0);
    from = 0;
    for (let p = 0; p < passages; p++) {
      const to = ends[p]!;
      lengths[p] = to - from;
      for (let i = from; i < to; i++) {
        const t = terms[i]!;
        if (last[t] !== p + 1) {
          last[t] = p + 1;
          const slot = cursor[t]!++;
          postings[slot] = p;
          freqs[slot] = 1;
        } else if (freqs[cursor[t]! - 1]! < 65535) freqs[cursor[t]! - 1]!++;
      }
      from = to;
    }
    const names = new Array<string>(termCount);
    for (const [stem, id] of this.termIds) names[id] = stem;
    return new InvertedIndex(this.termIds, offsets, postings, freqs, lengths, names);
  }
}

export class InvertedIndex implements MarkingRetriever {
  private readonly averageLength: number;
  /** Per passage: the length part of the BM25 denominator, K1 * (1 - B + B * length / average). */
  private readonly lengthNorm: Float64Array;
  /** Per posting: tf (K1 + 1) / (tf + lengthNorm), the part of a BM25 term score that does not depend on the query. */
  private readonly impacts: Float32Array;
  /** Per term: 1 once its postings' impacts are computed. */
  private readonly impactsReady: Uint8Array;
  private readonly scores: Float32Array;
  /** Per passage, bit i set when it holds the i-th distinct stem of the last query (the first 32). */
  private readonly held: Uint32Array;
  /** Passages with held terms but no score (sentences before a candidate), to clear with the scores. */
  private readonly marked = new GrowableUint32();
  private touched: Uint32Array;
  private touchedCount = 0;
  /** The stems whose scores are in `scores` (cleared lazily, at the next different query). */
  private lastKey: string | undefined;

  constructor(
    private readonly termIds: Map<string, number>,
    private readonly offsets: Uint32Array,
    private readonly postings: Uint32Array,
    private readonly freqs: Uint16Array,
    private readonly lengths: Uint32Array,
    private readonly terms: string[],
  ) {
    let total = 0;
    for (const length of lengths) total += length;
    this.averageLength = lengths.length ? total / lengths.length : 1;
    this.lengthNorm = new Float64Array(lengths.length);
    for (let i = 0; i < lengths.length; i++) this.lengthNorm[i] = K1 * (1 - B + (B * lengths[i]!) / this.averageLength);
    // Each posting's BM25 term-frequency part, computed once per term when a query first uses
    // it (not at load: most terms are never queried, and loading from the cache must be quick).
    this.impacts = new Float32Array(postings.length);
    this.impactsReady = new Uint8Array(offsets.length);
    // One spare slot, always 0: the passage after the last one, which the accumulator may read.
    this.scores = new Float32Array(lengths.length + 1);
    this.held = new Uint32Array(lengths.length);
    this.touched = new Uint32Array(Math.min(lengths.length, 4096));
  }

  static from(data: InvertedIndexData): InvertedIndex {
    const ids = new Map<string, number>();
    data.terms.forEach((term, i) => ids.set(term, i));
    return new InvertedIndex(ids, data.offsets, data.postings, data.freqs, data.lengths, data.terms);
  }

  data(): InvertedIndexData {
    return { terms: this.terms, offsets: this.offsets, postings: this.postings, freqs: this.freqs, lengths: this.lengths };
  }

  get passageCount(): number {
    return this.lengths.length;
  }

  documentFrequency(stem: string): number {
    const id = this.termIds.get(stem);
    return id === undefined ? 0 : this.offsets[id + 1]! - this.offsets[id]!;
  }

  idf(stem: string): number {
    const n = this.lengths.length;
    const df = this.documentFrequency(stem);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  query(stems: readonly string[], limit: number): ScoredPassage[] {
    const unique = [...new Set(stems)];
    const key = unique.join('\u0000');
    // The same stems again (a cited sentence asks for 24 candidates, then for 400): the
    // scores of the last query are still in place.
    if (key !== this.lastKey) {
      this.clearScores();
      this.accumulate(unique);
      this.lastKey = key;
    }
    return topK(this.scores, this.touched, this.touchedCount, limit);
  }

  /**
   * Which distinct stems of the last query (in first-seen order; bit i for the i-th, up to 32)
   * passage `passage` holds: what a second stage needs to weigh coverage without a forward index.
   */
  heldTerms(passage: number): number {
    return this.held[passage] ?? 0;
  }

  queryWithin(stems: readonly string[], limit: number, from: number, to: number): ScoredPassage[] {
    this.query(stems, 0);
    const found: ScoredPassage[] = [];
    for (let id = Math.max(0, from); id < Math.min(to, this.lengths.length); id++) {
      const score = this.scores[id]!;
      if (score > 0) found.push({ id, score });
    }
    found.sort((a, b) => b.score - a.score || a.id - b.id);
    return found.slice(0, limit);
  }

  private clearScores(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const passage = this.touched[i]!;
      this.scores[passage] = 0;
      this.held[passage] = 0;
    }
    for (let i = 0; i < this.marked.length; i++) this.held[this.marked.get(i)] = 0;
    this.marked.length = 0;
    this.touchedCount = 0;
    this.lastKey = undefined;
  }

  private computeImpacts(termId: number): void {
    const { postings, freqs, lengthNorm, impacts } = this;
    for (let i = this.offsets[termId]!; i < this.offsets[termId + 1]!; i++) {
      const tf = freqs[i]!;
      impacts[i] = (tf * (K1 + 1)) / (tf + lengthNorm[postings[i]!]!);
    }
    this.impactsReady[termId] = 1;
  }

  private accumulate(stems: readonly string[]): void {
    const scores = this.scores;
    const postings = this.postings;
    const impacts = this.impacts;
    const held = this.held;
    const n = this.lengths.length;
    let touched = this.touched;
    let count = 0;
    // Rarest terms first. A term in more than COMMON_SHARE of the passages only adds to passages
    // a rarer term already found (unless those are too few): a passage that holds nothing but
    // common words is no candidate when the claim has a rarer one, and skipping it spares most
    // of the scoring work (common terms own most postings). Scores are added in float32 in this
    // fixed order, so they depend on nothing but the query and the corpus.
    const order: { id: number; bit: number; df: number; weight: number }[] = [];
    stems.forEach((stem, s) => {
      const bit = s < 32 ? 1 << s : 0;
      const id = this.termIds.get(stem);
      const df = id === undefined ? 0 : this.offsets[id + 1]! - this.offsets[id]!;
      if (id !== undefined) order.push({ id, bit, df, weight: 1 });
      // A source's clipped form of the word ("infra" for "infrastructure"): no more common than the word
      // itself (so "state" is no clipped "statement"), it counts at TRUNCATION_WEIGHT.
      for (let k = TRUNCATION_MIN; k <= stem.length - 2; k++) {
        const short = this.termIds.get(stem.slice(0, k));
        if (short === undefined) continue;
        const shortDf = this.offsets[short + 1]! - this.offsets[short]!;
        if (id === undefined || shortDf <= df) order.push({ id: short, bit, df: shortDf, weight: TRUNCATION_WEIGHT });
      }
    });
    order.sort((a, b) => a.df - b.df || a.id - b.id);
    const common = Math.max(MIN_COMMON_DF, n * COMMON_SHARE);
    for (const { id, bit, df, weight } of order) {
      const from = this.offsets[id]!;
      const to = from + df;
      if (!this.impactsReady[id]) this.computeImpacts(id);
      const idf = weight * Math.log(1 + (n - df + 0.5) / (df + 0.5));
      if (df > common && count >= MIN_FOUND) {
        for (let p = from; p < to; p++) {
          const passage = postings[p]!;
          if (scores[passage] !== 0) {
            scores[passage]! += idf * impacts[p]!;
            held[passage]! |= bit;
          } else if (scores[passage + 1] !== 0) {
            // The sentence before a candidate: the coverage stage credits what it holds.
            if (held[passage] === 0) this.marked.push(passage);
            held[passage]! |= bit;
          }
        }
        continue;
      }
      for (let p = from; p < to; p++) {
        const passage = postings[p]!;
        if (scores[passage] === 0) {
          if (count === touched.length) {
            const grown = new Uint32Array(Math.min(touched.length * 2, scores.length));
            grown.set(touched);
            this.touched = touched = grown;
          }
          touched[count++] = passage;
        }
        scores[passage]! += idf * impacts[p]!;
        held[passage]! |= bit;
      }
    }
    this.touchedCount = count;
  }
}

/** The `limit` best of the touched passages, by score descending then id ascending (ties never depend on order). */
function topK(scores: Float32Array, touched: Uint32Array, count: number, limit: number): ScoredPassage[] {
  if (limit <= 0 || count === 0) return [];
  const k = Math.min(limit, count);
  // A binary min-heap of the best k so far, in parallel typed arrays; its root is the worst of them.
  const hs = new Float64Array(k);
  const hi = new Uint32Array(k);
  let size = 0;
  // Heap slots below `size` (at most k) and touched passages below `count` are filled: the reads marked `!` are in range.
  for (let i = 0; i < count; i++) {
    const id = touched[i]!;
    const score = scores[id]!;
    if (size < k) {
      let c = size++;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        const ps = hs[parent]!;
        const pi = hi[parent]!;
        if (!(score < ps || (score === ps && id > pi))) break;
        hs[c] = ps;
        hi[c] = pi;
        c = parent;
      }
      hs[c] = score;
      hi[c] = id;
    } else if (score > hs[0]! || (score === hs[0] && id < hi[0]!)) {
      // Replace the root and sift down.
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= k) break;
        const r = l + 1;
        let m = l;
        if (r < k && (hs[r]! < hs[l]! || (hs[r] === hs[l] && hi[r]! > hi[l]!))) m = r;
        const ms = hs[m]!;
        const mi = hi[m]!;
        if (!(ms < score || (ms === score && mi > id))) break;
        hs[c] = ms;
        hi[c] = mi;
        c = m;
      }
      hs[c] = score;
      hi[c] = id;
    }
  }
  const results: ScoredPassage[] = new Array(size);
  for (let i = 0; i < size; i++) results[i] = { id: hi[i]!, score: hs[i]! };
  results.sort((a, b) => b.score - a.score || a.id - b.id);
  return results;
}
