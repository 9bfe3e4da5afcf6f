// Names: each of the claim's is found in the passage or its context, or another name of the
// same type stands in its place beside what the two share (a conflict), or the passage is about
// something else (missing).
import type { Analysis, Entity } from '../../claims/analyze';
import { passageAnalysis } from '../../claims/passageAnalysis';
import { canonicalPlace, VERB_GROUP_STARTS } from '../../claims/lexicon';
import { wordNet } from '../../lexicon/source';
import type { Lemma } from '../../lexicon/wordnet';
import { piece, type Conflict, type TextPiece } from '../conflict';
import { coreStems, entityFound, mentionsInSource, nearestToAnchors, officeName, onlyTitles, speaks, withoutTitles } from '../names';
import { mayBeRivals, nameKinds } from '../nameKinds';
import { TELLING_VERBS } from '../../claims/classify';
import { nameOfSource, originOfAnotherSource } from '../sourceFacts';
import { sameSlot } from './slots';
import { observe, type CompareContext } from './context';
import type { FigureFindings } from './figures';
import ADDRESSEE from './addressee.json';

/** How many words a rival name may stand from the nearest word the claim shares. */
const MAX_RIVAL_DISTANCE = 4;
/** WordNet's kind of a place (nameKinds.json). */
const PLACE_KIND = 'location';
/** Mentions that make a name a subject of its source. */
const SUBJECT_MENTIONS = 3;

export interface NameFindings {
  conflicts: Conflict[];
  excluded: Set<number>;
  missing: number;
  /** Claim tokens of names the passage states / its context states. */
  own: Set<number>;
  context: Set<number>;
  /** Claim tokens inside any of its names. */
  named: Set<number>;
  /** Claim names the passage does not state, with the passage's name in their slot. */
  slotted: Map<Entity, Entity>;
}

function addTokens(set: Set<number>, e: Entity): void {
  for (let i = e.firstToken; i <= e.lastToken; i++) set.add(i);
}

/** How near (in words) a passage name must stand to what it shares with the claim to stand in a claim name's place. */
const IN_PLACE_DISTANCE = 2;

/** Whether the passage has a name of its own (no word shared with the claim, no place) right where the claim's name, seldom mentioned, stands. */
function rivalInPlace(ctx: CompareContext, e: Entity): boolean {
  const { claim: c, passage: p, prep } = ctx;
  // A name the source keeps coming back to ("AI" in a report on AI) is its subject, not a swap.
  // Nor is its author or publisher ("…, Lwin argues"), a name the source states of itself.
  if (speakerOfCitedSource(ctx, e) || mentionsInSource(ctx.corpus, ctx.key, e) >= SUBJECT_MENTIONS) return false;
  const open = p.entities.filter((o) => !o.place && !onlyTitles(o) && !coreStems(o).some((s) => prep.claimStems.has(s)));
  if (open.length === 0) return false;
  return nearestToAnchors(open, c, p, e, new Set()).distance <= IN_PLACE_DISTANCE;
}

/**
 * Another name of the passage standing in the claim name's very slot (the same words either side:
 * "the victory of Whig nominee Reagan." / "... Zachary Taylor."): the passage speaks of that
 * one in the claim name's role, whatever its context or the source mentions elsewhere.
 */
function slotRivalName(ctx: CompareContext, e: Entity): Entity | undefined {
  const core = coreStems(e);
  return ctx.passage.entities.find((o) => !onlyTitles(o) && !core.every((s) => o.stems.includes(s)) && !coreStems(o).every((s) => e.stems.includes(s)) && sameSlot(ctx.claim, withoutTitles(ctx.claim, e), ctx.passage, withoutTitles(ctx.passage, o)) && mayBeRivals(e, o));
}

/**
 * The passage's own speaker where the claim names another as the one who says it ("The World Bank
 * estimated that ..." against "the International Monetary Fund is now estimating ..."): another
 * speaker in the speaker's role, an alternation (MacCartney & Manning). Not for the source's own
 * author or publisher, who says every passage of it, nor a place or an office.
 */
