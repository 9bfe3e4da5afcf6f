// Polarity: a word the claim and passage share that is negated on one side only, or a claim word
// whose opposite stands in the passage.
import type { Analysis } from '../claims/analyze';
import { COMPARATIVE_BOUNDS, COMPLEMENTIZERS, COORDINATED_NEGATIONS, EMPHATIC_QUANTIFIERS, SEMI_MODALS, negatesNextPredicate } from '../claims/lexicon';
import { phraseAt } from './phrases';
import { relation, relationsOf } from '../lexicon/relation';
import { wordNet } from '../lexicon/source';
import { sameQuantity } from '../claims/quantities';
import { stemOf, type Token } from '../text/tokens';
import { domainAntonyms } from './checks/domainLexicon';
import type { Alternation } from './checks/words';
import { piece, type Conflict } from './conflict';
import SUPERLATIVES from './superlatives.json';

const NEGATIVE_QUANTIFIERS: ReadonlySet<string> = new Set(SUPERLATIVES.negativeQuantifiers);
const FREE_CHOICE: ReadonlySet<string> = new Set(SUPERLATIVES.freeChoice);
const EQUATIVE_WORDS: ReadonlySet<string> = new Set(SUPERLATIVES.equativeWords);
const INFERIOR: ReadonlySet<string> = new Set(SUPERLATIVES.inferiorComparatives);
const DEGREE_DEMONSTRATIVES: ReadonlySet<string> = new Set(SUPERLATIVES.degreeDemonstratives);
const TIME_BOUNDS: ReadonlySet<string> = new Set(SUPERLATIVES.timeBounds);
const UPPER_BOUNDS: ReadonlySet<string> = new Set(SUPERLATIVES.upperBounds);
const LOWER_BOUNDS: ReadonlySet<string> = new Set(SUPERLATIVES.lowerBounds);
/** Tokens before a figure in which its bound word stands ("a maximum of $1,000", "up to 40"). */
const BOUND_REACH = 3;
/** Tokens after a negation cue within which its equative ("doesn't pay as much") stands. */
const EQUATIVE_REACH = 4;
/** Tokens between a negative quantifier and the comparative it bounds ("No start-up in European history has raised more"). */
const QUANTIFIER_REACH = 10;

export interface PolarityFinding {
  conflict: Conflict;
  /** The check that found it: a negation on one side, an antonym, or another kind of the same thing. */
  check: 'negation' | 'antonym' | 'co-hyponym';
  /** The claim word replaced by its opposite (its weight is not counted as missing). */
  antonymStem?: string;
  /** The opposite stands in the claim word's own slot (both neighbours shared): the slot says which word it replaces. */
  slotted?: boolean;
}

/**
 * A shared word negated on one side only, or a claim word the passage replaces by one that
 * excludes it (WordNet's alternations: antonyms, co-hyponyms; and the domain's opposites).
 */
export function polarityConflict(
  c: Analysis,
  p: Analysis,
  contentFrom: number,
  unmatched: ReadonlyArray<{ t: Token; i: number }>,
  claimStems: Set<string>,
  alternations: readonly Alternation[],
  alignedAt: ReadonlyMap<number, number> = new Map(),
  absorbedCues: ReadonlySet<number> = new Set(),
): PolarityFinding | undefined {
  // Without a negation cue on either side no word is negated: only the exclusion tests below apply.
  if (c.cues.length > 0 || p.cues.length > 0) {
    const conflict = negationConflict(c, p, contentFrom, alignedAt, absorbedCues);
    if (conflict) return { conflict, check: 'negation' };
  }
  for (const { t } of unmatched) {
    const opposites = domainAntonyms(t.stem);
    const rival = opposites && p.tokens.find((u) => opposites.has(u.stem) && !claimStems.has(u.stem));
    if (rival) return { conflict: { kind: 'polarity', claimed: piece(c, t.start, t.end), source: piece(p, rival.start, rival.end), replaceable: true }, check: 'antonym', antonymStem: t.stem };
  }
  const alternation = alternations.find((a) => a.via === 'antonym') ?? alternations.find((a) => a.via === 'co-hyponym');
  if (!alternation) return undefined;
  const { word, rival } = alternation;
  const kind = alternation.via === 'antonym' ? 'polarity' : 'name';
  // An opposite away from the claim word's role shows that the passage disagrees, not which word
  // the brief should write instead: a fix is offered only for one in its place.
  const replaceable = alternation.slotted === true || alternation.inRole === true;
  return { conflict: { kind, claimed: piece(c, word.t.start, word.t.end), source: piece(p, rival.start, rival.end), replaceable }, check: alternation.via === 'antonym' ? 'antonym' : 'co-hyponym', ...(alternation.repeat || alternation.functionWord ? {} : { antonymStem: word.t.stem }), ...(alternation.slotted ? { slotted: true } : {}) };
}

