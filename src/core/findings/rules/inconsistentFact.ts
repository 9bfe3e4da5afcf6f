// inconsistent-fact: the brief states the same fact with two different values.
import { sameMeasure, sameQuantity, temporalOffset, type Quantity } from '../../claims/quantities';
import { finishSteps } from '../../timeSlices';
import { changesOf } from '../../claims/changes';
import type { Analysis } from '../../claims/analyze';
import type { ParsedBrief } from '../../brief/parse';
import { passageAnalysis } from '../../claims/passageAnalysis';
import type { Corpus } from '../../corpus/corpus';
import type { Finding } from '../../types';
import { edit, finding, type Rule, type RuleContext, type SentenceContext } from '../context';
import { unstatedFigureOf } from './unsupported';
import { rivalInCitedPassage } from './unstatedFigure';
import RESTATEMENTS from './restatements.json';
import { normalizeWord, stemOf } from '../../text/tokens';
import { possessive } from '../../claims/attributionPhrase';
import { capitalOf } from '../../lexicon/relation';
import { lemmaOf } from '../../verify/nameKinds';

/** Share of content words two sentences must share to be about the same fact. */
const SAME_SUBJECT = 0.5;

function subject(s: SentenceContext): Set<string> {
  const a = s.check.analysis;
  return new Set(a.tokens.filter((t, i) => !t.stop && !t.numeric && !a.quantityTokens.has(i)).map((t) => t.stem));
}

/**
 * Two claims of one sentence set their values side by side on purpose ("8 percent in 2019 [@a],
 * and in 2021 by almost a third [@b]"): a contrast, never one fact stated twice.
 */
function sameSentence(a: SentenceContext, b: SentenceContext): boolean {
  return a.index === b.index;
}

/**
 * Two claims citing sources with no key in common report two sources: each is checked against
 * its own ("Clinton claimed 8 million jobs [@a]" beside "Obama claimed 14 million [@b]"), and
 * neither is the brief stating one fact twice.
 */
function reportsOfOtherSources(a: SentenceContext, b: SentenceContext): boolean {
  const left = a.check.citedKeys;
  const right = b.check.citedKeys;
  return left.length > 0 && right.length > 0 && !left.some((key) => right.includes(key));
}

const isTime = (q: Quantity): boolean => q.kind === 'year' || q.kind === 'date';

/** Both claims are dated, and by no year in common: "the deficit in 1998" and "the deficit in 2008" are two facts. */
function differentTimes(a: SentenceContext, b: SentenceContext): boolean {
  const years = (s: SentenceContext) => new Set(s.check.analysis.quantities.filter(isTime).map((q) => q.value));
  const left = years(a);
  const right = years(b);
  return left.size > 0 && right.size > 0 && ![...left].some((year) => right.has(year));
}

// Two rows of a table are two records (a row per country, per year), never one fact stated twice.

/** Names of a claim: places by their canonical form, others by their words. */
function names(s: SentenceContext): Set<string> {
  return new Set(s.check.analysis.entities.map((e) => e.place ?? e.stems.join(' ')));
}

/**
 * Two claims that both name who or what they are about share one of those names: "Clinton
 * claimed 8 million jobs" and "Obama claimed 14 million jobs" state different facts.
 */
function sameNamedSubject(a: SentenceContext, b: SentenceContext): boolean {
  const left = names(a);
  const right = names(b);
  if (left.size === 0 || right.size === 0) return true;
  for (const name of left) if (right.has(name)) return true;
  return capitalForCountry(a, b) || capitalForCountry(b, a);
}

/**
 * Whether one claim names by its capital a country the other names ("Washington held 300 private
 * talks" / "talks held by the United States"): the place for its government (Lakoff & Johnson
 * 1980), one subject.
 */
