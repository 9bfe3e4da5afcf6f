// Figures and dates: each of the claim's is stated by the passage (or its context), or the
// passage states another value of the same measure (a conflict), or neither (missing).
import type { Analysis } from '../../claims/analyze';
import { reportingFrameLength } from '../../claims/classify';
import { comparableKinds, sameCurrency, sameMeasure, sameQuantity, sameUnit, temporalOffset, type Quantity } from '../../claims/quantities';
import { calendarYear, relativeDate, timeShift } from '../../claims/relativeDates';
import { piece, type Conflict } from '../conflict';
import { nearestToAnchors } from '../names';
import { sameSlot } from './slots';
import { overlappingRange } from '../../text/within';
import { resolvedDates as sourceRelativeDates, sourceDate, type ResolvedDate } from '../sourceDates';
import { yearOfSource } from '../sourceFacts';
import { checkChanges } from './changes';
import { checkRanks } from './ranks';
import { observe, type CompareContext } from './context';
import SPAN_PARTS from './spanParts.json';
import { nounClass } from '../../lexicon/nounKinds';
import { wordNet } from '../../lexicon/source';

/** A bare number this large beside an amount in the claim's currency is an amount too. */
const BARE_AMOUNT = 1_000_000;
/** Counts this large rarely meet by chance: "more than 60 countries" bears out "over 60 nations". */
const DISTINCTIVE_COUNT = 10;

export interface FigureFindings {
  conflicts: Conflict[];
  /** Claim tokens of disagreeing values: no word of theirs is looked for again. */
  excluded: Set<number>;
  missing: number;
  factsMatched: number;
  factsOwn: number;
  /** Conflicts whose rival stands where the claim's value does (anchoredRival): the same slot, however the rest is worded. */
  anchored: number;
  /** A claim value only the sentence after the passage states: the claim joins the two sentences (its names may stand there too). */
  joinedAfter: boolean;
}

const PART_CUES: ReadonlySet<string> = new Set(SPAN_PARTS.cues);
const RATE_CUES: ReadonlySet<string> = new Set(SPAN_PARTS.rateCues);
const POPULATION_CUES: ReadonlySet<string> = new Set(SPAN_PARTS.populationCues);
const namesPeople = nounClass(wordNet, SPAN_PARTS.populationSenses as [string, number][]);
/** Tokens before a passage figure read for the group it is measured over. */
const POPULATION_REACH = 8;

/**
 * A passage figure measured over a group of people the claim does not name ("The unemployment
 * rate for women reached the lowest level in almost 70 years" against "unemployment had reached
 * its lowest level in more than half a century"): a part of the population's figure is another
 * measure than the whole's (issue 12: a figure is compared only with one of the same measure), so
 * it is no rival of the claim's. The group stands after a cue right after a word the claim shares.
 */
function ofAGroupTheClaimLacks(p: Analysis, r: Quantity, claimStems: ReadonlySet<string>): boolean {
  for (let k = Math.max(1, r.firstToken - POPULATION_REACH); k < r.firstToken - 1; k++) {
    const cue = p.tokens[k];
    if (!cue || !POPULATION_CUES.has(cue.norm)) continue;
    const shared = [p.tokens[k - 1], p.tokens[k - 2]].some((t) => t !== undefined && claimStems.has(t.stem));
    const group = [p.tokens[k + 1], p.tokens[k + 2]].find((t) => t !== undefined && !t.stop && !t.numeric);
    if (shared && group && !claimStems.has(group.stem) && namesPeople(group.norm)) return true;
  }
  return false;
}

/**
 * A duration that is a part of a longer span ("the last four years of his reign", "the first 100
 * days of the term"): a sub-interval, so not the span's length, which only has to be longer.
 */
function partOfSpan(a: Analysis, q: Quantity): boolean {
  const before = a.tokens[q.firstToken - 1];
  return q.kind === 'duration' && !!before && PART_CUES.has(before.norm) && a.tokens[q.lastToken + 1]?.norm === 'of';
}