/**
 * Whether the cue is a negative quantifier whose scope holds "COMPARATIVE … than" ("No start-up
 * has raised more funding than NScale") or an equative "as much … as" ("No start-up has attracted
 * as much funding as NScale"): nothing of the set equals or passes the one compared with it.
 */
function boundsComparative(a: Analysis, cue: number): boolean {
  if (!NEGATIVE_QUANTIFIERS.has(a.tokens[cue]?.norm ?? '')) return false;
  const reach = a.tokens.slice(cue + 1, cue + 1 + QUANTIFIER_REACH);
  // The word that closes it ("than", "as") may lie past the reach, after what is compared.
  const closedBy = (k: number, word: string): boolean => a.tokens.slice(cue + 2 + k, cue + 2 + k + QUANTIFIER_REACH).some((u) => u.norm === word);
  return reach.some((t, k) => (COMPARATIVE_BOUNDS.has(t.norm) && closedBy(k, 'than')) || (t.norm === 'as' && EQUATIVE_WORDS.has(reach[k + 1]?.norm ?? '') && closedBy(k + 1, 'as')));
}

/** "… more funding than any European start-up": a comparative against every member of a class. */
function comparedWithAll(a: Analysis): boolean {
  return a.tokens.some((t, k) => t.norm === 'than' && FREE_CHOICE.has(a.tokens[k + 1]?.norm ?? '') && a.tokens.slice(Math.max(0, k - QUANTIFIER_REACH), k).some((u) => COMPARATIVE_BOUNDS.has(u.norm)));
}

/** Whether the cue negates an equative of amount ("doesn't pay as much", "not as many jobs as"). */
function negatesEquative(a: Analysis, cue: number): boolean {
  const reach = a.tokens.slice(cue + 1, cue + 1 + EQUATIVE_REACH);
  return reach.some((t, k) => t.norm === 'as' && EQUATIVE_WORDS.has(reach[k + 1]?.norm ?? ''));
}

/**
 * The adjective a cue negates in a degree bounded by a time ("has not been this low since 1969"):
 * a demonstrative of degree, the adjective, then a time bound within the equative's reach.
 */
function degreeSince(a: Analysis, cue: number): string | undefined {
  const reach = a.tokens.slice(cue + 1, cue + 1 + EQUATIVE_REACH + 2);
  const at = reach.findIndex((t, k) => DEGREE_DEMONSTRATIVES.has(t.norm) && TIME_BOUNDS.has(reach[k + 2]?.norm ?? ''));
  return at >= 0 ? reach[at + 1]?.norm : undefined;
}

/** The adjective a negative quantifier's comparative compares by ("more shameful", "higher"), in its base form. */
function comparedAdjective(a: Analysis, cue: number): string | undefined {
  const reach = a.tokens.slice(cue + 1, cue + 1 + QUANTIFIER_REACH);
  const net = wordNet();
  for (const [k, t] of reach.entries()) {
    if (t.norm === 'more') return reach[k + 1]?.norm;
    const base = net.lemmas(t.norm).find((l) => l.pos === 'a' && l.word !== t.norm && t.norm.endsWith('er'));
    if (base) return base.word;
  }
  return undefined;
}

/**
 * Whether a negative quantifier's comparative bound ("no tax return could receive more than
 * $1,000") is the other side's bound of the same figure ("a maximum of $1,000 per return"):
 * nothing above it is what a maximum says; "no fewer than 40" a minimum.
 */
function boundOfSameFigure(negated: Analysis, cue: number, other: Analysis): boolean {
  const reach = negated.tokens.slice(cue + 1, cue + 1 + QUANTIFIER_REACH + 2);
  const than = reach.findIndex((t) => t.norm === 'than');
  const comparative = reach[than - 1];
  if (than < 1 || !comparative) return false;
  const figure = negated.quantities.find((q) => q.firstToken === cue + 2 + than);
  const bounds = INFERIOR.has(comparative.norm) ? LOWER_BOUNDS : UPPER_BOUNDS;
  return figure !== undefined && other.quantities.some((r) => sameQuantity(figure, r) && other.tokens.slice(Math.max(0, r.firstToken - BOUND_REACH), r.firstToken).some((t) => bounds.has(t.norm)));
}