function speakerRival(ctx: CompareContext, e: Entity): Entity | undefined {
  // Only the claim's speaker: not whom it was said to ("told Congress that").
  if (e.place || !speaks(ctx.claim, e) || nameOfSource(ctx.corpus, ctx.key, coreStems(e))) return undefined;
  const { passage: p, prep } = ctx;
  return p.entities.find((o) => !o.place && !onlyTitles(o) && !officeName(p, o) && !coreStems(o).some((s) => prep.claimStems.has(s)) && mayBeRivals(e, o) && speaks(p, o));
}

/**
 * Whether the passage writes the claim's name only under a negating prefix ("tailored for
 * non-NVIDIA architectures"): it names it to exclude it, so another name in the claim name's
 * very slot ("ARM and Graphcore") is its rival; without one, the prefix is a negation (polarity).
 */
function onlyUnderNegatingPrefix(p: Analysis, e: Entity): boolean {
  const core = coreStems(e);
  const negated = p.entities.filter((o) => o.negatedPrefix && core.every((s) => o.stems.includes(s)));
  if (negated.length === 0) return false;
  return !p.tokens.some((t, i) => core.includes(t.stem) && !negated.some((o) => i >= o.firstToken && i <= o.lastToken));
}

/**
 * The name of the passage's source (its author or publisher, who says every passage of it), or of
 * another source the claim cites beside it: "Both Bush and Obama named …" [@bush; @obama] says
 * each said it in his own source, so Obama's speech need not name Bush, and a name of Obama's
 * passage is no rival of his. A place is no other source's name.
 */
function speakerOfCitedSource(ctx: CompareContext, e: Entity): boolean {
  const stems = coreStems(e);
  if (nameOfSource(ctx.corpus, ctx.key, stems)) return true;
  if (e.place || !ctx.citedKeys.includes(ctx.key)) return false;
  return ctx.citedKeys.some((k) => k !== ctx.key && nameOfSource(ctx.corpus, k, stems));
}

/** Finds each claim name; returns the names found nowhere. */
const ADDRESSING_VERBS: ReadonlySet<string> = new Set([...ADDRESSEE.askingVerbs, ...TELLING_VERBS]);
const ADDRESSING_BEFORE_ON: ReadonlySet<string> = new Set(ADDRESSEE.verbsBeforeOn);
const SECOND_PERSON: ReadonlySet<string> = new Set(ADDRESSEE.pronouns);

/**
 * A name the claim gives whom its speaker asks or tells ("asked Congress to"), compared with a
 * passage that speaks to "you": reported speech names the audience the speech addresses (addressee.json).
 */
function addressedAsYou(c: Analysis, p: Analysis, e: Entity): boolean {
  const verb = c.tokens[e.firstToken - 1];
  const addressed = (verb !== undefined && ADDRESSING_VERBS.has(verb.norm)) || (verb?.norm === 'on' && ADDRESSING_BEFORE_ON.has(c.tokens[e.firstToken - 2]?.norm ?? ''));
  return addressed && p.tokens.some((u) => SECOND_PERSON.has(u.norm));
}

