// Aligns one claim with one passage: named checks (figures and dates, names, words, clauses,
// polarity) each record what they saw as typed observations; one pure decision (decide.ts)
// turns them into a stance. Plain, deterministic; no model.
import { passageAnalysis } from '../claims/passageAnalysis';
import type { Corpus } from '../corpus/corpus';
import { MAX_PASSAGE_CHARS } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { Explanation, Observation, Stance } from '../types';
import type { CheckId, CompareContext } from './checks/context';
import { observe } from './checks/context';
import { checkFigures } from './checks/figures';
import { checkNames } from './checks/names';
import { unsupportedOperators } from './checks/operators';
import { checkQuotes } from './checks/quotes';
import { addedNegations } from './checks/negationCues';
import { prepare, weight, type ClaimFacts, type PreparedClaim } from './checks/prepare';
import { alignWords, type Credit, type WordAlignment } from './checks/words';
import type { Conflict } from './conflict';
import { decide } from './decide';
import { deniedByPassage, polarityConflict } from './polarity';
import { view, type PassageView } from './passageView';

export type { Conflict, TextPiece } from './conflict';
export type { ClaimFacts } from './checks/prepare';
export { CONTRADICT_COVERAGE, OWN_COVERAGE, SUPPORT_COVERAGE, SUPPORT_COVERAGE_WITH_FIGURE } from './decide';

/** Words found only in neighbouring passages count for less (as in checks/words.ts). */
const CONTEXT_WEIGHT = 0.6;

export interface Comparison {
  passageId: number;
  stance: Stance;
  /** Weighted share of the claim's content words found in the passage and its context. */
  coverage: number;
  /** The same share, counting the passage alone. */
  ownCoverage: number;
  /** Claim figures the passage (or its context) states too. */
  factsMatched: number;
  /** Of those, the ones the passage itself states. */
  factsOwn: number;
  /** Share of the claim's word weight found only in the title the passage's pronoun refers to: for ranking, never for a stance. */
  subjectCoverage: number;
  conflicts: Conflict[];
  /** Offsets into the source of the evidence: the passage, plus an adjacent sentence that states the rest. */
  evidenceStart: number;
  evidenceEnd: number;
  /** Claim figures, names or clauses the passage neither states nor contradicts. */
  missing: number;
  /**
   * A figure or date of the claim the passage neither states nor contradicts: kept apart from the
   * observations, which only the top comparison keeps (verify.ts).
   */
  factMissing: boolean;
  /** What each check saw, and the check that decided the stance. */
  explanation: Explanation;
}

