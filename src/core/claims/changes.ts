// Changes of a figure as values: "from 40 to 25 percent" (from, to), "rose by 15,000" and
// "15,000 fewer than" (a delta with its direction), "halved" and "doubled" (a factor). A change
// is compared as such (verify/checks/changes.ts): "fell by 15 points" is what "from 40 to 25
// percent" says, "doubled" is not what "tripled" says. The words are data (changes.json).
import { stemOf, type Token } from '../text/tokens';
import { NOUN_DETERMINERS, type Analysis } from './analyze';
import { isNumberWord } from './numberWords';
import type { Quantity } from './quantities';
import WORDS from './changes.json';
import { wordNet } from '../lexicon/source';
import { BoundedCache } from '../boundedCache';
import { senseKinds } from '../lexicon/nounKinds';

export interface Change {
  /** +1 for a rise, -1 for a fall; 0 when the words do not say. */
  direction: number;
  from?: Quantity;
  to?: Quantity;
  /** The amount of the change ("by 15,000"), without its sign. */
  delta?: Quantity;
  /** The factor of the change ("doubled": 2, "halved": 0.5). */
  factor?: number;
  /** Token indices of the words that state the change, figures included. */
  firstToken: number;
  lastToken: number;
}

const UP = new Set(WORDS.up.map(stemOf));
const DOWN = new Set(WORDS.down.map(stemOf));
const FACTORS: ReadonlyMap<string, number> = new Map(Object.entries(WORDS.factors));
const FACTORS_AS_NOUNS: ReadonlyMap<string, number> = new Map(Object.entries(WORDS.factorsAsNouns));
const COMPARISONS = new Set(WORDS.comparisons);
/** How far before "by" the word saying which way may stand ("rose sharply by"). */
const VERB_REACH = 3;

/** +1, -1 or 0: which way a word says a figure moved. */
export function directionOf(t: Token | undefined): number {
  if (!t) return 0;
  if (UP.has(t.stem)) return 1;
  if (DOWN.has(t.stem)) return -1;
  // A factor says which way too: "quadrupled" is a rise, "halved" a fall.
  const factor = FACTORS.get(t.norm);
  return factor !== undefined ? Math.sign(factor - 1) : derivedDirection(t.norm) || troponymDirection(t.norm);
}

/** Per word: the way WordNet's verb hierarchy says it changes a magnitude (0 for none). */
const troponymDirections = new BoundedCache<string, number>(20_000);
/** Levels walked from a verb's sense up to "increase" or "decrease", the sense included ("restrict" -> "limit" -> "decrease"). */
const TROPONYM_LEVELS = 3;
/** Senses read per verb, most frequent first: a rarer sense ("build" as "increase") is not the word's plain reading. */
const FIRST_SENSES = 1;
let directionRoots: ReadonlyMap<number, number> | undefined;

/** The verb senses of the roots of change (changes.json `troponymRoots`), with their way. */
function rootsOfChange(): ReadonlyMap<number, number> {
  if (!directionRoots) {
    const net = wordNet();
    const roots = new Map<number, number>();
    for (const [word, way] of Object.entries(WORDS.troponymRoots)) {
      for (const lemma of net.lemmas(word)) if (lemma.pos === 'v' && lemma.word === word) for (const synset of net.synsets(lemma)) roots.set(synset, way);
    }
    directionRoots = roots;
  }
  return directionRoots;
}

/** The one way a set of ways holds, or 0 when it holds none or both. */
function oneWay(ways: ReadonlySet<number>): number {
  return ways.size === 1 ? [...ways][0] ?? 0 : 0;
}

/**
 * The way a verb of change goes by WordNet's troponymy: a verb is a manner of the verbs above it
 * (Fellbaum 1990), so one whose most frequent sense reaches "increase" ("widen", "broaden") says
 * a rise and one reaching "decrease" ("restrict", "shorten") a fall. Read for each of its verb
 * lemmas; when they disagree, none.
 */
function troponymDirection(norm: string): number {
  return troponymDirections.get(norm, () => oneWay(senseKinds(wordNet(), rootsOfChange(), norm, { pos: 'v', senses: FIRST_SENSES, depth: TROPONYM_LEVELS })));
}

/** Per word: the way its verb of change goes, for a noun WordNet derives from one (0 for none). */
const derivedDirections = new BoundedCache<string, number>(20_000);

/**
 * The way a noun of change goes, read from the verb of change WordNet derives it from
 * ("reduction" <- "reduce", "expansion" <- "expand", "growth" <- "grow"): the lists name verbs,
 * their nouns say the same. Only a word WordNet knows as a noun alone, and only when its verbs
 * of change all go one way.
 */
function derivedDirection(norm: string): number {
  return derivedDirections.get(norm, () => {
    const net = wordNet();
    const lemmas = net.lemmas(norm);
    const ways = new Set<number>();
    if (lemmas.length > 0 && lemmas.every((l) => l.pos === 'n')) {
      for (const lemma of lemmas) for (const verb of net.derived(lemma.word)) ways.add(UP.has(stemOf(verb)) ? 1 : DOWN.has(stemOf(verb)) ? -1 : 0);
    }
    ways.delete(0);
    return oneWay(ways);
  });
}

/**
 * Which way a two-word verb says a figure moved, by its particle ("went down", "shot up"; the
 * phrase's norm joins its words with "_"): 0 for one without a particle of change.
 */
export function phraseDirection(norm: string): number {
  if (!norm.includes('_')) return 0;
  const particle = stemOf(norm.slice(norm.lastIndexOf('_') + 1));
  return PARTICLES.has(particle) ? (UP.has(particle) ? 1 : DOWN.has(particle) ? -1 : 0) : 0;
}

/** The particles of two-word verbs of change. */
const PARTICLES: ReadonlySet<string> = new Set(WORDS.particles.map(stemOf));

