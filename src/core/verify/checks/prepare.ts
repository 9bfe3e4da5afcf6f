// What compare reads of a claim whatever the passage: worked out once per claim, not once per candidate.
import type { Analysis } from '../../claims/analyze';
import type { Corpus } from '../../corpus/corpus';
import { aspectualNegationParticle } from '../../claims/lexicon';
import type { Token } from '../../text/tokens';
import { PREFIX_KEY } from '../passageView';
import { monotonicity, type Monotonicity } from './operators';
import QUANTITY_WORDS from '../../claims/quantities.json';

export interface ClaimFacts {
  analysis: Analysis;
  /** First token index of the checked content (after a reporting frame). */
  contentFrom: number;
  /** The sentence as written, when the analysis read it with an attribution blanked: explanations quote this. */
  shown?: string;
  /** An attribution outside its content frames it (at its end, in its middle, or the clause it was split from). */
  reported?: boolean;
  /** The keys the claim cites that the corpus holds: a passage of one of them is what the writer says the claim restates. */
  citedKeys?: readonly string[];
}

export interface ContentWord {
  t: Token;
  i: number;
  /** weight(t.stem), looked up once per claim. */
  w: number;
  /** Index of the stem among the claim's distinct content stems. */
  k: number;
  /** The stem's first PREFIX_KEY letters, when it has that many. */
  prefix: string | undefined;
}

export interface PreparedClaim {
  corpus: Corpus;
  contentFrom: number;
  claimStems: Set<string>;
  /** Each claim token's monotonicity (negations, quantifiers, focus words: checks/operators.ts). */
  monotonicity: Monotonicity[];
  /** How many times each stem stands in the claim. */
  stemCounts: Map<string, number>;
  /** The content words coverage is measured over (no stopwords, figures or negation cues). */
  content: ContentWord[];
  /** Distinct stems among them. */
  distinct: number;
  /** Clause index per token (weakClause), and the number of the last clause. */
  clauseOf: number[];
  clauses: number;
  /**
   * Per claim token, its content word read as the two-word verb it begins ("setting aside"), or
   * null for none: filled when a comparison first asks (checks/words.ts), then read by the others.
   */
  phraseItems: (ContentWord | null)[];
}

const prepared = new WeakMap<Analysis, PreparedClaim>();

export function prepare(corpus: Corpus, claim: ClaimFacts): PreparedClaim {
  const c = claim.analysis;
  const hit = prepared.get(c);
  if (hit && hit.corpus === corpus && hit.contentFrom === claim.contentFrom) return hit;
  const cues = new Set(c.cues);
  const content: ContentWord[] = [];
  const stems = new Map<string, { k: number; w: number }>();
  c.tokens.forEach((t, i) => {
    if (i < claim.contentFrom || t.stop || t.numeric || c.quantityTokens.has(i) || cues.has(i) || (t.norm === 'non' && c.tokens[i + 1]?.hyphenAfterPrevious) || approximator(c, i) || aspectualNegationParticle(c.tokens, i)) return;
    let stem = stems.get(t.stem);
    if (!stem) stems.set(t.stem, (stem = { k: stems.size, w: weight(corpus, t.stem) }));
    content.push({ t, i, w: stem.w, k: stem.k, prefix: t.stem.length >= PREFIX_KEY ? t.stem.slice(0, PREFIX_KEY) : undefined });
  });
  const { clauseOf, clauses } = clausesOf(c, claim.contentFrom);
  const p: PreparedClaim = { corpus, contentFrom: claim.contentFrom, claimStems: new Set(c.tokens.map((t) => t.stem)), monotonicity: monotonicity(c), stemCounts: stemCounts(c.tokens), content, distinct: stems.size, clauseOf, clauses, phraseItems: [] };
  prepared.set(c, p);
  return p;
}

const DATE_PERIODS: ReadonlySet<string> = new Set(QUANTITY_WORDS.datePeriods);

/**
 * "close" in "close to 18 million", "early" in "by early 2014": part of the figure's
 * approximation or of the date, not a word of the claim.
 */
function approximator(c: Analysis, i: number): boolean {
  const norm = c.tokens[i]?.norm;
  if (norm === 'close') return c.tokens[i + 1]?.norm === 'to' && c.quantityTokens.has(i + 2);
  return norm !== undefined && DATE_PERIODS.has(norm) && c.quantities.some((q) => q.firstToken === i + 1 && (q.kind === 'year' || q.kind === 'date'));
}

const CLAUSE_BREAKS = new Set(['while', 'whereas', 'but', 'although', 'though', 'yet']);

/** Clause index of each token from `from` on; a new clause starts at a break word or after a semicolon. */
function clausesOf(c: Analysis, from: number): { clauseOf: number[]; clauses: number } {
  const clauseOf = new Array<number>(c.tokens.length).fill(0);
  let clause = 0;
  for (let i = from; i < c.tokens.length; i++) {
    const gap = i > 0 ? c.text.slice(c.tokens[i - 1]!.end - c.base, c.tokens[i]!.start - c.base) : '';
    if (CLAUSE_BREAKS.has(c.tokens[i]!.norm) || gap.includes(';')) clause++;
    clauseOf[i] = clause;
  }
  return { clauseOf, clauses: clause };
}

/** How many times each stem stands in a text's tokens. */
export function stemCounts(tokens: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
  return counts;
}

export function weight(corpus: Corpus, stem: string): number {
  // Unseen words weigh as much as the rarest seen word: an absent word is evidence against support,
  // but no single word should outweigh the rest of the sentence.
  const df = corpus.retriever.documentFrequency(stem);
  return corpus.retriever.idf(stem) / (df === 0 ? 1.25 : 1);
}
