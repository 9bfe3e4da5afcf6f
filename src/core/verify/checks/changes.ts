// Changes compared as changes (claims/changes.ts): a claim's factor ("doubled") against the
// passage's factor or its from/to ratio, a claim's delta ("fell by 15 points") against the
// passage's from/to amount. Only changes of the same measure meet: the words just before or
// after the two changes (what changed) must share a word. A derived agreement is support for
// that figure; a factor the passage's figures refute is a conflict.
import type { Analysis } from '../../claims/analyze';
import { amountOf, changesOf, directionBefore, directionOf, ratioOf, type Change } from '../../claims/changes';
import { sameQuantity, type Quantity } from '../../claims/quantities';
import type { Token } from '../../text/tokens';
import { piece, type Conflict } from '../conflict';
import { observe, type CompareContext } from './context';

/** Words either side of a change that say what changed ("unemployment fell", "cut spending by"). */
const MEASURE_REACH = 4;
/** A factor and a ratio agree within this share ("doubled" for 40 to 79); beyond the wider one they disagree. */
const FACTOR_AGREES = 0.05;
const FACTOR_DISAGREES = 0.25;
/** Unit words that make a count a difference of percentages ("15 percentage points"). */
const POINT_UNITS = new Set(['point', 'percentag']);

export interface ChangeFindings {
  conflicts: Conflict[];
  /** Claim tokens a change accounts for (a factor word borne out or refuted). */
  excluded: Set<number>;
  /** Claim figures a passage's change bears out: the figure check leaves them be. */
  derived: Set<Quantity>;
  factsMatched: number;
}


function measureStems(a: Analysis, change: Change): Set<string> {
  const around = [...a.tokens.slice(Math.max(0, change.firstToken - MEASURE_REACH), change.firstToken), ...a.tokens.slice(change.lastToken + 1, change.lastToken + 1 + MEASURE_REACH)];
  const units = [change.from, change.to, change.delta].flatMap((q) => q?.unit ?? []);
  return new Set([...around.filter((t) => !t.stop && !t.numeric).map((t) => t.stem), ...units]);
}

/** Whether two changes are of the same measure: a word of what changed is shared. */
function sameMeasure(c: Analysis, mine: Change, p: Analysis, theirs: Change): boolean {
  const stems = measureStems(c, mine);
  return [...measureStems(p, theirs)].some((stem) => stems.has(stem));
}

/** A claim factor against a passage change: agrees, disagrees, or neither can be told. */
function factorVerdict(factor: number, theirs: Change): 'supports' | 'contradicts' | undefined {
  const other = theirs.factor ?? ratioOf(theirs);
  if (other === undefined) return undefined;
  const off = Math.abs(other - factor) / factor;
  return off <= FACTOR_AGREES ? 'supports' : off > FACTOR_DISAGREES ? 'contradicts' : undefined;
}

/** The amount and kind a passage change states: its from/to difference, or its own delta ("by 15,000"). */
function statedAmount(theirs: Change): { amount: number; kind: Quantity['kind'] } | undefined {
  const fromTo = amountOf(theirs);
  if (fromTo !== undefined && theirs.to) return { amount: fromTo, kind: theirs.to.kind };
  return theirs.delta ? { amount: theirs.delta.value, kind: theirs.delta.kind } : undefined;
}

/**
 * A claim delta against a passage change of the same measure: the same amount the same way bears
 * it out (a from/to amount only: an equal delta is the figure check's); the same amount the
 * other way ("rose by 15 points" / "fell from 40 to 25 percent", "15,000 more" / "15,000 fewer")
 * contradicts it, as an antonym of the direction would.
 */
function deltaVerdict(delta: Quantity, direction: number, theirs: Change): 'supports' | 'contradicts' | undefined {
  const stated = statedAmount(theirs);
  if (!stated) return undefined;
  const sameKind = delta.kind === stated.kind || (stated.kind === 'percent' && delta.kind === 'count' && delta.unit.some((u) => POINT_UNITS.has(u)));
  if (!sameKind || Math.abs(stated.amount - delta.value) > 1e-9 * Math.max(1, stated.amount)) return undefined;
  if (direction !== 0 && theirs.direction !== 0 && direction !== theirs.direction) return 'contradicts';
  return direction === theirs.direction || direction === 0 ? (amountOf(theirs) === undefined ? undefined : 'supports') : undefined;
}

/** The word of a change that says which way it went ("rose", "fewer", "fell from 40 to 25"), if one does. */
function directionWord(a: Analysis, change: Change): Token | undefined {
  for (let i = change.firstToken; i <= change.lastToken; i++) if (directionOf(a.tokens[i]) !== 0) return a.tokens[i];
  const before = change.from && directionBefore(a.tokens, change.from);
  return before && before.direction === change.direction ? a.tokens[before.at] : undefined;
}

