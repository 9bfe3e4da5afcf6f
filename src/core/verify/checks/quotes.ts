// Quotations: words the claim puts in quotation marks must stand verbatim in the passage (or the
// sentence after it, where a quotation runs on). A passage that holds most of the quotation with
// a word changed contradicts it (a misquote); one that does not hold it cannot bear it out,
// however many of the claim's other words it shares. Editorial brackets ("[China's]") and
// ellipses mark words the writer changed or left out on purpose: they are not compared.
import type { Analysis, Quote } from '../../claims/analyze';
import { wordsToNumber } from '../../claims/numberWords';
import { cachePerOwner } from '../../boundedCache';
import { tokenize, type Token } from '../../text/tokens';
import { piece, type Conflict } from '../conflict';
import { alignQuote, MISQUOTE_MIN_SHARE } from '../quotes';
import { observe, type CompareContext } from './context';
import { slotRivals } from './slots';

export interface QuoteFindings {
  conflicts: Conflict[];
  /** Quotations the passage neither holds nor misquotes. */
  missing: number;
  /** Claim token indices inside a quotation the passage holds verbatim or misquotes. */
  quoted: Set<number>;
  /** Quotations another passage of the same source holds verbatim: this passage's words neither bear them out nor deny them. */
  elsewhere: { start: number; end: number }[];
  /** Quotations this passage (or its context) holds verbatim: their words are the source's own, which no negation around them reverses. */
  verbatim: { start: number; end: number }[];
}

/** Where a quotation omits or inserts words: an ellipsis or an editorial bracket between two words. */
const OMISSION = /\.\.\.|…|\[|\]/;