/** A duration per something ("eighteen years per reign", "two hours a day"): a rate, not a length. */
function rate(a: Analysis, q: Quantity): boolean {
  const next = a.tokens[q.lastToken + 1];
  const after = a.tokens[q.lastToken + 2];
  return q.kind === 'duration' && !!next && RATE_CUES.has(next.norm) && !!after && !after.numeric && !after.stop;
}

/**
 * Passage figures of the claim figure's measure: a part of a span measures no whole one the
 * claim states, a rate is no length (nor a length a rate), and an offset between two events
 * ("22 years later") is neither.
 */
function sameMeasureIn(c: Analysis, q: Quantity, p: Analysis): Quantity[] {
  const whole = !partOfSpan(c, q);
  const perSomething = rate(c, q);
  const offset = temporalOffset(c.tokens, q);
  return p.quantities.filter((r) => (sameMeasure(q, r) || countOfClaimsTopic(c, q, r)) && !(whole && partOfSpan(p, r)) && rate(p, r) === perSomething && temporalOffset(p.tokens, r) === offset);
}

/**
 * A bare count and a passage count of a thing the claim names elsewhere ("put job creation at 6
 * million" / "we have created 7 million new jobs"): the claim counts that thing, said once.
 */
function countOfClaimsTopic(c: Analysis, q: Quantity, r: Quantity): boolean {
  if (q.kind !== 'count' || r.kind !== 'count' || q.unit.length > 0) return false;
  const head = r.unit[r.unit.length - 1];
  return head !== undefined && c.tokens.some((t) => t.stem === head && (t.end <= q.start || t.start >= q.end));
}

/** The figure of `a` that states `q`, if any. */
function matchIn(q: Quantity, a: Analysis): Quantity | undefined {
  return a.quantities.find(
    (p) =>
      (sameQuantity(q, p) && (sameUnit(q, p) || p.unit.length === 0 || q.unit.length === 0 || (q.kind === 'count' && q.value >= DISTINCTIVE_COUNT))) ||
      // "Of the €109 billion, 50 billion will come from MGX": the currency is said once.
      (q.kind === 'money' && p.kind === 'count' && p.value === q.value && q.value >= BARE_AMOUNT && a.quantities.some((m) => m.kind === 'money' && sameCurrency(q, m))),
  );
}

/**
 * Whether the sentence after the passage may state the claim figure: one written in digits needs
 * a digit there (most passages have none, and reading one costs its analysis).
 */
function mayBeStatedAfter(v: CompareContext['view'], q: Quantity): boolean {
  return !/\d/.test(q.text) || v.digitsAfter();
}

/** Claim tokens of names the passage writes out: where a rival figure should stand near. */
function namedInPassage(ctx: CompareContext): Set<number> {
  const named = new Set<number>();
  for (const e of ctx.claim.entities) if (e.stems.every((st) => ctx.view.stems.has(st))) for (let i = e.firstToken; i <= e.lastToken; i++) named.add(i);
  return named;
}

/**
 * Dates the claim states relative to another ("one year before February 2026" is 2025) that the
 * passage states, with the passage's figure; their durations are marked 'part'.
 */
function resolvedDates(ctx: CompareContext): Map<Quantity, Quantity | 'part'> {
  const resolved = new Map<Quantity, Quantity | 'part'>();
  const { claim: c, passage: p } = ctx;
  for (const q of c.quantities) {
    const relative = relativeDate(q, c.quantities, c.tokens);
    const stated = relative && p.quantities.find((r) => calendarYear(r) === relative.year);
    if (!relative || !stated) continue;
    resolved.set(q, stated);
    resolved.set(relative.duration, 'part');
  }
  return resolved;
}

/**
 * A date the passage states relative to its source's date ("last year" in a speech of 2014) that
 * is the claim's year (and its month, when the claim names one).
 */