/** Whether the other side says the adjective in the superlative ("lowest", "the most stable"). */
function superlativeOf(other: Analysis, adjective: string): boolean {
  const net = wordNet();
  return other.tokens.some((t, k) => (t.norm.endsWith('est') && net.lemmas(t.norm).some((l) => l.word === adjective)) || (t.norm === 'most' && other.tokens[k + 1]?.norm === adjective));
}

/**
 * Whether a cue of one side, read with the other side, is part of a construction that says what
 * the other says without a negation (superlatives.json): "No start-up has raised more than NScale"
 * / "NScale has raised more than any start-up"; "doesn't pay as much" / "pays less". The one
 * place this is decided: negationConflict, checks/negationCues.ts and checks/slots.ts ask it.
 */
export function negationParaphrased(negated: Analysis, cue: number, other: Analysis): boolean {
  const bounded = boundsComparative(negated, cue);
  if ((bounded && (comparedWithAll(other) || boundOfSameFigure(negated, cue, other))) || (negatesEquative(negated, cue) && other.tokens.some((t) => INFERIOR.has(t.norm)))) return true;
  // "none is more shameful than X" says "X is the most shameful": the set's bound is the superlative.
  const compared = bounded ? comparedAdjective(negated, cue) : undefined;
  if (compared !== undefined && superlativeOf(other, compared)) return true;
  const degree = degreeSince(negated, cue);
  if (degree !== undefined && superlativeOf(other, degree)) return true;
  const restating = restatingToken(negated, cue, other);
  return restating !== undefined && !other.negated[restating];
}

/**
 * The token of the other side that writes a negative verb or adjective of one side ("excluded",
 * "banned", "lacks") in its own words: a WordNet synonym or derivation, or a two-word verb ("shut
 * out", "exclusion"). Both then state the same negative predicate: neither negates the other,
 * unless the other side negates its own word ("not shut out"). Function-word cues ("not", "no")
 * have no such paraphrase.
 */
function restatingToken(negated: Analysis, cue: number, other: Analysis): number | undefined {
  const word = negated.tokens[cue];
  if (!word || word.stop) return undefined;
  // Asked of one cue by the conflict test, the paraphrase test and the cue count of a comparison.
  let ofPair = restatings.get(negated)?.get(other);
  if (!ofPair) {
    const byOther = restatings.get(negated) ?? new WeakMap<Analysis, Map<number, number>>();
    restatings.set(negated, byOther);
    byOther.set(other, (ofPair = new Map()));
  }
  let found = ofPair.get(cue);
  if (found === undefined) {
    const relationTo = relationsOf(word.norm);
    const restates = (t: Token | undefined): boolean => t !== undefined && !t.stop && relationTo(t.norm).relation === 'equivalent';
    found = other.tokens.findIndex((t, j) => !other.cues.includes(j) && (restates(t) || restates(phraseAt(other.tokens, j))));
    ofPair.set(cue, found);
  }
  return found >= 0 ? found : undefined;
}

/** Per negated side, per other side, per cue: the restating token's index, or -1. */
const restatings = new WeakMap<Analysis, WeakMap<Analysis, Map<number, number>>>();

/**
 * A negative predicate of one side that the other restates under a negation ("excluded from" /
 * "not shut out of"): the one says what the other denies. The claim's cue or the passage's, as
 * the other conflicts report a negation.
 */
function restatementNegated(c: Analysis, p: Analysis, contentFrom: number): Conflict | undefined {
  for (const cue of p.cues) {
    const r = restatingToken(p, cue, c);
    const claimCue = r === undefined || r < contentFrom || !c.negated[r] ? undefined : governingCue(c, r);
    if (claimCue !== undefined) return claimNegates(c, p, claimCue, cue);
  }
  for (const cue of c.cues) {
    const r = cue < contentFrom ? undefined : restatingToken(c, cue, p);
    const passageCue = r === undefined || !p.negated[r] ? undefined : governingCue(p, r);
    const claimed = c.tokens[cue];
    const source = passageCue === undefined ? undefined : p.tokens[passageCue];
    if (claimed && source) return { kind: 'polarity', claimed: piece(c, claimed.start, claimed.end), source: piece(p, source.start, source.end), replaceable: false, negation: 'source' };
  }
  return undefined;
}

/** The first content word after a cue: what it negates ("no Americans", "not approve"). */
function cueHead(a: Analysis, cue: number): string | undefined {
  const head = cueHeadIndex(a, cue);
  return head === undefined ? undefined : a.tokens[head]?.stem;
}

function cueHeadIndex(a: Analysis, cue: number): number | undefined {
  for (let k = cue + 1; k < a.tokens.length; k++) {
    const t = a.tokens[k] as Token;
    if (!t.stop && !EMPHATIC_QUANTIFIERS.has(t.norm) && !a.cues.includes(k)) return k;
  }
  return undefined;
}