/** The quotation's words as runs that must each stand together, in order; bracketed words left out. */
export function quotedRuns(text: string, base: number, tokens: readonly Token[], quote: Quote): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let bracketDepth = 0;
  let previousEnd = quote.start;
  for (const token of tokens) {
    if (token.start < quote.start || token.end > quote.end) continue;
    const gap = text.slice(previousEnd - base, token.start - base);
    previousEnd = token.end;
    for (const char of gap) bracketDepth += char === '[' ? 1 : char === ']' ? -1 : 0;
    if (OMISSION.test(gap) && run.length > 0) {
      runs.push(run);
      run = [];
    }
    if (bracketDepth <= 0) run.push(token);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Whether the runs stand in `words` one after another, each run's words contiguous. */
export function holdsRuns(runs: readonly Token[][], words: readonly Token[]): boolean {
  let from = 0;
  for (const run of runs) {
    const at = indexOfRun(run, words, from);
    if (at < 0) return false;
    from = at + run.length;
  }
  return true;
}

function indexOfRun(run: readonly Token[], words: readonly Token[], from: number): number {
  for (let start = from; start + run.length <= words.length; start++) {
    if (run.every((token, k) => sameQuotedWord(token, words[start + k]))) return start;
  }
  return -1;
}

/** The same word, or the same number written in words or digits ("two" / "2"): a house style, not a misquote. */
function sameQuotedWord(quoted: Token, source: Token | undefined): boolean {
  if (!source) return false;
  if (quoted.norm === source.norm) return true;
  const value = (t: Token): number | undefined => (t.numeric ? Number(t.norm.replace(/,/g, '')) : wordsToNumber([t.norm]));
  const a = value(quoted);
  return a !== undefined && !Number.isNaN(a) && a === value(source);
}

/** Per corpus, a source's words as their normalised forms, one space apart: a few sources quoted at a time. */
const sourceWords = cachePerOwner<string, string>(16);
/** Per corpus, per source and quotation: asked again for each passage of that source a claim is compared with. */
const quotedInSource = cachePerOwner<string, boolean>(4096);

/**
 * Whether every run of the quotation stands word for word somewhere in the passage's source (a
 * source may say a thing twice in other words: "embedded with China's techno-authoritarian
 * values" and "techno-authoritarian rather than Western ... values").
 */
function quotedElsewhereInSource(ctx: CompareContext, runs: readonly Token[][]): boolean {
  const wanted = runs.map((run) => ` ${run.map((t) => t.norm).join(' ')} `);
  return quotedInSource(ctx.corpus).get(`${ctx.key}\u0000${wanted.join('\u0000')}`, () => {
    const words = sourceWords(ctx.corpus).get(ctx.key, () => ` ${tokenize(ctx.corpus.sourceText(ctx.key) ?? '').map((t) => t.norm).join(' ')} `);
    return wanted.every((run) => words.includes(run));
  });
}

/**
 * The words a quotation may stand in: the passage and the context its view reads it with (its
 * source's title and the sentences either side). A quotation runs on into the next sentence, and
 * a writer folds a phrase the source said a sentence or two before into the same claim
 * ("Carter's 1979 budget, which he called "lean and tight", carried ...").
 */
function quoteWindow(ctx: CompareContext): Token[] {
  return [...ctx.view.before.flatMap((a) => a.tokens), ...ctx.passage.tokens, ...ctx.view.after.flatMap((a) => a.tokens)];
}

export function checkQuotes(ctx: CompareContext): QuoteFindings {
  const found: QuoteFindings = { conflicts: [], missing: 0, quoted: new Set(), elsewhere: [], verbatim: [] };
  const { claim: c, passage: p } = ctx;
  checkQuotedWords(ctx, found);
  if (c.quotes.length === 0) return found;
  const words = quoteWindow(ctx);
  for (const quote of c.quotes) {
    const runs = quotedRuns(c.text, c.base, c.tokens, quote);
    const quoteTokens = runs.flat();
    if (quoteTokens.length === 0) continue;
    if (holdsRuns(runs, words)) {
      markQuoted(c.tokens, quote, found.quoted);
      found.verbatim.push(quote);
      observe(ctx, 'quote', 'supports', quote);
      continue;
    }
    // Verbatim in another passage of the same source: no misquote, whatever this passage words;
    // this passage does not hold it, so it bears the claim out no more than without it.
    if (quotedElsewhereInSource(ctx, runs)) {
      found.missing++;
      found.elsewhere.push(quote);
      observe(ctx, 'quote', 'missing', quote);
      continue;
    }
    const aligned = alignQuote(quoteTokens, p.tokens);
    if (aligned && aligned.matched >= MISQUOTE_MIN_SHARE * quoteTokens.length) {
      markQuoted(c.tokens, quote, found.quoted);
      found.conflicts.push({ kind: 'quote', claimed: piece(c, quote.start, quote.end), source: piece(p, aligned.from, aligned.to), replaceable: false });
      observe(ctx, 'quote', 'contradicts', quote, { start: aligned.from, end: aligned.to });
    } else {
      found.missing++;
      observe(ctx, 'quote', 'missing', quote);
    }
  }
  return found;
}

/** Whether passage token `j` stands inside quotation marks (a quotation or a quoted word). */
function quotedInPassage(p: Analysis, j: number): boolean {
  const token = p.tokens[j];
  return token !== undefined && [...p.quotes, ...p.quotedWords].some((q) => token.start >= q.start && token.end <= q.end);
}

/**
 * A single quoted word is held to the source only where the passage quotes another word in its
 * slot ("too "obscure"; they" / "too "vague"; they"): then it is a one-word misquote, however
 * close in meaning. Elsewhere it is a scare quote or a term, compared as a word.
 */
export function checkQuotedWords(ctx: CompareContext, into: QuoteFindings): void {
  const { claim: c, passage: p } = ctx;
  for (const quote of c.quotedWords) {
    const i = c.tokens.findIndex((t) => t.start >= quote.start && t.end <= quote.end);
    const word = c.tokens[i];
    if (!word || ctx.view.stems.has(word.stem)) continue;
    const j = slotRivals(c.tokens, i, p.tokens).find((at) => quotedInPassage(p, at));
    const rival = j === undefined ? undefined : p.tokens[j];
    if (!rival) continue;
    into.quoted.add(i);
    into.conflicts.push({ kind: 'quote', claimed: piece(c, quote.start, quote.end), source: piece(p, rival.start, rival.end), replaceable: true });
    observe(ctx, 'quote', 'contradicts', quote, rival);
  }
}

function markQuoted(tokens: readonly Token[], quote: Quote, into: Set<number>): void {
  tokens.forEach((token, i) => {
    if (token.start >= quote.start && token.end <= quote.end) into.add(i);
  });
}