function relativeMatch(ctx: CompareContext, q: Quantity): ResolvedDate | undefined {
  const year = calendarYear(q);
  const ref = year === undefined ? undefined : sourceDate(ctx.corpus, ctx.key);
  if (!ref) return undefined;
  const month = q.kind === 'date' && q.precision !== 'year' ? Math.floor(q.value / 100) % 100 : undefined;
  return sourceRelativeDates(ctx.passage, ref).find((r) => r.year === year && (month === undefined || r.month === month));
}

/** Content words within this many tokens of a date say which event it dates. */
const EVENT_REACH = 3;

/** Content stems among the `before` tokens before `first` and the `after` tokens after `last`. */
function contentStemsAround(a: Analysis, first: number, last: number, before: number, after: number): Set<string> {
  const around = [...a.tokens.slice(Math.max(0, first - before), first), ...a.tokens.slice(last + 1, last + 1 + after)];
  return new Set(around.filter((t) => !t.stop && !t.numeric).map((t) => t.stem));
}

/**
 * A date the passage states relative to its source's date that resolves to another year than the
 * claim's, standing where the claim's year does ("In 2011, the number of apprenticeships" /
 * "Last year, the number of apprenticeships" in a speech of 2014): another value of the same date.
 */
function relativeRival(ctx: CompareContext, q: Quantity): ResolvedDate | undefined {
  const year = calendarYear(q);
  const ref = year === undefined ? undefined : sourceDate(ctx.corpus, ctx.key);
  if (!ref) return undefined;
  const { claim: c, passage: p } = ctx;
  const mine = contentStemsAround(c, q.firstToken, q.lastToken, EVENT_REACH, EVENT_REACH);
  return sourceRelativeDates(p, ref).find((r) => {
    if (r.year === year) return false;
    const range = overlappingRange(p.tokens, r.start, r.end);
    return range !== undefined && [...contentStemsAround(p, range.first, range.last, EVENT_REACH, EVENT_REACH)].some((stem) => mine.has(stem));
  });
}

/**
 * A passage figure standing in the claim figure's very slot ("prior to age 84, and" / "prior to
 * age 70, and"; "does 18 of the" / "does 14 of the"). A bare count has no unit to compare, but
 * what surrounds it says what it counts: another value there is another value of the same measure.
 */
function slotRival(c: Analysis, q: Quantity, p: Analysis, r: Quantity): boolean {
  return r.value !== q.value && comparableKinds(q, r) && sameCurrency(q, r) && sameSlot(c, q, p, r);
}

/** Content words right around a figure (two tokens before, one after): what it is the figure of ("fiscal year 1975"). */
function neighbours(a: Analysis, q: Quantity): Set<string> {
  return contentStemsAround(a, q.firstToken, q.lastToken, 2, 1);
}

/** A day or month date among `rivals` in the year of `q`, a day or month date, on another day. */
function otherDayOfItsYear(q: Quantity, rivals: readonly Quantity[]): boolean {
  const yearOf = (date: Quantity): number => Math.floor(date.value / 10000);
  const dayOrMonth = (date: Quantity): boolean => date.kind === 'date' && (date.precision === 'day' || date.precision === 'month') && yearOf(date) > 0;
  return dayOrMonth(q) && rivals.some((r) => dayOrMonth(r) && yearOf(r) === yearOf(q) && r.value !== q.value);
}

/**
 * A passage figure standing where the claim's does: a content word beside both ("fiscal year 1975"
 * / "fiscal year 1976"). "In 2014 Obama cited ..." beside "since the 1990s" is the speech's date
 * beside another year, not another value of it.
 */
function inSamePlace(c: Analysis, q: Quantity, p: Analysis, r: Quantity): boolean {
  const mine = neighbours(c, q);
  return [...neighbours(p, r)].some((stem) => mine.has(stem));
}

/** Content words read on each side of a figure for its anchor: about a noun phrase's reach. */
const ANCHOR_REACH = 3;

/**
 * The content words nearest a figure on each side, up to another figure (whose words they are):
 * what it counts or dates. A word of a name of several words is kept apart from the common word
 * it is spelled like: "Wall Street" says nothing of a border wall, nor "the White House" of homes.
 */