/**
 * Whether every negation cue of each side is the same cue on the other side negating the same
 * word ("leaving no Americans there" / "there are no Americans fighting"): aligned negations
 * cancel (an equivalence edit, MacCartney & Manning), however far each one's scope is read.
 */
function cuesAligned(c: Analysis, p: Analysis, contentFrom: number): boolean {
  const claimCues = c.cues.filter((k) => k >= contentFrom);
  if (claimCues.length === 0 || claimCues.length !== p.cues.length) return false;
  const key = (a: Analysis, k: number): string => `${a.tokens[k]?.norm ?? ''} ${cueHead(a, k) ?? ''}`;
  const passageKeys = p.cues.map((k) => key(p, k)).sort();
  const claimKeys = claimCues.map((k) => key(c, k)).sort();
  // A negated word the passage also asserts ("will fund the northern labs; will not fund the
  // southern labs") leaves open which of the two the claim's negation is: the counts decide.
  const assertedToo = p.cues.some((k) => {
    const stem = cueHead(p, k);
    return p.tokens.some((u, j) => u.stem === stem && !p.negated[j]);
  });
  return !assertedToo && claimKeys.every((k, i) => k === passageKeys[i] && !k.endsWith(' '));
}

/**
 * Whether each side negates as often, and every claim cue's predicate (the first content word
 * after it) stands negated in the passage, in its own word or another ("did not ratify the
 * treaty" / "failed to win ratification in the Senate", "was not approved" / "never won
 * approval"): the two deny the same thing, and a shared word on the other side of a cue
 * ("treaty" after "not", before "failed") is where each places an argument, not a reversal.
 */
function predicatesNegatedAlike(c: Analysis, p: Analysis, contentFrom: number, alignedAt: ReadonlyMap<number, number>, absorbedCues: ReadonlySet<number>): boolean {
  const claimCues = c.cues.filter((k) => k >= contentFrom && !absorbedCues.has(k));
  if (claimCues.length === 0 || claimCues.length !== p.cues.length) return false;
  return claimCues.every((cue) => {
    const head = cueHeadIndex(c, cue);
    const word = head === undefined ? undefined : c.tokens[head];
    if (head === undefined || !word) return false;
    const aligned = alignedAt.get(head);
    const stem = aligned === undefined ? word.stem : p.tokens[aligned]?.stem;
    const occurrences = p.tokens.flatMap((u, j) => (u.stem === stem ? [j] : []));
    return occurrences.length > 0 && occurrences.every((j) => p.negated[j]);
  });
}

/** "need" or "have" before "to": the modality of the verb after it, which is what a negation denies. */
function semiModal(a: Analysis, i: number): boolean {
  const t = a.tokens[i];
  return t !== undefined && SEMI_MODALS.has(t.norm) && a.tokens[i + 1]?.norm === 'to';
}

/** Tokens a change's origin ("from years to days") may hold before its "to". */
const ORIGIN_REACH = 4;

/**
 * Whether the claim word at `i` is the origin of a change ("cut waits from years to days", "a
 * shift from coal to gas", "lowering the rate to 14 percent from 15 percent"): what the change
 * leaves, which the claim does not assert. A passage that denies it ("in days rather than years",
 * "to 14 percent instead of 15 percent") says the same.
 */
function changeOrigin(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  let from = -1;
  for (let k = i - 1; k >= Math.max(0, i - ORIGIN_REACH); k--) {
    if (tokens[k]?.norm === 'to') return false;
    if (tokens[k]?.norm === 'from') {
      from = k;
      break;
    }
  }
  if (from < 0) return false;
  const isTo = (t: Token): boolean => t.norm === 'to';
  return tokens.slice(i + 1, from + 1 + ORIGIN_REACH + 1).some(isTo) || tokens.slice(Math.max(0, from - ORIGIN_REACH), from).some(isTo);
}

/**
 * `alignedAt`: claim words the passage says in another word (WordNet: "main" / "principal"), with
 * that word's index: the word a passage's "not" negates may be one of them.
 */