/**
 * Which way the words right before a figure say it moved ("cut more than 100,000", "adding
 * 100,000"): a verb of change within reach, not a bound ("more than").
 */
export function directionBefore(tokens: readonly Token[], q: Quantity): { direction: number; at: number } | undefined {
  for (let k = q.firstToken - 1; k >= Math.max(0, q.firstToken - VERB_REACH); k--) {
    const t = tokens[k];
    if (!t || COMPARISONS.has(t.norm)) continue;
    const direction = directionOf(t);
    if (direction !== 0) return { direction, at: k };
    if (!t.stop) return undefined;
  }
  return undefined;
}

/** A multiplier figure ("in half", "twice") read as the factor of a change the words beside it state. */
function multiplierFactor(q: Quantity, tokens: readonly Token[]): number | undefined {
  if (q.kind !== 'multiplier') return undefined;
  const before = tokens.slice(Math.max(0, q.firstToken - VERB_REACH - 4), q.firstToken);
  return before.some((t) => directionOf(t) !== 0) ? q.value : undefined;
}

/** The factor a word states as a verb of change ("doubled", "nearly doubles"), if it does. */
function factorOf(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const before = tokens[i - 1];
  const asNoun = FACTORS_AS_NOUNS.get(t.norm);
  if (asNoun !== undefined) return before && (before.numeric || isNumberWord(before.norm) || NOUN_DETERMINERS.has(before.norm)) ? undefined : asNoun;
  return FACTORS.get(t.norm);
}

function factorChanges(tokens: readonly Token[], quantities: readonly Quantity[]): Change[] {
  const found: Change[] = [];
  tokens.forEach((t, i) => {
    const factor = factorOf(tokens, i);
    if (factor !== undefined) found.push({ direction: factor > 1 ? 1 : -1, factor, firstToken: i, lastToken: i });
  });
  for (const q of quantities) {
    const factor = multiplierFactor(q, tokens);
    if (factor !== undefined && !found.some((c) => c.firstToken <= q.firstToken && q.lastToken <= c.lastToken)) found.push({ direction: factor > 1 ? 1 : -1, factor, firstToken: q.firstToken, lastToken: q.lastToken });
  }
  return found;
}

/** "from 40 to 25 percent": the first figure takes the kind of the second when it has no unit of its own. */
function fromTo(tokens: readonly Token[], quantities: readonly Quantity[]): Change[] {
  const found: Change[] = [];
  for (const [k, from] of quantities.entries()) {
    const to = quantities[k + 1];
    if (!to || tokens[from.firstToken - 1]?.norm !== 'from' || tokens[from.lastToken + 1]?.norm !== 'to' || to.firstToken !== from.lastToken + 2) continue;
    const start = from.kind === to.kind || from.kind !== 'count' || from.unit.length > 0 ? from : { ...from, kind: to.kind, ...(to.currency ? { currency: to.currency } : {}) };
    if (start.kind !== to.kind) continue;
    found.push({ direction: Math.sign(to.value - start.value), from: start, to, firstToken: from.firstToken - 1, lastToken: to.lastToken });
  }
  return found;
}

/** "rose by 15,000", "cut spending by $2 billion": a delta after "by", with the direction of the verb before it. */
function byDelta(tokens: readonly Token[], quantities: readonly Quantity[]): Change[] {
  const found: Change[] = [];
  for (const q of quantities) {
    // "cut by nearly 60 percent": the word that makes the figure approximate stands between.
    const by = q.approximate && tokens[q.firstToken - 1]?.norm !== 'by' ? q.firstToken - 2 : q.firstToken - 1;
    if (tokens[by]?.norm !== 'by') continue;
    for (let k = by - 1; k >= Math.max(0, by - VERB_REACH); k--) {
      const direction = directionOf(tokens[k]);
      if (direction === 0) continue;
      found.push({ direction, delta: q, firstToken: k, lastToken: q.lastToken });
      break;
    }
  }
  return found;
}

/** "15,000 fewer jobs than", "$2 billion more than": a delta against another figure. */
function comparedDelta(tokens: readonly Token[], quantities: readonly Quantity[]): Change[] {
  const found: Change[] = [];
  for (const q of quantities) {
    for (let k = q.lastToken + 1; k <= q.lastToken + 4 && k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || !COMPARISONS.has(t.norm)) continue;
      const than = tokens.slice(k + 1, k + 4).findIndex((u) => u.norm === 'than');
      if (than >= 0) found.push({ direction: directionOf(t), delta: q, firstToken: q.firstToken, lastToken: k + 1 + than });
      break;
    }
  }
  return found;
}

const changeCache = new WeakMap<Analysis, Change[]>();

/** The changes an analysed sentence or passage states, read once per analysis. */
export function changesOf(a: Analysis): Change[] {
  let found = changeCache.get(a);
  if (!found) changeCache.set(a, (found = readChanges(a.tokens, a.quantities)));
  return found;
}

/** The changes a sentence states, in reading order. */
export function readChanges(tokens: readonly Token[], quantities: readonly Quantity[]): Change[] {
  return [...fromTo(tokens, quantities), ...byDelta(tokens, quantities), ...comparedDelta(tokens, quantities), ...factorChanges(tokens, quantities)].sort((a, b) => a.firstToken - b.firstToken);
}

/** The ratio of a from/to change, when both are stated and the first is not zero. */
export function ratioOf(change: Change): number | undefined {
  return change.from && change.to && change.from.value !== 0 ? change.to.value / change.from.value : undefined;
}

/** The amount of a from/to change, as a delta of the same kind. */
export function amountOf(change: Change): number | undefined {
  return change.from && change.to ? Math.abs(change.to.value - change.from.value) : undefined;
}