function anchorWords(a: Analysis, q: Quantity): Set<string> {
  const words = new Set<string>();
  const inLongName = (i: number): boolean => a.entities.some((e) => e.lastToken > e.firstToken && i >= e.firstToken && i <= e.lastToken);
  const take = (from: number, step: number): void => {
    let taken = 0;
    for (let i = from; i >= 0 && i < a.tokens.length && taken < ANCHOR_REACH; i += step) {
      const t = a.tokens[i]!;
      if (a.quantityTokens.has(i)) return;
      if (t.stop || t.numeric) continue;
      words.add(inLongName(i) ? `name:${t.stem}` : t.stem);
      taken++;
    }
  };
  take(q.firstToken - 1, -1);
  take(q.lastToken + 1, 1);
  return words;
}

/** The figure next to `q` on one side (-1 before, 1 after), with only function words between: its partner in a range or change. */
function partnerFigure(a: Analysis, q: Quantity, side: -1 | 1): Quantity | undefined {
  const [from, to] = side < 0 ? [q.firstToken - 1, -1] : [q.lastToken + 1, a.tokens.length];
  for (let i = from; i !== to; i += side) {
    if (a.quantityTokens.has(i)) return a.quantities.find((o) => o !== q && i >= o.firstToken && i <= o.lastToken);
    if (!a.tokens[i]?.stop) return undefined;
  }
  return undefined;
}

/**
 * Two values each paired with the same value on the same side ("from $10 billion to $5,900
 * million" / "from $10 billion to $4,900 million"): the shared end of the range or change fixes
 * which value the other is, as a word beside both would.
 */
function pairedWithSameValue(c: Analysis, q: Quantity, p: Analysis, r: Quantity): boolean {
  return ([-1, 1] as const).some((side) => {
    const mine = partnerFigure(c, q, side);
    const theirs = partnerFigure(p, r, side);
    return mine !== undefined && theirs !== undefined && sameQuantity(mine, theirs) && sameMeasure(mine, q) && sameMeasure(theirs, r);
  });
}

/**
 * A rival value is in the claim's slot when both count the same thing ("2,300 more marines" /
 * "adding 3,200 marines") or a content word stands near both ("Europe 2030" / "Europe 2031",
 * "businesses valued at more than USD 10 billion" / "businesses with a valuation of more than USD
 * 1 billion"): the value then disagrees with the source even when the claim's other words are
 * paraphrased (decide.ts ANCHORED_COVERAGE).
 */
function anchoredRival(c: Analysis, q: Quantity, p: Analysis, r: Quantity): boolean {
  if (countsSameThing(q, r) || pairedWithSameValue(c, q, p, r)) return true;
  // "Eight years later the story had changed": the words beside a shift in time are the story's.
  if (timeShift(q, c.tokens)) return false;
  const mine = anchorWords(c, q);
  return [...anchorWords(p, r)].some((stem) => mine.has(stem));
}

/** A match only within an approximation's reach ("nearly 80 percent" / "75 percent"), not the value itself. */
function approximateOnly(q: Quantity, match: Quantity): boolean {
  return q.approximate && q.kind !== 'year' && q.kind !== 'date' && q.value !== match.value;
}

/**
 * The passage's value of the same measure standing where the claim's does ("nearly 90 percent of
 * the infrastructure jobs"), when the value the claim's approximation reached stands elsewhere
 * ("75 percent don't require an associate's degree"): the claim speaks of the value in its slot,
 * so that one decides, not a nearby number that happens to fall within "nearly".
 */
function slotValueOverApproximation(c: Analysis, q: Quantity, p: Analysis, match: Quantity): Quantity | undefined {
  if (anchoredRival(c, q, p, match)) return undefined;
  return p.quantities.find((r) => r !== match && sameMeasure(q, r) && !sameQuantity(q, r) && anchoredRival(c, q, p, r));
}