function negationConflict(c: Analysis, p: Analysis, contentFrom: number, alignedAt: ReadonlyMap<number, number>, absorbedCues: ReadonlySet<number>): Conflict | undefined {
  const restated = restatementNegated(c, p, contentFrom);
  if (restated) return restated;
  if (cuesAligned(c, p, contentFrom) || predicatesNegatedAlike(c, p, contentFrom, alignedAt, absorbedCues)) return undefined;
  if (c.cues.some((cue) => negationParaphrased(c, cue, p)) || p.cues.some((cue) => negationParaphrased(p, cue, c))) return undefined;
  const { claimOnly, passageOnly, both, claimNegated, passageNegated, cueAgrees, cueDisagrees } = negationCounts(c, p, contentFrom, absorbedCues);
  if (claimOnly + passageOnly > both && passageOnly >= claimOnly && passageNegated >= 0 && negatesWhatClaimSays(c, p, governingCue(p, passageNegated) ?? -1, alignedAt)) {
    const j = passageNegated;
    const cue = governingCue(p, j);
    const cueTok = cue === undefined ? undefined : p.tokens[cue];
    const word = p.tokens[j];
    // The passage word was counted because a claim word shares its stem, under a cue of the passage.
    const t = word && c.tokens.find((u) => u.stem === word.stem);
    if (!cueTok || !word || !t) return undefined;
    const prefix = cue === j - 1 && word.hyphenAfterPrevious;
    return prefix
      ? { kind: 'polarity', claimed: piece(c, t.start, t.end), source: piece(p, cueTok.start, word.end), replaceable: true }
      : { kind: 'polarity', claimed: piece(c, t.start, t.end), source: piece(p, cueTok.start, cueTok.end), replaceable: false, negation: 'source' };
  }
  if (claimOnly + passageOnly > both && claimNegated >= 0) {
    const shared = c.tokens[claimNegated];
    const cue = governingCue(c, claimNegated);
    if (shared && cue !== undefined) return claimNegates(c, p, cue, p.tokens.findIndex((u) => u.stem === shared.stem));
  }
  // A claim cue none of whose shared words the passage negates: the claim denies what the passage
  // asserts, even when another clause negated on both sides outweighs it in the counts above.
  for (const [cue, j] of cueDisagrees) {
    if (!cueAgrees.has(cue)) return claimNegates(c, p, cue, j);
  }
  return c.cues.some((k) => k >= contentFrom && !absorbedCues.has(k)) ? passageCueDenied(c, p, contentFrom) : undefined;
}

/**
 * A coordinated passage cue whose own item the claim asserts, where the claim negates another:
 * the counts above weigh one agreeing negation against one disagreeing and see a balance ("We
 * seek neither territory nor bases" / "sought bases, though not territory"). Such a cue negates
 * the item right after it (its head). Other cues' heads are often a modifier of what they negate
 * ("without data exfiltration"), which the counts read better.
 */
function passageCueDenied(c: Analysis, p: Analysis, contentFrom: number): Conflict | undefined {
  for (const cue of p.cues) {
    if (!COORDINATED_NEGATIONS.has(p.tokens[cue]?.norm ?? '')) continue;
    const head = cueHeadIndex(p, cue);
    const word = head === undefined ? undefined : p.tokens[head];
    if (head === undefined || !word || !p.negated[head]) continue;
    const i = c.tokens.findIndex((t, k) => k >= contentFrom && !t.stop && t.stem === word.stem);
    const claimed = c.tokens[i];
    const cueToken = p.tokens[cue];
    if (claimed && cueToken && !c.negated[i]) return { kind: 'polarity', claimed: piece(c, claimed.start, claimed.end), source: piece(p, cueToken.start, word.end), replaceable: false, negation: 'source' };
  }
  return undefined;
}

/**
 * Whether the passage's cue negates a predicate the claim states: the first content word after
 * the cue ("will not be an easy feat for the middle countries" negates "easy feat", which a claim
 * about the middle countries never says; "will not focus on" negates "focus").
 */
function negatesWhatClaimSays(c: Analysis, p: Analysis, cue: number, alignedAt: ReadonlyMap<number, number>): boolean {
  // A negating verb ("excluded from", "lacks") is itself the predicate it negates, unless it takes
  // an infinitive ("failed to disrupt"): the verb after "to" is what it denies, as after "not".
  if (!negatesNextPredicate(p.tokens, cue)) return true;
  const headAt = cueHeadIndex(p, cue);
  const head = headAt === undefined ? undefined : p.tokens[headAt]?.stem;
  if (headAt === undefined || head === undefined) return true;
  // The claim states the negated word, as written or in another word ("main" / "principal").
  if (c.tokens.some((t) => t.stem === head)) return true;
  for (const j of alignedAt.values()) if (p.tokens[j]?.stem === head) return true;
  return verbOfNominalisation(c, p, headAt);
}

/**
 * Whether the claim states as a verb the noun the negated verb takes ("failed to win
 * ratification" / "ratified"): the verb adds little, the noun carries the predicate. The noun
 * itself, shared as written, is an argument ("failed to disrupt Chinese rule" / "entrenched
 * Chinese rule").
 */