/** A claim delta moved the other way from the passage's change of the same measure: one conflict, the direction. */
function oppositeDelta(ctx: CompareContext, mine: Change, theirs: Change, found: ChangeFindings): void {
  const { claim: c, passage: p } = ctx;
  if (mine.delta) {
    // The amount is borne out; only its direction is not.
    found.derived.add(mine.delta);
    found.factsMatched++;
    observe(ctx, 'figure', 'supports', mine.delta, span(p, theirs));
  }
  const verb = directionWord(c, mine);
  const rival = directionWord(p, theirs);
  const claimed = verb ?? span(c, mine);
  const source = rival ?? span(p, theirs);
  for (let i = mine.firstToken; i <= mine.lastToken; i++) if (directionOf(c.tokens[i]) !== 0) found.excluded.add(i);
  // Replacing the claim's direction word with the passage's ("rose" with "fell") corrects it.
  found.conflicts.push({ kind: 'polarity', claimed: piece(c, claimed.start, claimed.end), source: piece(p, source.start, source.end), replaceable: verb !== undefined && rival !== undefined });
  observe(ctx, 'antonym', 'contradicts', claimed, source);
}

function span(a: Analysis, change: Change): { start: number; end: number } {
  const first: Token | undefined = a.tokens[change.firstToken];
  const last: Token | undefined = a.tokens[change.lastToken];
  return { start: first?.start ?? a.base, end: last?.end ?? a.base };
}

function compareOne(ctx: CompareContext, mine: Change, found: ChangeFindings): void {
  const { claim: c, passage: p } = ctx;
  // The same factor bears itself out wherever the passage states it; a refuting one must be of the same measure.
  const all = changesOf(p);
  const equal = mine.factor === undefined ? [] : all.filter((other) => other.factor === mine.factor);
  // "have doubled and ... have tripled": each claim factor meets its equal before any other.
  const candidates = [...equal, ...all.filter((other) => !equal.includes(other) && sameMeasure(c, mine, p, other))];
  for (const theirs of candidates) {
    const moved = mine.delta && deltaVerdict(mine.delta, mine.direction, theirs);
    if (moved === 'contradicts') return oppositeDelta(ctx, mine, theirs, found);
    if (mine.delta && moved === 'supports') {
      found.derived.add(mine.delta);
      found.factsMatched++;
      observe(ctx, 'figure', 'supports', mine.delta, span(p, theirs));
      return;
    }
    const verdict = mine.factor === undefined ? undefined : factorVerdict(mine.factor, theirs);
    if (!verdict) continue;
    for (let i = mine.firstToken; i <= mine.lastToken; i++) found.excluded.add(i);
    // "cut in half": the multiplier figure is the factor, compared here.
    markMultipliers(c, mine, found);
    const claimed = span(c, mine);
    if (verdict === 'supports') found.factsMatched++;
    else found.conflicts.push({ kind: 'figure', claimed: piece(c, claimed.start, claimed.end), source: piece(p, span(p, theirs).start, span(p, theirs).end), replaceable: false });
    observe(ctx, 'figure', verdict, claimed, span(p, theirs));
    return;
  }
  // A factor is a value: one the passage does not state is missing, as a figure would be (its
  // word in another form, "double" for "doubling", is left to the word alignment).
  const word = c.tokens[mine.firstToken];
  if (mine.factor !== undefined && !(word && p.tokens.some((u) => u.stem === word.stem))) {
    markMultipliers(c, mine, found);
    observe(ctx, 'figure', 'missing', span(c, mine));
  }
}

function markMultipliers(c: Analysis, mine: Change, found: ChangeFindings): void {
  for (const q of c.quantities) if (q.kind === 'multiplier' && q.firstToken >= mine.firstToken && q.lastToken <= mine.lastToken) found.derived.add(q);
}

/**
 * A figure both state, moved the opposite way ("cut more than 100,000 soldiers" / "adding more
 * than 100,000 soldiers"): the verbs of change are antonyms where they stand.
 */
function oppositeMoves(ctx: CompareContext, found: ChangeFindings): void {
  const { claim: c, passage: p } = ctx;
  for (const q of c.quantities) {
    const mine = q.firstToken >= ctx.contentFrom ? directionBefore(c.tokens, q) : undefined;
    const r = mine && p.quantities.find((other) => sameQuantity(q, other));
    const theirs = r && directionBefore(p.tokens, r);
    if (!mine || !theirs || mine.direction === theirs.direction) continue;
    const verb = c.tokens[mine.at];
    const rival = p.tokens[theirs.at];
    if (!verb || !rival) continue;
    found.excluded.add(mine.at);
    found.conflicts.push({ kind: 'polarity', claimed: piece(c, verb.start, verb.end), source: piece(p, rival.start, rival.end), replaceable: true });
    // The verbs of change are opposites: an antonym edit, observed as such.
    observe(ctx, 'antonym', 'contradicts', verb, rival);
    return;
  }
}

export function checkChanges(ctx: CompareContext): ChangeFindings {
  const found: ChangeFindings = { conflicts: [], excluded: new Set(), derived: new Set(), factsMatched: 0 };
  for (const mine of changesOf(ctx.claim)) if (mine.firstToken >= ctx.contentFrom && (mine.factor !== undefined || mine.delta)) compareOne(ctx, mine, found);
  if (found.conflicts.length === 0) oppositeMoves(ctx, found);
  return found;
}
