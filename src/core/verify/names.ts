// Whether a claim's name stands in a passage (fully, as a shorter form, an acronym, an alias or a
// nationality form), and which of the passage's other names could have been swapped for it.
import type { Analysis, Entity } from '../claims/analyze';
import { cachePerOwner } from '../boundedCache';
import { isAuxiliary, isVerbOfSaying } from '../claims/classify';
import { NAME_TITLES, placeForms } from '../claims/lexicon';
import { wordNet } from '../lexicon/source';
import type { Corpus } from '../corpus/corpus';
import { stemOf, tokenize } from '../text/tokens';
import { capitalOfTheOther, derivedNamedThing, sameNamedThing, spelledOutForms } from './nameKinds';
import type { PassageView, StemLookup } from './passageView';

/** Where a claim's name is found: in the passage itself, in its context, or nowhere. */
export type Found = 'own' | 'context' | undefined;

/** `joinedAfter`: the claim joins the passage to the sentence after it by a figure only that sentence states (checks/figures.ts). */
export function entityFound(corpus: Corpus, e: Entity, v: PassageView, key: string, joinedAfter = false, agentive = false): Found {
  if (entityIn(corpus, e, v.stems, () => v.analysis.entities, key, agentive)) return 'own';
  // The names before are read only when the words are not enough: they need the passages analysed.
  if (entityIn(corpus, e, v.beforeStems, () => v.beforeEntities, key)) return 'context';
  const inAfter = (): boolean => v.afterEntities.some((o) => coreStems(e).every((s) => o.stems.includes(s)));
  // A claim that joins the passage to the sentence after by a figure only that sentence states
  // ("The £225m supercomputer ... is fitted with 5,400 Nvidia superchips") takes its names from
  // both: no name of the passage stands in the place of one the sentence after states.
  if (joinedAfter && inAfter()) return 'own';
  // The sentence after may name whom the passage only describes ("a true American hero ... will
  // return to space. Godspeed, John Glenn."): context, when the passage names no one itself
  // (a passage naming another stands for a swap: "Japan and Korea" for "Japan and India").
  if (!e.place && !namesSomeone(v) && inAfter()) return 'context';
  return undefined;
}

/** Whether the passage names a person or body of its own (places and bare titles aside). */
function namesSomeone(v: PassageView): boolean {
  return v.analysis.entities.some((o) => !o.place && !onlyTitles(o));
}

/**
 * A name's words without the titles before it ("Senator Hatch" -> hatch), and without the office
 * a title closes ("Treasury Secretary Jim Baker" -> jim baker: the department is the office's, not
 * the holder's, so two holders of one office share no word); all of them if it is only titles.
 */
export function coreStems(e: Entity): string[] {
  let core = coreCache.get(e);
  if (!core) {
    let lastTitle = -1;
    for (let k = 0; k < e.stems.length - 1; k++) if (TITLE_STEMS.has(e.stems[k] ?? '')) lastTitle = k;
    const held = lastTitle > 0 ? e.stems.slice(lastTitle + 1) : e.stems;
    const rest = held.filter((s) => !TITLE_STEMS.has(s));
    coreCache.set(e, (core = rest.length > 0 ? rest : e.stems));
  }
  return core;
}

/** A name made only of titles ("the President"): a role. */
export function onlyTitles(e: Entity): boolean {
  return e.stems.every((s) => TITLE_STEMS.has(s));
}

const TITLE_STEMS = new Set([...NAME_TITLES].map((w) => stemOf(w)));