function verbOfNominalisation(c: Analysis, p: Analysis, headAt: number): boolean {
  const noun = p.tokens.slice(headAt + 1).find((t) => !t.stop);
  if (!noun) return false;
  return c.tokens.some((t) => !t.stop && t.stem !== noun.stem && relation(t.norm, noun.norm).via === 'derivation');
}

/** Shared words a passage must negate, where the claim asserts them, to keep it from support. */
const DENIED_SHARED = 2;

/**
 * The first passage word the passage negates where the claim asserts it, when the passage negates
 * more of the words the two share than it asserts, and no conflict could be drawn (the word the
 * cue negates is not the claim's: "We did not-and could not-achieve these gains through import
 * restrictions" / "the improvement was secured through import restrictions"). The passage then
 * denies the statement the claim makes of those words: it cannot bear it out.
 */
export function deniedByPassage(c: Analysis, p: Analysis, contentFrom: number, absorbedCues: ReadonlySet<number>): { claimed: Token; cue: Token } | undefined {
  if (p.cues.length === 0 || p.cues.some((cue) => negationParaphrased(p, cue, c))) return undefined;
  const counts = negationCounts(c, p, contentFrom, absorbedCues);
  if (counts.passageOnly < DENIED_SHARED || counts.passageOnly <= counts.asserted + counts.both) return undefined;
  const word = p.tokens[counts.passageNegated];
  const at = governingCue(p, counts.passageNegated) ?? -1;
  const cue = p.tokens[at];
  // "let us not forget that we have suffered three recessions": the clause after "that" is what
  // the negated verb is about, not what it denies.
  if (p.tokens.slice(at + 1, counts.passageNegated).some((t) => COMPLEMENTIZERS.has(t.norm))) return undefined;
  const claimed = word && c.tokens.find((t, i) => i >= contentFrom && t.stem === word.stem);
  return cue && claimed ? { claimed, cue } : undefined;
}

/** How the claim's words the passage shares stand under negation: on one side, on both, or on neither (`asserted`). */
interface NegationCounts {
  claimOnly: number;
  passageOnly: number;
  both: number;
  asserted: number;
  /** The first claim word negated only in the claim, and the first passage word negated only in the passage (-1: none). */
  claimNegated: number;
  passageNegated: number;
  /** Per claim cue: whether the passage negates one of its shared words too, and the first of its shared words the passage asserts. */
  cueAgrees: Set<number>;
  cueDisagrees: Map<number, number>;
}

function negationCounts(c: Analysis, p: Analysis, contentFrom: number, absorbedCues: ReadonlySet<number>): NegationCounts {
  // Shared words under negation on one side only. Counted per word, so "not exfiltrated" and
  // "without data exfiltration" (one word negated on both sides, one on one side) still agree.
  let claimOnly = 0;
  let asserted = 0;
  let passageOnly = 0;
  let both = 0;
  let claimNegated = -1;
  let passageNegated = -1;
  // Per claim cue: whether the passage negates one of its shared words too, and the first of
  // its shared words the passage asserts.
  const cueAgrees = new Set<number>();
  const cueDisagrees = new Map<number, number>();
  // The k-th occurrence of a word in the claim pairs with its k-th occurrence in the passage.
  const used = new Map<string, number>();
  const answered = answeredByPrefix(c, p);
  for (const [i, t] of c.tokens.entries()) {
    if (i < contentFrom) continue;
    // A comparative counts although it is a stopword: "not more than" disagrees with "more than".
    if ((t.stop && !COMPARATIVE_BOUNDS.has(t.norm)) || c.cues.includes(i) || semiModal(c, i) || changeOrigin(c, i)) continue;
    // A cue the passage restates by an opposite ("not open" / "closed") negates nothing it asserts.
    if (c.negated[i] && absorbedCues.has(governingCue(c, i) ?? -1)) continue;
    const nth = used.get(t.stem) ?? 0;
    const j = nth === 0 && p.cues.length > 0 && claimSaysOnce(c, i, contentFrom) ? occurrenceOfClaimWord(c, i, p, contentFrom) ?? occurrence(p, t.stem, 0) : occurrence(p, t.stem, nth);
    if (j === undefined) continue;
    // A word the claim says both under its negation and outside it, more often than the passage
    // has it ("should not be the world's policeman but could be the world's best peacekeeper",
    // "the minimum wage was no longer a minimum wage"): the passage's occurrence is the one of the
    // claim's with its polarity, and the other meets nothing. So it is where the passage says it
    // only with that other polarity, however often ("will not contain China's international AI
    // ambitions, and urges … agreements on open-source AI" / "open source AI solutions … open
    // source AI developments"): same polarity pairs first, as an alignment would pair them.
    if ((c.negated[i] === true) !== (p.negated[j] === true) && (occurrences(p, t.stem) <= nth + 1 || !saysWithPolarity(p, t.stem, c.negated[i] === true)) && saidAlsoAs(c, i, contentFrom, p.negated[j] === true)) continue;
    used.set(t.stem, nth + 1);
    if ((c.negated[i] && answered.has(governingCue(c, i) ?? -1)) || (!c.negated[i] && p.negated[j] && negatedCompound(c, i, p, j))) {
      both++;
      continue;
    }
    // A negated word has a cue before it (that is how it came to be negated).
    if (c.negated[i]) {
      const cue = governingCue(c, i) ?? i;
      if (p.negated[j]) cueAgrees.add(cue);
      else if (!cueDisagrees.has(cue)) cueDisagrees.set(cue, j);
    }
    if (c.negated[i] && p.negated[j]) both++;
    else if (c.negated[i]) {
      claimOnly++;
      if (claimNegated < 0) claimNegated = i;
    } else if (p.negated[j]) {
      passageOnly++;
      if (passageNegated < 0) passageNegated = j;
    } else asserted++;
  }
  return { claimOnly, passageOnly, both, asserted, claimNegated, passageNegated, cueAgrees, cueDisagrees };
}