function countsSameThing(q: Quantity, r: Quantity): boolean {
  return q.kind === 'count' && q.unit.length > 0 && sameUnit(q, r);
}

/**
 * A year in the reporting frame ("Speaking in 1999, Clinton argued that ..."): when the source
 * said it is part of the claim. The passage stating another year in its place ("Speaking in
 * 1997") contradicts it; a passage silent on it leaves it unchecked, as the frame's words are.
 */
/** Content words a sentence-opening date leads into: the subject it dates ("In 1992, the American people"). */
const OPENING_SUBJECT_WORDS = 2;

/**
 * Two dates that open their sentences before the same subject ("In 2000, the American people
 * said …" / "In 1992, the American people …"): the same date of the same event, though no
 * content word stands right beside either.
 */
function openingSameSubject(c: Analysis, q: Quantity, p: Analysis, r: Quantity): boolean {
  const opens = (a: Analysis, v: Quantity): boolean => a.tokens.slice(0, v.firstToken).every((t) => t.stop);
  if (!opens(c, q) || !opens(p, r)) return false;
  const subject = (a: Analysis, v: Quantity): string[] => a.tokens.slice(v.lastToken + 1).filter((t) => !t.stop && !t.numeric).slice(0, OPENING_SUBJECT_WORDS).map((t) => t.stem);
  const mine = new Set(subject(c, q));
  return subject(p, r).some((stem) => mine.has(stem));
}

/**
 * Whether a passage date and the claim's frame date each stand in the reporting frame of its
 * sentence, before the same speaker's verb ("In a 1999 speech, Clinton argued that …" /
 * "Speaking in 1997, President Clinton argued that …"): both say when that speaker said it, one
 * slot with two values.
 */
function framingSameSpeaker(ctx: CompareContext): (r: Quantity) => boolean {
  const { claim: c, passage: p } = ctx;
  const speakers = new Set(c.entities.filter((e) => e.firstToken < ctx.contentFrom).flatMap((e) => c.tokens.slice(e.firstToken, e.lastToken + 1).map((t) => t.stem)));
  if (speakers.size === 0) return () => false;
  // Read once for all the passage's values.
  const frame = reportingFrameLength(p.tokens, p.text, p.base);
  return (r) => r.lastToken < frame && p.tokens.slice(r.lastToken + 1, frame).some((t) => t.capitalized && speakers.has(t.stem));
}

function frameDate(ctx: CompareContext, q: Quantity, found: FigureFindings): void {
  const { claim: c, passage: p } = ctx;
  if (q.kind !== 'year' && q.kind !== 'date') return;
  const same = matchIn(q, p);
  if (same) {
    found.factsMatched++;
    found.factsOwn++;
    observe(ctx, 'date', 'supports', q, same);
    return;
  }
  let sameSpeaker: ((r: Quantity) => boolean) | undefined;
  const rival = p.quantities.find((r) => sameMeasure(q, r) && (inSamePlace(c, q, p, r) || openingSameSubject(c, q, p, r) || (sameSpeaker ??= framingSameSpeaker(ctx))(r)));
  if (!rival) return;
  contradictValue(ctx, found, q, rival, { kind: 'date', replaceable: true, anchored: true });
}

/** Records a claim value the passage disagrees with: the conflict, its tokens kept from other checks, and the observation. */
function contradictValue(ctx: CompareContext, found: FigureFindings, q: Quantity, rival: { start: number; end: number }, how: { kind: 'date' | 'figure'; replaceable: boolean; anchored: boolean; meaning?: string }): void {
  found.conflicts.push({ kind: how.kind, claimed: piece(ctx.claim, q.start, q.end), source: piece(ctx.passage, rival.start, rival.end), replaceable: how.replaceable, ...(how.meaning ? { meaning: how.meaning } : {}) });
  for (let i = q.firstToken; i <= q.lastToken; i++) found.excluded.add(i);
  if (how.anchored) found.anchored++;
  observe(ctx, how.kind, 'contradicts', q, rival);
}