export function compare(corpus: Corpus, claim: ClaimFacts, passageId: number): Comparison {
  const v = view(corpus, passageId);
  const c = claim.analysis;
  const p = v.analysis;
  const prep = prepare(corpus, claim);
  const observations: Observation[] = [];
  const ctx: CompareContext = { corpus, prep, claim: c, passage: p, view: v, passageId, key: corpus.passageKey(passageId), contentFrom: claim.contentFrom, shown: claim.shown ?? c.text, citedKeys: claim.citedKeys ?? [], observations };

  const figures = checkFigures(ctx);
  const names = checkNames(ctx, figures);
  const excluded = new Set([...figures.excluded, ...names.excluded]);
  const words = alignWords(ctx, excluded, names);
  const conflicts: Conflict[] = [...figures.conflicts, ...names.conflicts];
  const conflictChecks: CheckId[] = [...figures.conflicts.map((k): CheckId => (k.kind === 'date' ? 'date' : k.kind === 'polarity' ? 'antonym' : 'figure')), ...names.conflicts.map((): CheckId => 'name')];
  const quotes = checkQuotes(ctx);
  const unentailed = operatorMisses(ctx);
  const missing: CheckId[] = [...observations.filter((o) => o.effect === 'missing' && o.check !== 'words' && o.check !== 'operator').map((o) => o.check as CheckId)];
  // Every clause of the claim must be borne out, not just most of its words: in "Oxford leads X
  // while UCL leads Y" a passage about Oxford and X alone does not support the sentence.
  if (weakClause(prep, words.credits)) {
    missing.push('clause');
    observe(ctx, 'clause', 'missing', { start: c.base, end: c.base + c.text.length });
  }
  let total = words.total;
  // A name swapped for another ("Nvidia" where the passage has "Graphcore" and "non-NVIDIA") is
  // that conflict; the prefix that negates the name in the passage is not a second one.
  const found = polarityConflict(c, p, claim.contentFrom, words.unmatched, prep.claimStems, words.alternations, words.alignedAt, words.absorbedCues);
  const overlaps = (range: { start: number; end: number }): boolean => found !== undefined && range.start < found.conflict.claimed.end && found.conflict.claimed.start < range.end;
  // Nor is a word of a quotation held verbatim, here or in another passage of the source: the
  // quotation gives the source's own words ("seize the burden and the glory of freedom" after "no
  // nation has ever been so ready to"), and what surrounds them is not the claim's.
  const polarity = found && (names.conflicts.some((k) => overlaps(k.claimed)) || quotes.elsewhere.some(overlaps) || quotes.verbatim.some(overlaps)) ? undefined : found;
  // A negation only the claim has keeps it from support; a conflict found above already says more.
  if (!polarity && addedNegations(ctx, words.absorbedCues) > 0) missing.push('negation');
  else if (!polarity && conflicts.length === 0) {
    // A negation only the passage has, over most of what the two share, keeps it from support too.
    const denied = deniedByPassage(c, p, claim.contentFrom, words.absorbedCues);
    if (denied) {
      missing.push('negation');
      observe(ctx, 'negation', 'missing', denied.claimed, denied.cue);
    }
  }
  if (polarity) {
    conflicts.push(polarity.conflict);
    conflictChecks.push(polarity.check);
    observe(ctx, polarity.check, 'contradicts', polarity.conflict.claimed, polarity.conflict.source);
    if (polarity.antonymStem) total -= weight(corpus, polarity.antonymStem);
  }
  withQuoteConflicts(conflicts, conflictChecks, quotes.conflicts);
  const tally = coverageOf(words, total, conflicts.length, figures);
  const unalignedWeight = words.unaligned.filter((item) => item.t.stem !== polarity?.antonymStem).reduce((n, item) => n + item.w, 0);
  // The tally's fields written out: fields after a leading spread are each defined through a
  // runtime call in V8 (about 1.3 µs a field, a tenth of a comparison here).
  const { stance, decidedBy } = decide({
    coverage: tally.coverage,
    ownCoverage: tally.ownCoverage,
    shared: words.seen - words.unmatched.length + figures.factsMatched + contextShared(words.unmatched, v),
    factsMatched: figures.factsMatched,
    conflicts: conflictChecks,
    missing,
    unentailed,
    unaligned: total > 0 ? unalignedWeight / total : 0,
    narrower: words.narrower.length,
    reported: claim.contentFrom > 0 || claim.reported === true,
    cited: claim.citedKeys?.includes(ctx.key) === true,
    // The one conflict is a value in the claim's own slot (checks/figures.ts anchoredRival), or an
    // opposite standing where the claim word does, between the same two words (checks/words.ts slotAntonym).
    anchoredConflict: conflicts.length === 1 && (figures.anchored === 1 || polarity?.slotted === true),
  });
  // Only support is widened: a contradiction's evidence is the sentence that states the other value.
  // A contradicting name may stand in the sentence right before the passage (checks/names.ts): the evidence holds that sentence too.
  const [evidenceStart, evidenceEnd] = stance === 'supports' ? evidenceSpan(corpus, passageId, words.unmatched) : [Math.min(p.base, ...conflicts.map((k) => sentenceStartOf(v, k.source.start))), p.base + p.text.length];
  return {
    passageId,
    stance,
    ...tally,
    factsMatched: figures.factsMatched,
    factsOwn: figures.factsOwn,
    subjectCoverage: words.total > 0 ? words.subject / words.total : 0,
    conflicts: stance === 'contradicts' ? conflicts : [],
    missing: missing.length,
    factMissing: observations.some((o) => o.effect === 'missing' && (o.check === 'figure' || o.check === 'date')),
    evidenceStart,
    evidenceEnd,
    explanation: { decidedBy, observations },
  };
}

/** Where the passage or the neighbour before it that holds an offset starts. */
function sentenceStartOf(v: PassageView, offset: number): number {
  if (offset >= v.analysis.base) return v.analysis.base;
  return v.before.find((a) => a.base <= offset && offset < a.base + a.text.length)?.base ?? offset;
}