function capitalForCountry(a: SentenceContext, b: SentenceContext): boolean {
  const capitals = a.check.analysis.entities.filter((e) => e.stems.length === 1);
  return capitals.some((capital) => b.check.analysis.entities.some((place) => capitalOf(lemmaOf(capital), lemmaOf(place))));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/**
 * How far a statement's value can be trusted: what the corpus bears out, then a claim no source
 * decides, then the writer's analysis, then what the corpus contradicts.
 */
const TRUST: Record<SentenceContext['check']['verdict'], number> = { supported: 3, unsupported: 2, opinion: 1, contradicted: 0 };

/**
 * Which of two statements of the same measure with different values is the odd one out: the
 * less trusted, else the later. None when the corpus bears both out (each is true of what its
 * source speaks of: two speakers' "lowest in five years" and "lowest in half a century"), when it
 * contradicts both (each has its own finding), or when both are analysis (neither states it).
 */
function oddOneOut(earlier: SentenceContext, later: SentenceContext): 'earlier' | 'later' | undefined {
  const a = earlier.check.verdict;
  const b = later.check.verdict;
  if (a === b && a !== 'unsupported') return undefined;
  return TRUST[a] < TRUST[b] ? 'earlier' : 'later';
}

/**
 * Earlier claims compared with one claim, at most: claims are found through their figures' keys
 * (below), so this bounds only a brief with very many figures of the same kind near the same
 * words that are nevertheless not comparable; the work stays linear in the brief (issue 16).
 */
const MAX_COMPARED = 64;

/**
 * Claims read between two chances to yield (inconsistentFactSteps): at 256 a step of a 1 MB
 * brief took 18 to 65 ms, beyond the 15 ms slice; at 32 a few milliseconds.
 */
export const FIGURE_CLAIMS_PER_STEP = 32;

/**
 * Pairs of claims compared before the first pass yields early: 32 claims of a 4 MB brief, each
 * compared with up to MAX_COMPARED earlier ones, took 38 ms in one step. Pairs cost about the
 * same, so a step's work is bounded by pairs, not by claims alone.
 */
export const FIGURE_PAIRS_PER_STEP = 256;

export const inconsistentFactRule: Rule = (context) => finishSteps(inconsistentFactSteps(context));

/** The rule in steps of FIGURE_CLAIMS_PER_STEP claims with a figure (four passes: pairs, definite descriptions, claims by source, source values), between which a sliced check yields (a long brief's figures take seconds). */
export function* inconsistentFactSteps({ brief, corpus, sentences }: RuleContext): Generator<void, Finding[], void> {
  const findings: Finding[] = [];
  // Analysis takes part too: "With only two US labs ahead, is pooling the route?" restates a fact.
  const claims = sentences.filter((s) => s.check.analysis.quantities.length > 0);
  // Each claim's subject is worked out when it is first compared, so no step reads them all.
  const subjects = new Map<SentenceContext, ReturnType<typeof subject>>();
  const subjectOf = (s: SentenceContext): ReturnType<typeof subject> => {
    let found = subjects.get(s);
    if (!found) subjects.set(s, (found = subject(s)));
    return found;
  };
  const earlierClaims = new FigureIndex();
  let pairs = 0;
  for (const [j, later] of claims.entries()) {
    if (j > 0 && (j % FIGURE_CLAIMS_PER_STEP === 0 || pairs >= FIGURE_PAIRS_PER_STEP)) {
      pairs = 0;
      yield;
    }
    const keys = figureKeys(later);
    const candidates = earlierClaims.candidates(keys, MAX_COMPARED);
    earlierClaims.add(keys, j);
    for (const i of candidates) {
      pairs++;
      // The index holds only positions of claims added on earlier turns of this loop.
      const earlier = claims[i]!;
      if (sameSentence(earlier, later) || reportsOfOtherSources(earlier, later) || overlap(subjectOf(earlier), subjectOf(later)) < SAME_SUBJECT || !sameNamedSubject(earlier, later) || (earlier.sentence.row && later.sentence.row)) continue;
      const pair = differing(earlier, later, differentTimes(earlier, later));
      // A statement that agrees with an earlier one is not the odd one out: "£60M … £40M … £60M"
      // flags the £40M once, not the last £60M against it.
      if (pair === 'agrees') break;
      if (!pair) continue;
      const [q1, q2] = pair;
      const odd = oddOneOut(earlier, later);
      if (!odd) continue;
      const keepLater = odd === 'earlier';
      const [wrong, right, rightSentence] = keepLater ? [q1, q2, later] : [q2, q1, earlier];
      const wrongSentence = keepLater ? earlier : later;
      if (attested(wrongSentence, wrong)) continue;
      findings.push(inconsistency(brief, wrong, right, rightSentence, wrongSentence.index));
      break;
    }
  }
  const flagged = new Set(findings.map((f) => f.span.start));
  const restated = [...(yield* definiteRestatements(claims)), ...(yield* sourceRestatements(corpus, claims))];
  for (const r of restated) {
    if (flagged.has(r.wrong.start)) continue;
    flagged.add(r.wrong.start);
    findings.push(inconsistency(brief, r.wrong, r.right, r.rightClaim, r.wrongClaim.index, r.fixed !== true));
  }
  return findings;
}

/**
 * A value its own evidence passage states ("figure supports" in the claim's explanation) is what
 * a source says, though the claim as a whole was not borne out (a paraphrase the check could not
 * align): it is never the odd one out, and a fix to the other value would make it wrong.
 */
function attested(s: SentenceContext, q: Quantity): boolean {
  return s.check.explanation.observations.some((o) => (o.check === 'figure' || o.check === 'date') && o.effect === 'supports' && o.claim === q.text);
}

/**
 * The finding on the odd value. Its fix uses the other value only when a source states that value
 * (its claim is borne out, or its own evidence gives it): between two values no source settles,
 * the brief is inconsistent but which value is right is unknown, and a fix to either could make
 * a correct statement wrong.
 */
function inconsistency(brief: ParsedBrief, wrong: Quantity, right: Quantity, rightSentence: SentenceContext, sentenceIndex: number, offerFix = true): Finding {
  const line = brief.lines.positionAt(rightSentence.sentence.span.start).line + 1;
  const settled = offerFix && (rightSentence.check.verdict === 'supported' || attested(rightSentence, right));
  const fixes = settled ? [{ title: `Use “${right.text}” as on line ${line}`, kind: 'replace-value' as const, edits: [edit(brief, { start: wrong.start, end: wrong.end }, right.text)], isPreferred: true, safe: false }] : [];
  return finding(brief, 'inconsistent-fact', { start: wrong.start, end: wrong.end }, `This brief states “${right.text}” for the same fact on line ${line}`, fixes, { sentenceIndex });
}

interface Restated {
  wrong: Quantity;
  wrongClaim: SentenceContext;
  right: Quantity;
  rightClaim: SentenceContext;
  /** The wrong value's contradiction already offers the source's value as a fix: no second one. */
  fixed?: boolean;
}

/** A claim's figure or date and the value a passage of its source gives instead. */
interface SourceValue {
  wrong: Quantity;
  stated: Quantity;
  passageId: number;
  /** The claim's own finding already offers the source's value as a fix. */
  fixed: boolean;
}

/**
 * The value a source gives instead of the claim's: the one conflict of a contradicted claim, or
 * the one value of the same measure that the cited passage on the claim's subject gives instead
 * of a figure it never states (rules/unstatedFigure.ts: a contradiction without a fix).
 */
function sourceValueOf(corpus: Corpus, claim: SentenceContext): SourceValue | undefined {
  const decisive = claim.check.decisive;
  if (claim.check.verdict === 'unsupported') {
    const figure = unstatedFigureOf(corpus, claim);
    const found = figure && rivalInCitedPassage(corpus, claim, figure);
    return figure && found ? { wrong: figure, stated: found.rival, passageId: found.passageId, fixed: false } : undefined;
  }
  const [conflict, ...more] = decisive?.conflicts ?? [];
  if (claim.check.verdict !== 'contradicted' || !decisive || !conflict || more.length > 0 || (conflict.kind !== 'figure' && conflict.kind !== 'date')) return undefined;
  const wrong = claim.check.analysis.quantities.find((q) => q.start === conflict.claimed.start && q.end === conflict.claimed.end);
  const stated = passageAnalysis(corpus, decisive.passageId).quantities.find((q) => q.start === conflict.source.start && q.end === conflict.source.end);
  return wrong && stated ? { wrong, stated, passageId: decisive.passageId, fixed: conflict.replaceable } : undefined;
}

/**
 * A figure or date its source gives otherwise, where another claim of the brief states the
 * source's value from the same source: the brief gives one fact two ways, and the source's
 * passage says which two. The passage ties the two statements together, however differently they
 * are worded (a table cell and a sentence, "the programme" and "funding for the labs"), where
 * shared words around the figures cannot. Claims are found by source and kind of figure, at most
 * MAX_COMPARED each: linear in the brief.
 */
function* sourceRestatements(corpus: Corpus, claims: readonly SentenceContext[]): Generator<void, Restated[], void> {
  const found: Restated[] = [];
  const bySource = yield* attestedBySource(claims);
  for (const [index, claim] of claims.entries()) {
    if (index > 0 && index % FIGURE_CLAIMS_PER_STEP === 0) yield;
    const value = sourceValueOf(corpus, claim);
    if (!value) continue;
    const { wrong, stated } = value;
    const others = bySource.get(sourceKey(corpus.passageKey(value.passageId), stated)) ?? [];
    for (const other of others.slice(0, MAX_COMPARED)) {
      const figure = sameSentence(other, claim) || reportsOfOtherSources(other, claim) ? undefined : other.check.analysis.quantities.find((q) => sameMeasure(q, stated) && sameQuantity(q, stated) && attested(other, q));
      if (!figure) continue;
      found.push({ wrong, wrongClaim: claim, right: figure, rightClaim: other, fixed: value.fixed });
      break;
    }
  }
  return found;
}

const sourceKey = (key: string, q: Quantity): string => `${key}\u0000${isTime(q) ? 'time' : q.kind}`;

/** Claims by the source their evidence comes from and the kind of a figure it bears out: each is listed once per kind. */
function* attestedBySource(claims: readonly SentenceContext[]): Generator<void, Map<string, SentenceContext[]>, void> {
  const bySource = new Map<string, SentenceContext[]>();
  for (const [index, claim] of claims.entries()) {
    if (index > 0 && index % FIGURE_CLAIMS_PER_STEP === 0) yield;
    const key = claim.evidence[0]?.key;
    if (key === undefined) continue;
    const keys = new Set(claim.check.analysis.quantities.filter((q) => attested(claim, q)).map((q) => sourceKey(key, q)));
    for (const k of keys) {
      const list = bySource.get(k);
      if (list) list.push(claim);
      else bySource.set(k, [claim]);
    }
  }
  return bySource;
}

/** Determiners that make a noun phrase point back at something the reader has already been told (restatements.json). */
const DEFINITE: ReadonlySet<string> = new Set(RESTATEMENTS.definite);
/** Words that give a definite noun phrase's value right before the figure ("the programme, worth £65 million"). */
const VALUE_WORDS: ReadonlySet<string> = new Set(RESTATEMENTS.valueWords);
/** Tokens a value word may stand after the definite determiner ("the programme is worth"). */
const VALUE_REACH = 4;

/** Nouns of a stated value that a possessive makes definite ("Ford's forecast of …"), as stems (restatements.json). */
const REPORT_NOUNS: ReadonlySet<string> = new Set(RESTATEMENTS.reportNouns.map((word) => stemOf(normalizeWord(word))));
/** Tokens a possessive description's noun may stand before its figure ("the founder's estimate that R1's post-training cost roughly $3 million"). */
const REPORT_REACH = 8;

/**
 * A figure a possessive description of a stated value gives ("Ford's forecast of a $40 billion
 * deficit", "Clinton's promise of classes of 20"): a value noun right after a possessive, within
 * REPORT_REACH tokens before the figure and with no other figure between.
 */
function possessiveReportFigure(a: Analysis, figure: Quantity): boolean {
  for (let k = figure.firstToken - 1; k >= 1 && k >= figure.firstToken - REPORT_REACH; k--) {
    const token = a.tokens[k];
    if (!token || token.numeric) return false;
    const owner = a.tokens[k - 1];
    if (REPORT_NOUNS.has(token.stem) && owner !== undefined && possessive(owner, a.text, a.base)) return true;
  }
  return false;
}

/**
 * A figure a definite description gives: right after its determiner ("the £50 million
 * programme"), after a value word that follows one ("the programme, worth £65 million"), or in a
 * possessive description of a stated value ("Ford's forecast of a $40 billion deficit").
 */
function definiteFigure(a: Analysis, figure: Quantity): boolean {
  const before = a.tokens[figure.firstToken - 1]?.norm ?? '';
  if (DEFINITE.has(before) || possessiveReportFigure(a, figure)) return true;
  if (!VALUE_WORDS.has(before)) return false;
  for (let k = figure.firstToken - 2; k >= 0 && k >= figure.firstToken - 1 - VALUE_REACH; k--) {
    const token = a.tokens[k];
    if (!token || token.numeric) return false;
    if (DEFINITE.has(token.norm)) return true;
  }
  return false;
}

/** An amount, or a count of a named thing: what a definite description can restate. */
function restatable(q: Quantity): boolean {
  return q.kind === 'money' || (q.kind === 'count' && q.unit.length > 0);
}

/** Two figures of one measure: the same currency, or counts of a thing both name. */
function sameThingCounted(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && sameMeasure(a, b) && (a.kind !== 'count' || a.unit.some((stem) => b.unit.includes(stem)));
}

/**
 * A definite description that restates a figure ("the £50 million programme", "the 47-nation
 * summit era") points back at a figure the brief has given: when the brief gave one value of that
 * measure before (or one value near the same words), and not this one, the two state one fact two
 * ways, whatever words surround them. A claim a source bears out or contradicts is left to them.
 */
function* definiteRestatements(claims: readonly SentenceContext[]): Generator<void, Restated[], void> {
  const found: Restated[] = [];
  const earlier: { claim: SentenceContext; figure: Quantity }[] = [];
  for (const [index, claim] of claims.entries()) {
    if (index > 0 && index % FIGURE_CLAIMS_PER_STEP === 0) yield;
    const a = claim.check.analysis;
    const open = claim.check.verdict === 'unsupported' || claim.check.verdict === 'opinion';
    for (const figure of open ? a.quantities : []) {
      if (!restatable(figure) || !definiteFigure(a, figure)) continue;
      const right = antecedent(claim, figure, earlier.slice(-MAX_COMPARED));
      if (right && !attested(claim, figure)) found.push({ wrong: figure, wrongClaim: claim, right: right.figure, rightClaim: right.claim });
    }
    if (claim.check.verdict !== 'contradicted') for (const figure of a.quantities) if (restatable(figure)) earlier.push({ claim, figure });
  }
  return found;
}

/** The one earlier figure of the same measure a definite figure can point back at, when it has another value. */
function antecedent(claim: SentenceContext, figure: Quantity, earlier: readonly { claim: SentenceContext; figure: Quantity }[]): { claim: SentenceContext; figure: Quantity } | undefined {
  const measured = earlier.filter((e) => e.claim !== claim && !(e.claim.sentence.row && claim.sentence.row) && !reportsOfOtherSources(e.claim, claim) && !differentTimes(e.claim, claim) && sameThingCounted(e.figure, figure));
  if (measured.length === 0 || measured.some((e) => sameQuantity(e.figure, figure))) return undefined;
  const values = (list: typeof measured) => new Set(list.map((e) => e.figure.value));
  if (values(measured).size === 1) return measured[0];
  // Several values of the measure: the one whose claim holds the same words ("summit"), if only
  // one does; the thing both count ("nation") is no such word. The earlier claim is read whole:
  // it introduced the thing ("44 nations would gather in Washington for a Nuclear Security
  // Summit") that the description names in a word or two ("the 47-nation summit era").
  const words = near(claim, figure);
  const close = measured.filter((e) => [...subject(e.claim)].some((word) => words.has(word) && !(figure.unit.includes(word) && e.figure.unit.includes(word))));
  return values(close).size === 1 ? close[0] : undefined;
}

/**
 * Keys of a claim's figures: kind (a year and a date share one) and a word near the figure. Two
 * figures can be of the same fact only when they share a key (near() must overlap), so a claim is
 * compared only with claims that share one, never with every earlier claim.
 */
function figureKeys(s: SentenceContext): string[] {
  const keys = new Set<string>();
  for (const q of s.check.analysis.quantities) {
    const kind = isTime(q) ? 'time' : q.kind;
    for (const word of near(s, q)) keys.add(`${kind}\u0000${word}`);
  }
  return [...keys];
}

/** Claims by figure key, in brief order. */
class FigureIndex {
  private readonly byKey = new Map<string, number[]>();

  add(keys: readonly string[], claim: number): void {
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (list) list.push(claim);
      else this.byKey.set(key, [claim]);
    }
  }

  /** The first `limit` earlier claims sharing a key, in brief order: a merge of the keys' lists. */
  candidates(keys: readonly string[], limit: number): number[] {
    const lists = keys.map((key) => this.byKey.get(key)).filter((list): list is number[] => list !== undefined);
    const heads = lists.map(() => 0);
    const out: number[] = [];
    while (out.length < limit) {
      let best = -1;
      for (let l = 0; l < lists.length; l++) {
        const value = lists[l]![heads[l]!];
        if (value !== undefined && (best < 0 || value < lists[best]![heads[best]!]!)) best = l;
      }
      if (best < 0) break;
      const value = lists[best]![heads[best]!]!;
      if (out[out.length - 1] !== value) out.push(value);
      heads[best]!++;
    }
    return out;
  }
}