/** Words that join an office's title to what it is over ("Secretary of State", "Minister for Science"). */
const OFFICE_LINKS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * A name of an office: titles, then "of" or "for" ("Secretary of State", "Minister for
 * Science", "Director of the Institute"): a role, as `onlyTitles`, whoever holds it. "President
 * Obama" is a title and a name, not an office.
 */
export function officeName(a: Analysis, e: Entity): boolean {
  const { firstToken } = withoutTitles(a, e);
  return firstToken > e.firstToken && OFFICE_LINKS.has(a.tokens[firstToken]?.norm ?? '');
}

/**
 * A name's tokens after its leading titles ("His Holiness Pope Francis" → "Francis", "Treasury
 * Secretary Jim Baker" → "Jim Baker"): one text writes a title into the name, another leaves it
 * before ("Pope Benedict" at a sentence's start is read as "Benedict"), so names are placed in
 * their slot by what follows the titles. The same core as `coreStems`: after the last title but
 * the name's last word, with the office's words before it ("Treasury").
 */
export function withoutTitles(a: Analysis, e: Entity): { firstToken: number; lastToken: number } {
  let first = e.firstToken;
  for (let k = e.firstToken; k < e.lastToken; k++) if (TITLE_STEMS.has(a.tokens[k]?.stem ?? '')) first = k + 1;
  return { firstToken: first, lastToken: e.lastToken };
}
const coreCache = new WeakMap<Entity, string[]>();

/**
 * Whether two names hold the same office: they open with the same words up to a title, and go on
 * with others ("Treasury Secretary Donald Regan" / "Treasury Secretary Jim Baker", "Senator Tom
 * Harkin" / "Senator Judd Gregg"). An office is held by one person in a statement: the two stand
 * in one role.
 */
export function sameOffice(claimed: string, stated: string): boolean {
  const ours = tokenize(claimed);
  const theirs = tokenize(stated);
  let shared = 0;
  while (shared < ours.length - 1 && shared < theirs.length - 1 && ours[shared]?.stem === theirs[shared]?.stem) shared++;
  return shared > 0 && TITLE_STEMS.has(ours[shared - 1]?.stem ?? '');
}

function entityIn(corpus: Corpus, e: Entity, stems: StemLookup, namesOf: () => readonly Entity[], key: string, agentive = false): boolean {
  // Every word of a short name must be there ("Bill Clinton" is not "Bill Gates"); titles aside.
  const core = coreStems(e);
  const hits = core.filter((s) => stems.has(s)).length;
  if (hits > 0 && hits >= Math.ceil(core.length * (core.length > 3 ? 0.75 : 1))) return true;
  const others = namesOf();
  // "Kendall" for "Liz Kendall", "Chairman Kim" for "Kim Jong Un": a shorter form of the same name,
  // with its last word, or with its first where the source writes the whole name too
  // ("We are joined by Matthew Charles ... Matthew is the first ...").
  const head = core[core.length - 1];
  const first = core[0];
  if (head !== undefined && first !== undefined && core.length <= 3) {
    for (const o of others) {
      const short = coreStems(o);
      if (!short.every((s) => core.includes(s)) || /^\p{Lu}+$/u.test(o.text)) continue;
      if (short.includes(head) || (short.includes(first) && wholeNameInSource(corpus, key, e))) return true;
    }
  }
  // An abbreviation the passage spells out in lower case ("GNP" / "gross national product").
  if (spelledOutForms(e).some((stemsOfForm) => stemsOfForm.length > 0 && stemsOfForm.every((stem) => stems.has(stem)))) return true;
  const aliases = corpus.aliasesOf(e.text);
  for (const o of others) {
    if (e.place && o.place === e.place) return true;
    if (o.initials.length >= 2 && o.initials === e.initials && (e.stems.length === 1 || o.stems.length === 1)) return true;
    if (aliases?.has(o.text.toLowerCase())) return true;
    // Another written form of the same entity in WordNet ("TX" for "Texas").
    if (sameNamedThing(e, o) || derivedNamedThing(e, o) || capitalOfTheOther(e, o, agentive)) return true;
  }
  return false;
}

const wholeNames = cachePerOwner<string, boolean>(5_000);

function wholeNameInSource(corpus: Corpus, key: string, e: Entity): boolean {
  return wholeNames(corpus).get(`${key}\u0000${e.text}`, () => (corpus.sourceText(key) ?? '').includes(e.text));
}

const mentions = cachePerOwner<string, number>(5_000);

/**
 * How often the source writes the name as the claim does, or any form of its place ("U.S.",
 * "America", "American"): a name it keeps coming back to is its subject.
 */
export function mentionsInSource(corpus: Corpus, key: string, e: Entity): number {
  const name = e.place ?? e.text;
  return mentions(corpus).get(`${key}\u0000${e.place ? 'place:' : ''}${name}`, () => {
    const text = corpus.sourceText(key) ?? '';
    if (!e.place) return occurrences(text, e.text);
    // Short forms only in capitals: "US" is the country, "us" the pronoun.
    return placeForms(e.place).reduce((sum, form) => sum + occurrences(text, form.length > 3 ? new RegExp(`\\b${escapeRegExp(form)}\\b`, 'gi') : new RegExp(`\\b${escapeRegExp(form.toUpperCase())}\\b`, 'g')), 0);
  });
}

const MAX_COUNTED = 100;

function occurrences(text: string, what: string | RegExp): number {
  let count = 0;
  if (typeof what === 'string') {
    for (let at = text.indexOf(what); at >= 0 && count < MAX_COUNTED; at = text.indexOf(what, at + what.length)) count++;
    return count;
  }
  while (count < MAX_COUNTED && what.exec(text)) count++;
  return count;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What stands at a run of tokens: a name or a figure. */
interface TokenSpan {
  firstToken: number;
  lastToken: number;
}

/**
 * The rival name (or figure) nearest to what the claim and passage share (a shared name first, else any
 * shared word), and how far it stands from the nearest shared word at all.
 */
export function nearestToAnchors<T extends TokenSpan>(candidates: T[], c: Analysis, p: Analysis, e: TokenSpan, matchedEntityTokens: Set<number>): { nearest: T; distance: number } {
  const passageIndex = new Map<string, number[]>();
  p.tokens.forEach((t, i) => {
    if (t.stop) return;
    const list = passageIndex.get(t.stem) ?? [];
    list.push(i);
    passageIndex.set(t.stem, list);
  });
  const anchors: Array<{ claimOffset: number; passagePositions: number[] }> = [];
  c.tokens.forEach((t, i) => {
    if (t.stop || (i >= e.firstToken && i <= e.lastToken)) return;
    const positions = passageIndex.get(t.stem);
    if (positions) anchors.push({ claimOffset: i - e.firstToken, passagePositions: positions });
  });
  const gap = (cand: TokenSpan, pos: number): number => (pos < cand.firstToken ? cand.firstToken - pos : pos > cand.lastToken ? pos - cand.lastToken : 0);
  const closest = (cand: TokenSpan, from: typeof anchors): number => {
    let d = Infinity;
    for (const a of from) for (const pos of a.passagePositions) d = Math.min(d, gap(cand, pos));
    return d;
  };
  // How many of the claim's words stand right beside a candidate: "£2 billion for AI initiatives
  // plus £500 million for a Sovereign AI Unit" — "Sovereign", "AI" and "Unit" all stand by the £500 million.
  const beside = (cand: TokenSpan, from: typeof anchors): number => from.filter((a) => a.passagePositions.some((pos) => gap(cand, pos) <= BESIDE)).length;
  const entityAnchors = anchors.filter((a) => matchedEntityTokens.has(a.claimOffset + e.firstToken));
  const use = entityAnchors.length > 0 ? entityAnchors : anchors;
  const [first] = candidates;
  // Callers pass the rivals they found: there is always one.
  if (first === undefined) throw new RangeError('nearestToAnchors needs a candidate');
  let best = first;
  let bestBeside = -1;
  let bestDistance = Infinity;
  for (const cand of candidates) {
    const n = beside(cand, use);
    const d = closest(cand, use);
    if (n > bestBeside || (n === bestBeside && d < bestDistance)) {
      bestBeside = n;
      bestDistance = d;
      best = cand;
    }
  }
  return { nearest: best, distance: closest(best, anchors) };
}

/** Words this close to a candidate stand beside it. */
const BESIDE = 4;

/** Words that may stand between a speaker and its verb of saying ("the Fund is now estimating"). */
const SPEAKER_GAP = 3;

/** A word WordNet knows as an adverb and not as a verb ("now", "recently"). */
function adverbOnly(word: string): boolean {
  const lemmas = wordNet().lemmas(word);
  return lemmas.some((l) => l.pos === 'r') && !lemmas.some((l) => l.pos === 'v');
}

/**
 * Whether a name of the analysis is who says or thinks what follows: a verb of saying or
 * thinking right after it, past auxiliaries and adverbs ("the International Monetary Fund is now
 * estimating"), or "according to" right before it.
 */
export function speaks(a: Analysis, e: Entity): boolean {
  if (a.tokens[e.firstToken - 1]?.norm === 'to' && a.tokens[e.firstToken - 2]?.norm === 'according') return true;
  for (let k = e.lastToken + 1; k <= e.lastToken + SPEAKER_GAP; k++) {
    const word = a.tokens[k]?.norm;
    if (word === undefined) return false;
    if (isVerbOfSaying(word)) return true;
    if (!isAuxiliary(word) && !adverbOnly(word)) return false;
  }
  return false;
}