/**
 * Whether claim word `i` heads a compound whose modifier the claim negates by a prefix ("non-US
 * citizens") and the passage negates the same compound whole ("who are not US citizens"): one
 * negation of one phrase, not an asserted head against a negated one.
 */
function negatedCompound(c: Analysis, i: number, p: Analysis, j: number): boolean {
  const modifier = c.tokens[i - 1];
  const prefix = c.tokens[i - 2];
  if (!modifier || !prefix || !modifier.hyphenAfterPrevious || !c.cues.includes(i - 2) || !c.negated[i - 1]) return false;
  return p.tokens[j - 1]?.stem === modifier.stem && p.negated[j - 1] === true;
}

/** Whether the claim says token `i`'s word only there. */
function claimSaysOnce(c: Analysis, i: number, contentFrom: number): boolean {
  const stem = c.tokens[i]?.stem;
  return !c.tokens.some((t, k) => k !== i && k >= contentFrom && t.stem === stem);
}

/** Punctuation that closes a clause of a passage: a word's clause runs between two of them. */
const CLAUSE_END = /[;:.!?,]/;

/**
 * The passage's occurrence of a word it says both negated and asserted that the claim's word `i`
 * is: the one in its slot (the same content word right before or after it: "14 percent" in "to 14
 * percent instead of 15 percent"), else the one among most of the claim's words right around it
 * ("non-US engineers" / "engineers who are not US citizens", not "live and work in the US"), else
 * the one in the clause that holds most of them ("We do not need more bureaucracy; we need more
 * engineers" for "more engineers were needed"). Undefined when the passage says the word one way
 * only, or no occurrence stands out.
 */
function occurrenceOfClaimWord(c: Analysis, i: number, p: Analysis, contentFrom: number): number | undefined {
  const stem = c.tokens[i]?.stem ?? '';
  const at = p.tokens.flatMap((u, j) => (countedAt(p, j, stem) ? [j] : []));
  if (at.length < 2 || at.every((j) => p.negated[j] === p.negated[at[0] ?? 0])) return undefined;
  const claimStems = new Set(c.tokens.filter((t, k) => k >= contentFrom && !t.stop && t.stem !== stem).map((t) => t.stem));
  const sharedIn = (tokens: readonly Token[]): number => tokens.filter((u) => !u.stop && claimStems.has(u.stem)).length;
  const [left, right] = neighbours(c, i, 1).map((side) => side[0]?.stem);
  const inSlot = (j: number): number => neighbours(p, j, 1).filter((side, k) => side[0] !== undefined && side[0].stem === (k === 0 ? left : right)).length;
  const scorers = [inSlot, (j: number) => sharedIn(neighbours(p, j, NEIGHBOURHOOD).flat()), (j: number) => sharedIn(clauseTokens(p, j))];
  for (const score of scorers) {
    const scores = at.map(score);
    const best = Math.max(...scores);
    if (best > 0 && scores.filter((value) => value === best).length === 1) return at[scores.indexOf(best)];
  }
  return undefined;
}

/** Content words on each side of a word that say which of its occurrences a claim's word is. */
const NEIGHBOURHOOD = 3;