/**
 * Words around a figure: what it is a figure of. A measure (an amount, a count, a duration) is
 * often named a clause away ("a public open-source strategy for eight years" / "the strategy,
 * which has now run for ten years"); a year or date stands beside the event it dates, and two
 * years a few words apart are usually two events (the year of a speech, the year it speaks of).
 */
const NEAR_MEASURE = 8;
const NEAR_TIME = 5;

const nearCache = new WeakMap<Quantity, Set<string>>();

function near(s: SentenceContext, q: Quantity): Set<string> {
  const cached = nearCache.get(q);
  if (cached) return cached;
  const tokens = s.check.analysis.tokens;
  const words = new Set<string>();
  const reach = isTime(q) ? NEAR_TIME : NEAR_MEASURE;
  const from = Math.max(0, q.firstToken - reach);
  for (const [offset, token] of tokens.slice(from, q.lastToken + reach + 1).entries()) {
    const i = from + offset;
    if ((i < q.firstToken || i > q.lastToken) && !token.stop && !token.numeric) words.add(token.stem);
  }
  nearCache.set(q, words);
  return words;
}

/**
 * The words around a figure other than what it counts: sameMeasure() already matched the unit, so
 * "160 million Americans in managed care" and "15 million Americans pledged training" share only
 * the measure, not the fact.
 */