function findNames(ctx: CompareContext, found: NameFindings, joinedAfter: boolean): Entity[] {
  const { claim: c, passage: p, view: v, prep } = ctx;
  const unmatched: Entity[] = [];
  const claimPlaces = c.entities.filter((e) => e.place && e.firstToken >= ctx.contentFrom && !e.negatedPrefix).length;
  for (const e of c.entities) {
    // "the President", "Chief Justice": a role, compared as words, not as a name.
    if (e.negatedPrefix || onlyTitles(e)) continue;
    // Who said it ("Reed claimed", "Claudius is said to") is no content the passage must state, but
    // another name saying it in the very same words is another speaker: an alternation.
    if (e.firstToken < ctx.contentFrom) {
      const speaker = entityFound(ctx.corpus, e, v, ctx.key, joinedAfter) === 'own' ? undefined : (slotRivalName(ctx, e) ?? speakerRival(ctx, e));
      if (speaker) found.slotted.set(e, speaker);
      continue;
    }
    const where = entityFound(ctx.corpus, e, v, ctx.key, joinedAfter, actsAsAgent(c, e)) ?? (speakerOfCitedSource(ctx, e) ? 'context' : undefined);
    if (where === undefined && addressedAsYou(c, p, e)) {
      addTokens(found.context, e);
      observe(ctx, 'name', 'neutral', e);
      continue;
    }
    // The claim's one country named only in the context, while the passage itself names another:
    // the passage is about that other country, so it neither bears out nor contradicts the claim.
    // (With more countries in the claim, the passage's may stand for one of them: the swap test.)
    if (where === 'context' && e.place && claimPlaces === 1 && p.entities.some((o) => o.place && o.place !== e.place && !o.stems.some((s) => prep.claimStems.has(s)))) {
      found.missing++;
      observe(ctx, 'name', 'missing', e);
      continue;
    }
    const rival = where !== 'own' || onlyUnderNegatingPrefix(p, e) ? slotRivalName(ctx, e) : undefined;
    if (rival) {
      found.slotted.set(e, rival);
      continue;
    }
    // A person or body named only in the context, while the passage itself names another in its
    // very place ("Trajan is said to have celebrated" for "Claudius is said to ..."): the passage
    // speaks of that other one, so the name is compared with it, not taken from the context.
    if (where === 'context' && !e.place && rivalInPlace(ctx, e)) {
      unmatched.push(e);
      continue;
    }
    if (where) {
      addTokens(where === 'own' ? found.own : found.context, e);
      observe(ctx, 'name', where === 'own' ? 'supports' : 'neutral', e, where === 'own' ? p.entities.find((o) => coreStems(e).every((s) => o.stems.includes(s))) : undefined);
    } else unmatched.push(e);
  }
  return unmatched;
}

/**
 * Whether the claim uses the name as an actor: a verb right after it ("Washington moved", "Beijing
 * has", "for Beijing to stand in the way"), an auxiliary or a form WordNet reads only as an
 * inflected verb, not a noun it modifies ("the Warsaw shipyard").
 */
function actsAsAgent(a: Analysis, e: Entity): boolean {
  // Asked for each passage compared; only a one-word name can be a capital standing for its country.
  if (e.stems.length !== 1) return false;
  let found = agentive.get(e);
  if (found === undefined) agentive.set(e, (found = readsAsAgent(a, e)));
  return found;
}

/** Per claim name, actsAsAgent's answer: the claim's analysis is the same for every passage. */
const agentive = new WeakMap<Entity, boolean>();

function readsAsAgent(a: Analysis, e: Entity): boolean {
  const next = a.tokens[e.lastToken + 1];
  if (!next || next.capitalized) return false;
  if (VERB_GROUP_STARTS.has(next.norm)) return true;
  const verbs = (t: typeof next): Lemma[] => wordNet().lemmas(t.norm).filter((l) => l.pos === 'v');
  if (next.norm === 'to') {
    const after = a.tokens[e.lastToken + 2];
    return after !== undefined && verbs(after).some((l) => l.word === after.norm);
  }
  const lemmas = wordNet().lemmas(next.norm);
  return lemmas.length > 0 && lemmas.every((l) => l.pos === 'v' && l.word !== next.norm);
}

/** Whom the brief quotes ("Reuters reported that ...") is the origin of another source: this passage is not where the report comes from. */
function checkOrigin(ctx: CompareContext, found: NameFindings, joinedAfter: boolean): void {
  for (const e of ctx.claim.entities) {
    if (e.firstToken >= ctx.contentFrom || e.place || !originOfAnotherSource(ctx.corpus, ctx.key, coreStems(e))) continue;
    if (!entityFound(ctx.corpus, e, ctx.view, ctx.key, joinedAfter) && mentionsInSource(ctx.corpus, ctx.key, e) < SUBJECT_MENTIONS) {
      found.missing++;
      observe(ctx, 'origin', 'missing', e);
    }
  }
}

