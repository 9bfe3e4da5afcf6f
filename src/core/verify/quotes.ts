// Checks that quoted words stand verbatim in a source, and finds what the source really says.
import { cachePerOwner } from '../boundedCache';
import { passageAnalysis } from '../claims/passageAnalysis';
import type { Corpus } from '../corpus/corpus';
import { contentTokens, tokenize, type Token } from '../text/tokens';
import { alignQuote } from './quoteAlignment';

export { alignQuote } from './quoteAlignment';

export interface QuoteCheck {
  verbatim: boolean;
  passageId?: number;
  /** Offsets into the source of the words the quote should have been, for a misquote. */
  sourceStart?: number;
  sourceEnd?: number;
  sourceText?: string;
}

/** A quote must share this share of its words, in order, with a passage to count as a misquote. */
export const MISQUOTE_MIN_SHARE = 0.6;

/** Passages at most that may hold a word for it to pin a two-word quotation's source down alone. */
const RARE_QUOTE_WORD_PASSAGES = 3;

/**
 * A two-word quotation with one word changed, whose other word the corpus seldom uses: "total FUD"
 * for "complete FUD" (one passage says "FUD"). Half a two-word quotation is below the share a
 * misquote needs, but a word that rare says which words were quoted; a common one ("America" in
 * "Remove America") could be any passage's.
 */
function pinnedByRareWord(corpus: Corpus, quote: readonly Token[], best: { id: number; matched: number; from: number; to: number }): boolean {
  if (quote.length !== 2 || best.matched !== 1) return false;
  // The source's two words must be one phrase: no punctuation between them ("the market, America" is none).
  const passage = corpus.passage(best.id);
  const words = (corpus.sourceText(passage.key) ?? '').slice(best.from, best.to);
  if (/[,;:.!?()"“”]/.test(words)) return false;
  // The word kept must be kept as written: a misquote changes one word and copies the other, while
  // a term in quotation marks that shares only a stem with the source ("polluter pays" / "start
  // paying") quotes nothing.
  const held = new Set(passageAnalysis(corpus, best.id).tokens.filter((t) => t.start >= best.from && t.end <= best.to).map((t) => t.norm));
  return quote.some((t) => !t.stop && held.has(t.norm) && corpus.retriever.documentFrequency(t.stem) <= RARE_QUOTE_WORD_PASSAGES);
}

export function normalizeQuoted(text: string): string {
  const spaced = text
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ');
  return trimEdges(spaced, QUOTE_EDGE);
}

/** Spaces, quote marks and punctuation a quotation may start or end with. */
const QUOTE_EDGE = new Set([' ', '"', "'", '.', ',', ';', ':']);

/** `text` without the characters of `edge` at either end: a scan (the pattern form backtracks on long runs). */
function trimEdges(text: string, edge: Set<string>): string {
  let start = 0;
  let end = text.length;
  while (start < end && edge.has(text.charAt(start))) start += 1;
  while (end > start && edge.has(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

/** Quote checks by corpus and quoted text: the misquote rule runs on every check of a brief. */
const QUOTE_CACHE_LIMIT = 1_000;
const quoteCache = cachePerOwner<string, QuoteCheck>(QUOTE_CACHE_LIMIT);

export function checkQuote(corpus: Corpus, quoted: string): QuoteCheck {
  return quoteCache(corpus).get(quoted, () => findQuote(corpus, quoted));
}

function findQuote(corpus: Corpus, quoted: string): QuoteCheck {
  const wanted = normalizeQuoted(quoted);
  const tokens = tokenize(quoted);
  const stems = contentTokens(tokens).map((t) => t.stem);
  const candidates = corpus.retriever.query(stems.length ? stems : tokens.map((t) => t.stem), 12);
  let best: { id: number; matched: number; from: number; to: number } | undefined;
  for (const { id } of candidates) {
    const passage = corpus.passage(id);
    const next = corpus.neighbours(id, 0, 1)[0];
    const around = next === undefined ? passage.text : passage.text + ' ' + corpus.passage(next).text;
    if (normalizeQuoted(around).includes(wanted)) return { verbatim: true, passageId: id };
    const aligned = alignQuote(tokens, passageAnalysis(corpus, id).tokens);
    if (aligned && (!best || aligned.matched > best.matched)) best = { id, ...aligned };
  }
  if (!best || (best.matched < MISQUOTE_MIN_SHARE * tokens.length && !pinnedByRareWord(corpus, tokens, best))) return { verbatim: false };
  const passage = corpus.passage(best.id);
  const text = corpus.sourceText(passage.key) ?? '';
  return { verbatim: false, passageId: best.id, sourceStart: best.from, sourceEnd: best.to, sourceText: text.slice(best.from, best.to) };
}