function besidesUnit(s: SentenceContext, q: Quantity): Set<string> {
  const words = new Set(near(s, q));
  for (const stem of q.unit) words.delete(stem);
  return words;
}

/** Whether a figure of a claim is the amount of a change ("cut by nearly 60 percent"), not a level. */
function isDelta(a: Analysis, q: Quantity): boolean {
  return changesOf(a).some((change) => change.delta === q);
}

/**
 * Whether two figures play the same role: the amount of a change and a level or share ("cut by
 * 60 percent" and "three-quarters of oil imports") are different facts, whatever their unit, and
 * so are a length and an offset between two events ("22 years later").
 */
function sameRole(sa: SentenceContext, x: Quantity, sb: SentenceContext, y: Quantity): boolean {
  const [a, b] = [sa.check.analysis, sb.check.analysis];
  return isDelta(a, x) === isDelta(b, y) && temporalOffset(a.tokens, x) === temporalOffset(b.tokens, y);
}

/** Two figures of the same thing with different values; else 'agrees' when the sentences state a figure of the same thing alike. */
function differing(sa: SentenceContext, sb: SentenceContext, otherTimes: boolean): [Quantity, Quantity] | 'agrees' | undefined {
  const a = sa.check.analysis.quantities;
  const b = sb.check.analysis.quantities;
  let differ: [Quantity, Quantity] | undefined;
  let valueDiffers = false;
  let agree = false;
  for (const x of a) {
    for (const y of b) {
      if (x.kind !== y.kind || !sameMeasure(x, y) || !sameRole(sa, x, sb, y)) continue;
      // The two figures must be of the same thing, not merely in sentences on the same subject.
      if (overlap(besidesUnit(sa, x), besidesUnit(sb, y)) < SAME_SUBJECT) continue;
      if (sameQuantity(x, y)) agree = true;
      else if (!b.some((z) => sameQuantity(x, z)) && !a.some((z) => sameQuantity(y, z))) {
        differ ??= [x, y];
        valueDiffers ||= !isTime(x);
      }
    }
  }
  // Two dated claims whose years and another value both differ state the value at two times
  // ("40,000 containers in 2019", "60,000 in 2024"); with only the years differing, a year may be the slip.
  if (otherTimes && valueDiffers) return undefined;
  return differ ?? (agree ? 'agrees' : undefined);
}