/** Tokens between two names of one analysis, the first before the second (negative when they overlap or come the other way). */
function tokensBetween(first: Entity, second: Entity): number {
  return second.firstToken - first.lastToken - 1;
}

/**
 * A rival in the sentence right before the passage, where that sentence names the claim's other
 * name and, right beside it, another name of the claim name's kind on the same side ("Lwin
 * credits Wales's Toran Bruce Richards with AutoGPT, the fastest-growing repository" against
 * "AutoGPT, founded by Scotland’s Toran Bruce Richards. … he built the fastest growing …
 * repository"): a fact split over two sentences of the source, whose first says whose it is.
 * Only the adjacent sentence, so that the evidence shown (compare.ts) holds both.
 */
function rivalBesideAnchorNextDoor(ctx: CompareContext, e: Entity): { analysis: Analysis; rival: Entity } | undefined {
  const c = ctx.claim;
  const anchor = c.entities.find((a) => a !== e && a.firstToken >= ctx.contentFrom && (tokensBetween(e, a) === 0 || tokensBetween(a, e) === 0));
  const n = anchor && previousSentence(ctx);
  if (!anchor || !n) return undefined;
  const stated = n.entities.find((o) => coreStems(anchor).every((s) => o.stems.includes(s)));
  if (!stated) return undefined;
  const before = anchor.firstToken > e.lastToken;
  const beside = (o: Entity): boolean => (before ? tokensBetween(o, stated) : tokensBetween(stated, o)) === 0;
  const rival = n.entities.find((o) => o !== stated && beside(o) && !!o.place === !!e.place && mayBeRivals(e, o) && !coreStems(o).every((s) => e.stems.includes(s)));
  return rival ? { analysis: n, rival } : undefined;
}

/** The analysis of the passage right before this one in its source, when nothing but space lies between the two. */
function previousSentence(ctx: CompareContext): Analysis | undefined {
  const [previous] = ctx.corpus.neighbours(ctx.passageId, 1, 0);
  if (previous === undefined) return undefined;
  const n = passageAnalysis(ctx.corpus, previous);
  const text = ctx.corpus.sourceText(ctx.key) ?? '';
  return text.slice(n.base + n.text.length, ctx.passage.base).trim() === '' ? n : undefined;
}

/** Words before a name that set its slot: "an agreement with Chile" / "a good agreement with Peru". */
const SLOT_WORDS_BEFORE = 2;

/**
 * Whether the SLOT_WORDS_BEFORE words right before the two names are the same, one of them a
 * content word (the sentence before may end right after its name, so the words after say nothing).
 */
function sameWordsBefore(c: Analysis, e: Entity, p: Analysis, o: Entity): boolean {
  const mine = c.tokens.slice(Math.max(0, e.firstToken - SLOT_WORDS_BEFORE), e.firstToken);
  const theirs = p.tokens.slice(Math.max(0, o.firstToken - SLOT_WORDS_BEFORE), o.firstToken);
  return mine.length === SLOT_WORDS_BEFORE && mine.every((t, k) => t.norm === theirs[k]?.norm) && mine.some((t) => !t.stop);
}

/**
 * A name in the claim name's very slot in the sentence right before the passage: a claim joining
 * two sentences of the source ("thanked Congress for approving an agreement with Chile and asked
 * it to approve deals with Colombia …" against "… a good agreement with Peru. And now I ask you to
 * approve agreements with Colombia …"), whose first half the passage before states.
 */
function slotRivalNextDoor(ctx: CompareContext, e: Entity): { analysis: Analysis; rival: Entity } | undefined {
  const n = previousSentence(ctx);
  if (!n) return undefined;
  const core = coreStems(e);
  const rival = n.entities.find((o) => !onlyTitles(o) && !!o.place === !!e.place && !core.every((s) => o.stems.includes(s)) && !coreStems(o).some((s) => ctx.prep.claimStems.has(s)) && sameWordsBefore(ctx.claim, e, n, o) && mayBeRivals(e, o));
  return rival ? { analysis: n, rival } : undefined;
}

