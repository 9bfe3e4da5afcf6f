// Ranks: an ordinal before what it ranks ("the fifth Pirates movie", "his tenth grandchild").
// A rank is no figure a source is expected to state (most are how a writer tells things: "the
// first time"), so a passage silent on it leaves it unchecked. But a passage that ranks the same
// thing otherwise ("the fourth installment in the Pirates film series", "our 12th grandchild")
// states another value of the same measure: an alternation, found where the two rank a thing
// named by a word they share.
import { ordinalValue } from '../../claims/numberWords';
import type { Analysis } from '../../claims/analyze';
import type { Token } from '../../text/tokens';
import { piece } from '../conflict';
import { observe, type CompareContext } from './context';
import type { FigureFindings } from './figures';

/** Content words read after an ordinal for what it ranks: about a noun phrase's reach. */
const RANKED_REACH = 3;
/** Tokens read after an ordinal for those words ("the fourth installment in the Pirates film series"). */
const RANKED_TOKENS = 6;

/** The rank a token writes: "fifth", "5th", "12th". */
function rankOf(t: Token): number | undefined {
  const written = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(t.raw);
  return written ? Number(written[1]) : ordinalValue(t.norm);
}

/** Stems of the content words right after token `i`: what the ordinal there ranks. */
function rankedWords(a: Analysis, i: number): Set<string> {
  const words = new Set<string>();
  for (let k = i + 1; k < Math.min(a.tokens.length, i + 1 + RANKED_TOKENS) && words.size < RANKED_REACH; k++) {
    const t = a.tokens[k] as Token;
    if (!t.stop && !t.numeric) words.add(t.stem);
  }
  return words;
}

/** Ordinals of an analysis outside its figures, each with its index and rank. */
function ranks(a: Analysis, from: number): { i: number; rank: number }[] {
  const found: { i: number; rank: number }[] = [];
  for (let i = from; i < a.tokens.length; i++) {
    const rank = a.quantityTokens.has(i) ? undefined : rankOf(a.tokens[i] as Token);
    if (rank !== undefined) found.push({ i, rank });
  }
  return found;
}

/** Records a claim rank the passage gives another value for the same thing, as a figure conflict in the claim's slot. */
export function checkRanks(ctx: CompareContext, found: FigureFindings): void {
  const claimed = ranks(ctx.claim, ctx.contentFrom);
  if (claimed.length === 0) return;
  const stated = ranks(ctx.passage, 0);
  for (const { i, rank } of claimed) {
    if (stated.some((s) => s.rank === rank)) continue;
    const mine = rankedWords(ctx.claim, i);
    const rival = stated.find((s) => [...rankedWords(ctx.passage, s.i)].some((stem) => mine.has(stem)));
    if (!rival) continue;
    const [t, u] = [ctx.claim.tokens[i] as Token, ctx.passage.tokens[rival.i] as Token];
    found.conflicts.push({ kind: 'figure', claimed: piece(ctx.claim, t.start, t.end), source: piece(ctx.passage, u.start, u.end), replaceable: true });
    found.excluded.add(i);
    found.anchored++;
    observe(ctx, 'figure', 'contradicts', t, u);
  }
}