/**
 * A disagreeing value still shows the passage speaks of the same slot: count it as covered (with
 * the average weight of a word) when judging how much of the claim the passage addresses.
 * Figures count like words: one average word each, stated here, in the context, or not at all.
 */
function coverageOf(words: WordAlignment, total: number, conflicts: number, figures: { factsMatched: number; factsOwn: number }): { coverage: number; ownCoverage: number } {
  const average = words.seen > 0 ? total / words.seen : 1;
  const slot = conflicts * average;
  const ownFacts = figures.factsOwn * average;
  const contextFacts = (figures.factsMatched - figures.factsOwn) * CONTEXT_WEIGHT * average;
  const all = total + slot + figures.factsMatched * average;
  const coverage = all > 0 ? Math.min(1, (words.own + words.context + slot + ownFacts + contextFacts) / all) : 0;
  const ownCoverage = all > 0 ? (words.own + slot + ownFacts) / all : 0;
  return { coverage, ownCoverage };
}

/** Claim operators the passage does not entail ("only", "all" where it says "most"), observed. */
function operatorMisses(ctx: CompareContext): CheckId[] {
  const misses: CheckId[] = [];
  for (const op of unsupportedOperators(ctx.claim, ctx.passage)) {
    const first = ctx.claim.tokens[op.first];
    const last = ctx.claim.tokens[op.last];
    if (!first || !last || op.first < ctx.contentFrom) continue;
    misses.push('operator');
    observe(ctx, 'operator', 'missing', { start: first.start, end: last.end });
  }
  return misses;
}

/**
 * A misquote is one conflict, whatever changed inside the quotation: a figure, name or opposite
 * found inside it is part of that conflict, not another one.
 */
function withQuoteConflicts(conflicts: Conflict[], checks: CheckId[], quoteConflicts: readonly Conflict[]): void {
  for (let at = conflicts.length - 1; at >= 0; at--) {
    const claimed = conflicts[at]?.claimed;
    if (claimed && quoteConflicts.some((q) => q.claimed.start <= claimed.start && claimed.end <= q.claimed.end)) {
      conflicts.splice(at, 1);
      checks.splice(at, 1);
    }
  }
  for (const quote of quoteConflicts) {
    conflicts.push(quote);
    checks.push('quote');
  }
}

/** Widens the evidence to an adjacent sentence of the same source that states words the passage lacks. */
function evidenceSpan(corpus: Corpus, passageId: number, unmatched: ReadonlyArray<{ t: Token }>): [number, number] {
  const p = passageAnalysis(corpus, passageId);
  let start = p.base;
  let end = p.base + p.text.length;
  if (unmatched.length === 0) return [start, end];
  const wanted = new Set(unmatched.map(({ t }) => t.stem));
  for (const id of corpus.neighbours(passageId, 1, 1)) {
    const n = passageAnalysis(corpus, id);
    const nEnd = n.base + n.text.length;
    if (Math.max(end, nEnd) - Math.min(start, n.base) > MAX_PASSAGE_CHARS) continue;
    if (n.tokens.some((t) => wanted.has(t.stem))) {
      start = Math.min(start, n.base);
      end = Math.max(end, nEnd);
    }
  }
  return [start, end];
}

/** A clause with this share of its words or less covered is not supported. */
const WEAK_CLAUSE = 0.5;

function weakClause(prep: PreparedClaim, credits: readonly Credit[]): boolean {
  const { clauseOf, clauses } = prep;
  if (clauses === 0) return false;
  // Per clause, summed in credit order (as a filter and reduce per clause would).
  const count = new Array<number>(clauses + 1).fill(0);
  const w = new Array<number>(clauses + 1).fill(0);
  const got = new Array<number>(clauses + 1).fill(0);
  for (const x of credits) {
    const k = clauseOf[x.i] ?? 0;
    count[k]!++;
    w[k]! += x.w;
    got[k]! += x.credit;
  }
  for (let k = 0; k <= clauses; k++) {
    if (count[k]! < 2) continue;
    if (w[k]! > 0 && got[k]! / w[k]! < WEAK_CLAUSE) return true;
  }
  return false;
}

function contextShared(unmatched: ReadonlyArray<{ t: Token }>, v: PassageView): number {
  return unmatched.filter(({ t }) => v.windowStems.has(t.stem)).length;
}