/**
 * Whether the passage shares with the claim something that says which fact it is, besides words:
 * another of the claim's names, or one of its figures or dates. A name of the passage near the
 * shared words but not in the claim name's own slot, with nothing else pinned down, is another
 * subject, not a swap: "Britain already has real strengths in open source" and "… China's real
 * strengths in open source" may both be true (issue 13: an error needs a shared subject and the
 * same statement).
 */
function anchored(ctx: CompareContext, found: NameFindings): boolean {
  if (found.own.size > 0 || found.context.size > 0) return true;
  return ctx.observations.some((o) => (o.check === 'figure' || o.check === 'date') && o.effect === 'supports');
}

/** Words of the claim besides its names a passage must restate for a name alone to be the difference. */
const MIN_RESTATED_WORDS = 3;

/**
 * Whether the passage's own words restate every content word of the claim but its names, in a
 * claim that reports what a source said or cites this passage's source ("Clinton reported that
 * Iran had frozen its nuclear weapons program" / "North Korea has now frozen its dangerous
 * nuclear weapons program"): the same statement, so the passage's one name, of the claim name's
 * kind, is its rival, as an opposite word is in a fully aligned short claim (decide.ts). Of a
 * passage naming several, which one stands for the claim's the words do not say. Not the
 * writer's own uncited words, which are often analysis ("Britain already has real strengths in
 * open source" beside "China's real strengths in open source").
 */
function restatedButTheName(ctx: CompareContext, found: NameFindings): boolean {
  if ((ctx.contentFrom === 0 && !ctx.citedKeys.includes(ctx.key)) || ctx.passage.entities.filter((o) => !onlyTitles(o)).length !== 1) return false;
  const words = ctx.claim.tokens.filter((t, k) => k >= ctx.contentFrom && !found.named.has(k) && !t.stop && !t.numeric);
  return words.length >= MIN_RESTATED_WORDS && words.every((t) => ctx.view.stems.has(t.stem));
}

/**
 * A claim name with no rival in its place: a name the source keeps coming back to ("Congress" in
 * an address to it) is its subject, not a fact this sentence had to repeat; else it is missing.
 * Not a country the passage sets beside another ("the Islamic Republic of Iran" for a swapped "Russia").
 */
function subjectOrMissing(ctx: CompareContext, e: Entity, found: NameFindings): void {
  const otherPlace = !!e.place && ctx.passage.tokens.some((t) => t.capitalized && (canonicalPlace(t.norm) ?? e.place) !== e.place);
  if (!otherPlace && mentionsInSource(ctx.corpus, ctx.key, e) >= SUBJECT_MENTIONS) {
    addTokens(found.context, e);
    observe(ctx, 'name', 'neutral', e);
  } else {
    found.missing++;
    observe(ctx, 'name', 'missing', e);
  }
}

