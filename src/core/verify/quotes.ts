// Checks that quoted words stand verbatim in a source, and finds what the source really says.
import { cachePerOwner } from '../boundedCache';
import { passageAnalysis } from '../claims/passageAnalysis';
import type { Corpus } from '../corpus/corpus';
import { contentTokens, tokenize, type Token } from '../text/tokens';

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
  if (!best || best.matched < MISQUOTE_MIN_SHARE * tokens.length) return { verbatim: false };
  const passage = corpus.passage(best.id);
  const text = corpus.sourceText(passage.key) ?? '';
  return { verbatim: false, passageId: best.id, sourceStart: best.from, sourceEnd: best.to, sourceText: text.slice(best.from, best.to) };
}

/** Best local alignment of the quote's words with a passage's words (match +2, gap -1). */
export function alignQuote(quote: readonly Token[], passage: readonly Token[]): { matched: number; from: number; to: number } | undefined {
  const n = quote.length;
  const m = passage.length;
  if (n === 0 || m === 0) return undefined;
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const matches: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const startAt: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  const quoteStart: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  let bestScore = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const same = quote[i - 1].norm === passage[j - 1].norm || quote[i - 1].stem === passage[j - 1].stem;
      const fresh = startAt[i - 1][j - 1] < 0;
      const options: Array<[number, number, number, number]> = [
        [0, 0, -1, -1],
        [score[i - 1][j - 1] + (same ? 2 : -1), matches[i - 1][j - 1] + (same ? 1 : 0), fresh ? j - 1 : startAt[i - 1][j - 1], fresh ? i - 1 : quoteStart[i - 1][j - 1]],
        [score[i - 1][j] - 1, matches[i - 1][j], startAt[i - 1][j], quoteStart[i - 1][j]],
        [score[i][j - 1] - 1, matches[i][j - 1], startAt[i][j - 1], quoteStart[i][j - 1]],
      ];
      let pick = options[0];
      for (const o of options) if (o[0] > pick[0]) pick = o;
      [score[i][j], matches[i][j], startAt[i][j], quoteStart[i][j]] = pick;
      if (same && score[i][j] > bestScore) {
        bestScore = score[i][j];
        bi = i;
        bj = j;
      }
    }
  }
  if (bestScore === 0) return undefined;
  // Words of the quote before and after the aligned run stand for the source's words there
  // ("lose the race" -> "win the race"): widen by as many words, within the passage.
  const qFirst = quoteStart[bi][bj] < 0 ? bi - 1 : quoteStart[bi][bj];
  const first = Math.max(0, (startAt[bi][bj] < 0 ? bj - 1 : startAt[bi][bj]) - qFirst);
  const last = Math.min(m - 1, bj - 1 + (n - bi));
  return { matched: matches[bi][bj], from: passage[first].start, to: passage[last].end };
}