/**
 * Which claim value states each passage value, one passage value to each, in the claim's order
 * ("$300k ... and $1bn" against "$1bn": the passage's "$1bn" is the claim's "$1bn"). Such a value
 * is that claim value's match, never another's rival. One to one, so "the Act of 1987 ... 1980
 * crops" still meets the second 1980 of "the Act of 1980 ... 1980 crops". Once per comparison:
 * linear in the figures of each side, whatever a hostile sentence holds.
 */
function valueOwners(c: Analysis, p: Analysis): Map<Quantity, Quantity> {
  const owners = new Map<Quantity, Quantity>();
  if (p.quantities.length === 0) return owners;
  for (const claimed of c.quantities) {
    const match = p.quantities.find((r) => !owners.has(r) && sameQuantity(claimed, r));
    if (match) owners.set(match, claimed);
  }
  return owners;
}

/**
 * Whether the claim's figures are those of the passage and a neighbour together, each stating one
 * the other lacks: a sentence joining two of the source's ("from X ... to Y").
 */
function joinsValues(c: Analysis, inPassage: readonly boolean[], neighbour: Analysis): boolean {
  const inNeighbour = c.quantities.map((o) => matchIn(o, neighbour) !== undefined);
  return inPassage.every((found, k) => found || inNeighbour[k]) && inPassage.some((found, k) => found && !inNeighbour[k]) && inNeighbour.some((found, k) => found && !inPassage[k]);
}

/**
 * `inPassage`: which claim values the passage states, read once per comparison. A rival that
 * repeats another value the claim states ("6 percent of our gross national product -- 6 percent"
 * against "to 1 percent of gross national product from 6 percent") is that value said twice, not
 * a rival in the slot: the join holds whichever of its values the writer puts first.
 */
function joinedByNeighbour(ctx: CompareContext, q: Quantity, rivals: readonly Quantity[], inPassage: () => readonly boolean[]): boolean {
  const { claim: c, passage: p, view: v } = ctx;
  const claimedElsewhere = (r: Quantity): boolean => c.quantities.some((o) => o !== q && sameQuantity(o, r));
  if (rivals.some((r) => anchoredRival(c, q, p, r) && !claimedElsewhere(r))) return false;
  return [...v.before, ...v.after].some((a) => matchIn(q, a) !== undefined && joinsValues(c, inPassage(), a));
}