/** The one name the passage lacks: a rival of the same type beside the shared words, the source's subject, or missing. */
function rivalOf(ctx: CompareContext, e: Entity, found: NameFindings, taken: readonly Conflict[]): void {
  const { claim: c, passage: p, view: v, prep } = ctx;
  // A passage name is taken when it shares a word with the claim, or is the only way a claim
  // name is found there (another form of its place, its initials); "Iraq" beside "Iraqi
  // defectors" stays free to be the rival of a swapped "China".
  const unmatchedPassage = p.entities.filter(
    (o) => !coreStems(o).some((s) => prep.claimStems.has(s)) && !c.entities.some((ce) => ((ce.place && ce.place === o.place) || (o.initials.length >= 2 && o.initials === ce.initials)) && !ce.stems.every((s) => v.stems.has(s))),
  );
  // A rival is an entity of the claim name's kind: an actor is no alternation of a documentary,
  // nor a state of a radio show (names WordNet does not know may be of any kind), nor an office
  // of a name that is none ("Liz Kendall, the UK's Secretary of State" for "British AI").
  const office = officeName(c, e);
  const open = unmatchedPassage.filter((o) => !taken.some((k) => k.source.start === o.start) && mayBeRivals(e, o) && (office || !officeName(p, o)));
  // A name of the same kind (a known country for a known country) first; the gazetteer is
  // small, so another unshared name of the passage is the fallback, when it is unambiguous
  // (one such name), and neither is a known country or its people ("Congress" is no rival of
  // "Iran", nor "Americans" of "the Recovery Act").
  // A place the gazetteer lacks ("North Korea") is of a known place's type when WordNet knows it as one.
  const typed = open.filter((o) => !!o.place === !!e.place || (!!e.place && nameKinds(o).has(PLACE_KIND)));
  const sameType = typed.length > 0 ? typed : open.length === 1 && !e.place && !open[0]?.place ? open : [];
  if (sameType.length === 0) {
    const beside = rivalBesideAnchorNextDoor(ctx, e) ?? slotRivalNextDoor(ctx, e);
    if (beside) {
      found.conflicts.push({ kind: 'name', claimed: piece(c, e.start, e.end), source: piece(beside.analysis, beside.rival.start, beside.rival.end), replaceable: true });
      addTokens(found.excluded, e);
      observe(ctx, 'name', 'contradicts', e, beside.rival);
      return;
    }
    subjectOrMissing(ctx, e, found);
    return;
  }
  const { nearest: best, distance } = nearestToAnchors(sameType, c, p, e, found.own);
  // A substitute stands next to what the two share ("Oxford and UCL" / "Oxford and Edinburgh");
  // a name far from every shared word is about something else.
  if (distance > MAX_RIVAL_DISTANCE || (!anchored(ctx, found) && !restatedButTheName(ctx, found))) {
    subjectOrMissing(ctx, e, found);
    return;
  }
  found.conflicts.push({ kind: 'name', claimed: piece(c, e.start, e.end), source: piece(p, best.start, best.end), replaceable: true });
  addTokens(found.excluded, e);
  observe(ctx, 'name', 'contradicts', e, best);
}

/**
 * The claim's name and its rival as the fix swaps them: whole when their leading titles agree
 * ("Senator Hatch" → "Senator Kassebaum"), else without them, so the fix swaps "Benedict" for
 * "Francis" and leaves "Pope" where the brief wrote it (not "Holiness Pope Francis").
 */
function namePieces(ctx: CompareContext, e: Entity, rival: Entity): [TextPiece, TextPiece] {
  const titles = (a: Analysis, name: Entity): string => a.tokens.slice(name.firstToken, withoutTitles(a, name).firstToken).map((t) => t.norm).join(' ');
  if (titles(ctx.claim, e) === titles(ctx.passage, rival)) return [piece(ctx.claim, e.start, e.end), piece(ctx.passage, rival.start, rival.end)];
  const trimmed = (a: Analysis, name: Entity): TextPiece => piece(a, Math.max(a.tokens[withoutTitles(a, name).firstToken]?.start ?? name.start, name.start), name.end);
  return [trimmed(ctx.claim, e), trimmed(ctx.passage, rival)];
}

export function checkNames(ctx: CompareContext, figures: Pick<FigureFindings, 'conflicts' | 'joinedAfter'>): NameFindings {
  const figureConflicts = figures.conflicts;
  const found: NameFindings = { conflicts: [], excluded: new Set(), missing: 0, own: new Set(), context: new Set(), named: new Set(), slotted: new Map() };
  for (const e of ctx.claim.entities) addTokens(found.named, e);
  const unmatched = findNames(ctx, found, figures.joinedAfter);
  checkOrigin(ctx, found, figures.joinedAfter);
  for (const [e, rival] of found.slotted) {
    const [claimed, source] = namePieces(ctx, e, rival);
    found.conflicts.push({ kind: 'name', claimed, source, replaceable: true });
    addTokens(found.excluded, e);
    observe(ctx, 'name', 'contradicts', e, rival);
  }
  // Two or more names the passage lacks: it is about something else, not a substitution.
  if (unmatched.length > 1) {
    found.missing += unmatched.length;
    for (const e of unmatched) observe(ctx, 'name', 'missing', e);
  } else if (unmatched[0]) rivalOf(ctx, unmatched[0], found, [...figureConflicts, ...found.conflicts]);
  return found;
}