/** The `reach` nearest content words before token `k` and after it, nearest first. */
function neighbours(a: Analysis, k: number, reach: number): [Token[], Token[]] {
  const side = (step: number): Token[] => {
    const found: Token[] = [];
    for (let m = k + step; m >= 0 && m < a.tokens.length && found.length < reach; m += step) {
      const u = a.tokens[m] as Token;
      if (!u.stop) found.push(u);
    }
    return found;
  };
  return [side(-1), side(1)];
}

/** The tokens of the passage clause that holds token `j`. */
function clauseTokens(p: Analysis, j: number): Token[] {
  const gap = (k: number): string => p.text.slice((p.tokens[k - 1]?.end ?? p.base) - p.base, (p.tokens[k]?.start ?? p.base) - p.base);
  let from = j;
  while (from > 0 && !CLAUSE_END.test(gap(from))) from--;
  let to = j;
  while (to + 1 < p.tokens.length && !CLAUSE_END.test(gap(to + 1))) to++;
  return p.tokens.slice(from, to + 1);
}

/** Whether the claim says token `i`'s word elsewhere negated (`negated`) or outside any negation. */
function saidAlsoAs(c: Analysis, i: number, contentFrom: number, negated: boolean): boolean {
  const stem = c.tokens[i]?.stem;
  return c.tokens.some((t, k) => k !== i && k >= contentFrom && t.stem === stem && (c.negated[k] === true) === negated);
}

/** Whether the passage says the word (as `occurrence` counts it) under negation, or outside it. */
function saysWithPolarity(p: Analysis, stem: string, negated: boolean): boolean {
  for (let k = 0; k < p.tokens.length; k++) if (countedAt(p, k, stem) && (p.negated[k] === true) === negated) return true;
  return false;
}

/** A negating prefix and the word it negates: "independent", "unable", "non-binding". */
const NEGATING_PREFIX = /^(?:in|im|il|ir|un|non|dis)-?([a-z]{4,})$/;

/**
 * Claim cues whose negated word the passage states with a negating prefix: "does not depend on
 * hyperscalers" says what "independent of hyperscalers" says.
 */
function answeredByPrefix(c: Analysis, p: Analysis): Set<number> {
  const answered = new Set<number>();
  if (c.cues.length === 0) return answered;
  const prefixed = new Set<string>();
  for (const u of p.tokens) {
    const m = NEGATING_PREFIX.exec(u.norm);
    if (m?.[1]) prefixed.add(stemOf(m[1]));
  }
  if (prefixed.size === 0) return answered;
  c.tokens.forEach((t, i) => {
    const cue = governingCue(c, i);
    if (c.negated[i] && !t.stop && prefixed.has(t.stem) && cue !== undefined) answered.add(cue);
  });
  return answered;
}

/** The claim's cue `cue` negates what the passage asserts with its word `j`. */
function claimNegates(c: Analysis, p: Analysis, cue: number, j: number): Conflict | undefined {
  const cueTok = c.tokens[cue];
  const word = p.tokens[j];
  if (!cueTok || !word) return undefined;
  return { kind: 'polarity', claimed: piece(c, cueTok.start, cueTok.end), source: piece(p, word.start, word.end), replaceable: false, negation: 'claim' };
}

/**
 * The token index of the `nth` occurrence (from 0) of a stem among a passage's content words (not
 * stopwords or cues), or of its last when it has fewer. Read from the tokens each time: a map of
 * them per passage, kept with its analysis, held 4 KB for each passage a long brief compares.
 */
/** Whether passage token `k` is an occurrence of the word `stem` that negation counts (a content word or a comparative, not a cue). */
function countedAt(p: Analysis, k: number, stem: string): boolean {
  const u = p.tokens[k] as Token;
  return u.stem === stem && !(u.stop && !COMPARATIVE_BOUNDS.has(u.norm)) && !p.cues.includes(k);
}

/** How many times the passage has the word, as `occurrence` counts them. */
function occurrences(p: Analysis, stem: string): number {
  let seen = 0;
  for (let k = 0; k < p.tokens.length; k++) if (countedAt(p, k, stem)) seen++;
  return seen;
}

function occurrence(p: Analysis, stem: string, nth: number): number | undefined {
  let last: number | undefined;
  let seen = 0;
  for (let k = 0; k < p.tokens.length; k++) {
    if (!countedAt(p, k, stem)) continue;
    if (seen++ === nth) return k;
    last = k;
  }
  return last;
}

/** The nearest negation cue before token `i` whose scope reaches it. */
export function governingCue(a: Analysis, i: number): number | undefined {
  let best: number | undefined;
  for (const cue of a.cues) if (cue < i) best = cue;
  return best;
}