export function checkFigures(ctx: CompareContext): FigureFindings {
  const { claim: c, passage: p, view: v } = ctx;
  // Changes first ("doubled", "by 15 points" against "from 40 to 25"): what they bear out or refute is theirs.
  const changes = checkChanges(ctx);
  const found: FigureFindings = { conflicts: changes.conflicts, excluded: changes.excluded, missing: 0, factsMatched: changes.factsMatched, factsOwn: changes.factsMatched, anchored: 0, joinedAfter: false };
  const resolved = resolvedDates(ctx);
  const owners = valueOwners(c, p);
  let statedByPassage: boolean[] | undefined;
  const inPassage = (): readonly boolean[] => (statedByPassage ??= c.quantities.map((o) => matchIn(o, p) !== undefined));
  for (const q of c.quantities) {
    if (changes.derived.has(q)) continue;
    if (q.firstToken < ctx.contentFrom) {
      frameDate(ctx, q, found);
      continue;
    }
    const date = resolved.get(q);
    if (date) {
      // The date a relative one names, stated by the passage: its duration is part of it.
      if (date !== 'part') {
        found.factsMatched++;
        found.factsOwn++;
        observe(ctx, 'date', 'supports', q, date);
      }
      continue;
    }
    const isDate = q.kind === 'year' || q.kind === 'date';
    const check = isDate ? 'date' : 'figure';
    const same = matchIn(q, p);
    const inSlot = same && approximateOnly(q, same) ? slotValueOverApproximation(c, q, p, same) : undefined;
    if (inSlot) {
      contradictValue(ctx, found, q, inSlot, { kind: check, replaceable: true, anchored: true });
      continue;
    }
    if (same) {
      found.factsMatched++;
      found.factsOwn++;
      observe(ctx, check, 'supports', q, same);
      continue;
    }
    const relative = isDate ? relativeMatch(ctx, q) : undefined;
    if (relative) {
      found.factsMatched++;
      found.factsOwn++;
      observe(ctx, check, 'supports', q, relative);
      continue;
    }
    const shifted = isDate ? relativeRival(ctx, q) : undefined;
    if (shifted) {
      contradictValue(ctx, found, q, shifted, { kind: 'date', replaceable: false, anchored: false, meaning: String(shifted.year) });
      continue;
    }
    const ofTheClaimsPopulation = (r: Quantity): boolean => !ofAGroupTheClaimLacks(p, r, ctx.prep.claimStems);
    const measured = sameMeasureIn(c, q, p).filter((r) => (owners.get(r) ?? q) === q && ofTheClaimsPopulation(r));
    // A figure stated by no other claim figure, in the claim figure's slot, is its rival too.
    const rivals = measured.length > 0 || isDate ? measured : p.quantities.filter((r) => !c.quantities.some((o) => sameQuantity(o, r)) && slotRival(c, q, p, r) && ofTheClaimsPopulation(r));
    // A figure of the sentences before or of the next one counts ("... one of the lowest in many
    // years. It will be only $1.8 billion next year."), unless the passage itself states another; so does
    // one of a neighbour the claim joins to the passage ("from 6 percent seven years earlier to 1
    // percent" against "Seven years ago, the deficit was 6 percent" and "In the budget I sent up
    // 2 days ago, ... 1 percent"): the passage's other value is its own fact, not the claim's,
    // unless it stands in the claim value's slot (a wrong year taken from the next sentence).
    const statedBefore = rivals.length === 0 && v.before.some((a) => matchIn(q, a));
    const statedAfter = rivals.length === 0 && !statedBefore && mayBeStatedAfter(v, q) && v.after.some((a) => matchIn(q, a));
    if (statedBefore || statedAfter || (rivals.length > 0 && joinedByNeighbour(ctx, q, rivals, inPassage))) {
      found.joinedAfter ||= statedAfter;
      found.factsMatched++;
      observe(ctx, check, 'supports', q);
      continue;
    }
    // A year the passage does not state: the year the source is from ("one year before February
    // 2026" in a brief on a post of that month) is a weaker match; so is a year the source
    // mentions elsewhere, unless the passage states another ("in 1994" against "in 1993").
    // The source's own date is context, never confirmation of another year the passage states
    // ("fiscal year 1975" against "fiscal year 1976" in a speech of 1975), unless the claim
    // states that year too ("In 2016 he said the crisis of 2008 ...").
    // Not a day or month of that year the passage dates otherwise: "by 1 October 1986" against
    // "by December 1, 1986" in an address of 1986 is another day, whatever year the source is from.
    const ofSource = isDate && !otherDayOfItsYear(q, rivals) ? yearOfSource(ctx.corpus, ctx.key, q) : undefined;
    const unclaimed = rivals.filter((r) => !c.quantities.some((o) => o !== q && sameQuantity(o, r)) && inSamePlace(c, q, p, r));
    if ((ofSource === 'dated' && unclaimed.length === 0) || (ofSource === 'mentioned' && rivals.length === 0)) {
      observe(ctx, check, 'neutral', q);
      continue;
    }
    if (rivals.length > 0) {
      // "murders down 25 percent; in Seattle, 32 percent": the rival beside what the claim names.
      const r = rivals.length === 1 ? rivals[0]! : nearestToAnchors(rivals, c, p, q, namedInPassage(ctx)).nearest;
      contradictValue(ctx, found, q, r, { kind: check, replaceable: true, anchored: anchoredRival(c, q, p, r) });
    } else {
      found.missing++;
      observe(ctx, check, 'missing', q);
    }
  }
  checkRanks(ctx, found);
  return found;
}
