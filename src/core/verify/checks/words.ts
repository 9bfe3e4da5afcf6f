// Alignment of the claim's content words with the passage: each word is found as written (by
// stem), as a word WordNet relates to it, in the passage's context, as a prefix, or not at all.
// A WordNet relation counts for support only when it projects to entailment: an equivalent word,
// or a more specific one in the passage ("tariff" bears out "tax"); under a negation the
// direction turns ("no tax" bears out "no tariff": MacCartney & Manning's projection).
import type { Analysis } from '../../claims/analyze';
import { directionOf, phraseDirection } from '../../claims/changes';
import { degreeModifierAt, hyphenPrefixAt, reversedByComparative } from '../../claims/lexicon';
import { isDeterminer } from '../../claims/classify';
import { antonymsInSomeSense, mayHaveAntonym, relationsOf, wordProfile, type RelationVia, type WordProfile, type WordRelation } from '../../lexicon/relation';
import { phraseAt } from '../phrases';
import { governingCue } from '../polarity';
import { wordNet } from '../../lexicon/source';
import type { Token } from '../../text/tokens';
import type { PassageView } from '../passageView';
import { nameOfSource } from '../sourceFacts';
import { observe, type CompareContext } from './context';
import { domainSynonyms } from './domainLexicon';
import LIGHT_VERBS from './lightVerbs.json';
import SPEAKERS_SIDE from './speakersSide.json';
import type { ContentWord } from './prepare';
import { functionWordAlternations, halfSlot, semicolonBetween, slotRivals } from './slots';

const LIGHT: ReadonlySet<string> = new Set(LIGHT_VERBS.verbs);
const LINKING: ReadonlySet<string> = new Set(LIGHT_VERBS.linking);
const SIDE_NOUNS: ReadonlySet<string> = new Set(SPEAKERS_SIDE.nouns);
const FIRST_PERSON_PLURAL: ReadonlySet<string> = new Set(SPEAKERS_SIDE.pronouns);

/** Words found only in neighbouring passages, or only as a prefix, count for less. */
const CONTEXT_WEIGHT = 0.6;
const PREFIX_WEIGHT = 0.5;
/** A word the passage says in another word (a synonym, a more specific word). */
const RELATED_WEIGHT = 0.8;
/** How far (in words) a claim word and its rival may stand from a word the two sentences share. */
const ROLE_DISTANCE = 3;
/** Shortest passage word worth a WordNet look-up. */
const MIN_RELATED_LENGTH = 3;

export interface Credit {
  i: number;
  w: number;
  credit: number;
}

/** A claim word the passage replaces by one that excludes it ("rose" / "fell", "March" / "October"). */
export interface Alternation {
  word: ContentWord;
  rival: Token;
  via: RelationVia;
  /** A repeat of a claim word the passage bears out once: its weight is counted as found. */
  repeat?: boolean;
  /** A function word ("same", "above"): outside the weighted content, so no weight to set aside. */
  functionWord?: boolean;
  /** Found in the claim word's own slot, both its neighbours shared (slotAntonym). */
  slotted?: boolean;
  /** Found in the claim word's role: beside a word the two share, or in half its slot. */
  inRole?: boolean;
}

export interface WordAlignment {
  /** Distinct stems looked for, their total weight, and the weight found in the passage / only in context. */
  seen: number;
  total: number;
  own: number;
  context: number;
  /** Words not in the passage itself (found in context, as a prefix, or nowhere). */
  unmatched: ContentWord[];
  /** Of those, the words found nowhere (not even in the context or as a prefix), light verbs aside. */
  unaligned: ContentWord[];
  credits: Credit[];
  /** Weight of the words found only in the title the passage's pronoun refers to (within `context`). */
  subject: number;
  alternations: Alternation[];
  /**
   * Claim words the passage says more generally in the same place ("tariffs" / "taxes"): in an
   * upward context the claim says more than the passage (forward entailment), so it is not borne
   * out; and claim nouns the passage replaces by an unrelated noun there (independent).
   */
  narrower: ContentWord[];
  /** Token indices of claim words the passage says in another word (a synonym, a more specific word). */
  relatedAt: Set<number>;
  /** Of those, the index of the passage word that says it (for the negation check: one word, two spellings). */
  alignedAt: Map<number, number>;
  /**
   * Claim negation cues the passage restates by an opposite of a word they negate ("not open" /
   * "closed"): the negation check reads nothing under them as denied.
   */
  absorbedCues: Set<number>;
}

function prefixMatch(item: ContentWord, v: PassageView): boolean {
  // Two stems of five or more letters, one a prefix of the other, share their first five letters.
  const prefix = item.prefix;
  if (prefix === undefined) return false;
  const stem = item.t.stem;
  for (const s of v.longStems) {
    if (s.startsWith(prefix) && (s.startsWith(stem) || stem.startsWith(s))) return true;
  }
  return false;
}

/**
 * A capitalised claim word that is the surname of the source's author, publisher or file name
 * ("Clinton told lawmakers ..." against 1998_william_j_clinton_d, whose passages say "I"): the
 * claim attributes the statement to its source, as a name the names check finds there.
 */
function speaker(ctx: CompareContext, t: Token): boolean {
  return t.capitalized && !t.allCaps && nameOfSource(ctx.corpus, ctx.key, [t.stem]);
}

/**
 * A claim noun for the speaker's side ("his administration", "the country") where the passage
 * speaks as "we" or "our": reported speech shifts person, so the passage says it of that side.
 */
function speakersSide(ctx: CompareContext, t: Token): boolean {
  return SIDE_NOUNS.has(t.norm) && speaksAsWe(ctx.passage);
}

/** Per passage analysis: whether it speaks as "we" or "our" (asked for each claim word it is compared with). */
const weSpeakers = new WeakMap<Analysis, boolean>();

function speaksAsWe(passage: Analysis): boolean {
  let found = weSpeakers.get(passage);
  if (found === undefined) weSpeakers.set(passage, (found = passage.tokens.some((u) => FIRST_PERSON_PLURAL.has(u.norm))));
  return found;
}

/**
 * An adjective with its complement ("relative to output", "similar to", "subject to"): a word
 * WordNet knows as an adjective, before "to" and after no determiner ("a relative to" is a noun).
 * Co-hyponymy is a relation of noun senses: read so, the word has no sibling ("relative" is no
 * "national", as kin and citizen are two kinds of person).
 */
function adjectiveWithComplement(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || tokens[i + 1]?.norm !== 'to' || isDeterminer(tokens[i - 1]?.norm ?? '')) return false;
  return wordNet().lemmas(token.norm).some((l) => l.pos === 'a');
}

/**
 * An adjective before the noun it modifies ("local forces", "open models"): a word WordNet knows
 * as an adjective, followed by a content word it knows as a noun. Read so, it has no co-hyponym:
 * "local" is no "train", though WordNet's noun "local" (a train stopping at every station) is.
 */
function attributiveAdjective(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const head = tokens[i + 1];
  if (!token || !head || head.stop || head.numeric || head.start - token.end > 1) return false;
  const net = wordNet();
  return net.lemmas(token.norm).some((l) => l.pos === 'a') && net.lemmas(head.norm).some((l) => l.pos === 'n');
}

/** A word after the infinitive's "to" that WordNet knows as a verb ("helping to train"): a verb, with no co-hyponym. */
function infinitive(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  return token !== undefined && tokens[j - 1]?.norm === 'to' && wordNet().lemmas(token.norm).some((l) => l.pos === 'v');
}

/** A word WordNet knows only as a noun. */
function onlyNoun(norm: string): boolean {
  const lemmas = wordNet().lemmas(norm);
  return lemmas.length > 0 && lemmas.every((l) => l.pos === 'n');
}

/** A word read as a verb: WordNet knows it as a verb, never as a noun ("produced", "created"; not "tariffs"). */
function verbNotNoun(norm: string): boolean {
  const lemmas = wordNet().lemmas(norm);
  return lemmas.some((l) => l.pos === 'v') && !lemmas.some((l) => l.pos === 'n');
}

/** A verb of the list, as written or inflected ("remained" of the linking verbs, "formed" of the light ones). */
function verbOf(verbs: ReadonlySet<string>, norm: string): boolean {
  return verbs.has(norm) || wordNet().lemmas(norm).some((l) => l.pos === 'v' && verbs.has(l.word));
}

/**
 * A passage's tokens of a stem: how often it has the stem, and its first token of it (what a
 * word found as written is shown as). Read from the tokens (a sentence's few dozen) each time: a
 * map per passage, kept with its analysis, held a kilobyte for each passage a long brief reads.
 */
function stemCount(tokens: readonly Token[], stem: string): number {
  let count = 0;
  for (const u of tokens) if (u.stem === stem) count++;
  return count;
}

/** A passage word WordNet knows, with its index in the passage and whether WordNet knows it only as a noun. */
interface KnownWord {
  u: Token;
  j: number;
  noun: boolean;
  /** A two-word lemma ("signed up"): it may bear a claim word out, never stand against one. */
  phrase?: boolean;
  /** Its WordNet profile, kept so that each claim word it is compared with skips the look-up by spelling. */
  profile: WordProfile;
}

/** Per passage analysis: its content words WordNet knows, not acronyms (the same for every claim it is compared with). */
const knownWords = new WeakMap<readonly Token[], KnownWord[]>();

function knownWordsOf(tokens: readonly Token[]): KnownWord[] {
  let known = knownWords.get(tokens);
  if (!known) {
    const net = wordNet();
    known = [];
    for (let j = 0; j < tokens.length; j++) {
      const u = tokens[j]!;
      if (u.stop || u.numeric || u.allCaps || u.norm.length < MIN_RELATED_LENGTH || degreeModifierAt(tokens, j) || hyphenPrefixAt(tokens, j)) continue;
      const lemmas = net.lemmas(u.norm);
      if (lemmas.length > 0) known.push({ u, j, noun: lemmas.every((l) => l.pos === 'n'), profile: wordProfile(u.norm) });
    }
    for (let j = 0; j < tokens.length; j++) {
      const phrase = phraseAt(tokens, j);
      if (phrase) known.push({ u: phrase, j, noun: false, phrase: true, profile: wordProfile(phrase.norm) });
    }
    knownWords.set(tokens, known);
  }
  return known;
}

/**
 * Passage words a claim word may be related to: content words WordNet knows, not acronyms, and
 * not words the claim has, unless the passage has the word more often than the claim does: each
 * passage word aligns with one claim word, so in "free world ... free nations" the second "free"
 * is left to stand against the claim's "unfree nations".
 */
function candidates(ctx: CompareContext): KnownWord[] {
  const known = knownWordsOf(ctx.passage.tokens);
  // A figure's words ("220 million" twice) are compared as figures, not left over for WordNet.
  const figure = ctx.passage.quantityTokens;
  const free = (u: Token, j: number): boolean => !ctx.prep.claimStems.has(u.stem) || (!figure.has(j) && stemCount(ctx.passage.tokens, u.stem) > (ctx.prep.stemCounts.get(u.stem) ?? 0));
  return known.filter(({ u, j }) => free(u, j));
}

/**
 * Whether a passage word stands where the claim word does: both near a word the two share, on
 * the same side of it ("prices rose" / "prices fell"); `j` is the passage word's index. An excluding word elsewhere in the
 * passage ("close to 18 million" / "18 million ... so far") says nothing about the claim's.
 */
function sameRole(ctx: CompareContext, i: number, j: number): boolean {
  const distance = ROLE_DISTANCE;
  const c = ctx.claim.tokens;
  const p = ctx.passage.tokens;
  const claim = ctx.claim;
  for (let k = Math.max(0, i - distance); k <= Math.min(c.length - 1, i + distance); k++) {
    const shared = c[k];
    if (k === i || !shared || shared.stop) continue;
    const [from, to] = k < i ? [j - distance, j - 1] : [j + 1, j + distance];
    let found = false;
    for (let m = Math.max(0, from); m <= Math.min(p.length - 1, to) && !found; m++) found = m !== j && p[m]?.stem === shared.stem;
    // A word across a semicolon stands in another clause ("steady in 1961; wholesale prices rose"): it gives no role.
    if (found && !semicolonBetween(claim, Math.min(k, i), Math.max(k, i))) return true;
  }
  return false;
}

/** Whether token `i` is joined by a hyphen to the word after it ("high-performance", "low-cost"). */
function opensCompound(a: Analysis, i: number): boolean {
  const token = a.tokens[i];
  const next = a.tokens[i + 1];
  return token !== undefined && next !== undefined && next.start === token.end + 1 && a.text.charAt(token.end - a.base) === '-';
}

/** The passage word that bears the claim word out (projected relation: entailment), or one that excludes it. */
function related(ctx: CompareContext, item: ContentWord, pool: readonly KnownWord[]): { support?: Token; via?: RelationVia; rival?: Alternation; narrower?: boolean } {
  // The claim word's context turns the relation a passage word must have to bear it out (a
  // negation, "few", "at most"), or lets none but an equivalent do ("only", "most").
  // A degree modifier ("well below", "far behind") is read in its adverb sense: no noun of the
  // passage ("talent pool") is its co-hyponym, and none bears it out but itself.
  if (degreeModifierAt(ctx.claim.tokens, item.i)) return { narrower: false };
  const mark = ctx.prep.monotonicity[item.i] ?? 'up';
  const downward = mark === 'down';
  const directional = mark !== 'non';
  const synonyms = domainSynonyms(item.t.stem);
  let rival: Alternation | undefined;
  let narrower = false;
  const relationTo = relationsOf(item.t.norm);
  // The word standing in the claim word's own slot is what it aligns with: its antonym there
  // excludes the claim word, whatever word elsewhere in the passage might bear it out
  // ("this is the objective" / "this is the subjective", with "subject" further on).
  const inSlot = slotAntonym(ctx, item, relationTo);
  if (inSlot) return { rival: inSlot, narrower: false };
  // Which way the claim word says a figure moved (changes.json), asked once, not per passage word.
  const claimDirection = directionOf(item.t);
  // Whether the claim word is only a noun, or a verb: asked once, and only when a pair needs it.
  let claimNoun: boolean | undefined;
  let claimVerb: boolean | undefined;
  let claimAdjectival: boolean | undefined;
  let claimLinking: boolean | undefined;
  // A word of change going the claim word's way ("grown" / "increased"), in a passage that states
  // a figure of the claim: the figure check has found how much, so the two say one thing (changes.json).
  const measured = claimDirection !== 0 && !downward && directional && ctx.observations.some((o) => o.check === 'figure' && o.effect === 'supports');
  let sameWay: Token | undefined;
  let otherWay: Token | undefined;
  /** Whether the rival stands in the claim word's role (beside a word the two share), not just anywhere in the passage. */
  let rivalInRole = false;
  /** Only a word of change or a word with antonyms can meet an opposite: others take the first equivalent. */
  const opposable = claimDirection !== 0 || mayHaveAntonym(item.t.norm);
  let elsewhere: { support: Token; via: RelationVia } | undefined;
  const claimPhrase = item.t.norm.includes('_');
  for (const { u, j, noun, phrase, profile } of pool) {
    if (synonyms?.has(u.stem)) return { support: u, via: 'synonym' };
    if (measured && !phrase && !ctx.passage.negated[j]) {
      const way = directionOf(u);
      if (way === claimDirection) sameWay ??= u;
      else if (way === -claimDirection) otherWay ??= u;
    }
    const r = relationTo(u.norm, profile);
    // A phrase is read in its own part of speech: through a derivation "come out" is "apparent".
    if (phrase && r.via === 'derivation') continue;
    if (r.relation === 'equivalent' || (directional && r.relation === (downward ? 'forward' : 'reverse'))) {
      // An equivalent away from the claim word's role ("despite rising production") waits for an
      // opposite in that role ("wholesale prices declined" / "wholesale prices rose").
      if (!opposable || sameRole(ctx, item.i, j)) return { support: u, via: r.via };
      elsewhere ??= { support: u, via: r.via };
      continue;
    }
    // A passage phrase stands against a claim phrase only, in its role ("step up arms transfers" /
    // "cut down our arms transfers"): two-word verbs found by their spelling alone are too loose
    // a reading to oppose a single word.
    if (phrase) {
      // The whole phrase replaces a rival found in its first word ("cut down" for "cut").
      const open = !rival || rival.rival.start === u.start;
      if (claimPhrase && open && r.relation === 'alternation' && r.via === 'antonym' && !ctx.passage.negated[j] && sameRole(ctx, item.i, j)) {
        rival = { word: item, rival: u, via: r.via };
        rivalInRole = true;
        continue;
      }
      // A two-word verb of change going the other way in the claim word's role, by its particle
      // ("the rate of inflation had climbed" / "the rate of inflation went down").
      if (open && claimDirection !== 0 && claimDirection * phraseDirection(u.norm) < 0 && !ctx.passage.negated[j] && sameRole(ctx, item.i, j)) {
        rival = { word: item, rival: u, via: 'antonym' };
        rivalInRole = true;
      }
      continue;
    }
    // Words of change that go opposite ways ("deaths had risen" / "deaths declined") exclude each
    // other where they stand in the same role, whatever WordNet says of the pair (changes.json).
    if (!rival && claimDirection !== 0 && claimDirection * directionOf(u) < 0 && sameRole(ctx, item.i, j)) {
      rival = { word: item, rival: u, via: 'antonym' };
      rivalInRole = true;
    }
    // An antonym seldom stands in a passage by chance: anywhere in it ("spending increased" / "we
    // cut spending"); another kind of thing must stand where the claim's word does.
    // An opposite the passage itself negates ("no one should go broke") excludes nothing: the
    // negation of an alternation is no alternation (MacCartney & Manning's join table).
    // An antonym that opens a hyphenated compound ("high-performance inference") modifies the
    // compound's head: it excludes the claim's word only in the same role.
    // A linking verb's opposite ("remain" / "develop") counts only in its role, as below.
    const anywhere = r.via === 'antonym' && !r.distant && !opensCompound(ctx.passage, j) && !opensCompound(ctx.claim, item.i) && !(claimLinking ??= verbOf(LINKING, item.t.norm));
    if (r.relation === 'alternation' && !rival && !ctx.passage.negated[j] && (anywhere || (!r.distant && sameRole(ctx, item.i, j))) && !(r.via === 'co-hyponym' && ((claimAdjectival ??= adjectiveWithComplement(ctx.claim.tokens, item.i) || attributiveAdjective(ctx.claim.tokens, item.i)) || infinitive(ctx.passage.tokens, j)))) {
      rival = { word: item, rival: u, via: r.via };
      rivalInRole = sameRole(ctx, item.i, j);
    }
    // A verb more specific than the passage's ("produced" / "created" jobs) says the same in a
    // writer's paraphrase: WordNet's verb hierarchy (troponymy) is finer than how verbs are used.
    if (r.relation === (downward ? 'reverse' : 'forward') && !(claimVerb ??= verbNotNoun(item.t.norm)) && sameRole(ctx, item.i, j)) narrower = true;
    // A noun where the passage has another, unrelated noun: a substitution, not an added word
    // ("exported oats" / "exported barley"). The two are independent: nothing is borne out.
    if (r.relation === 'independent' && !narrower && noun && !u.capitalized && (claimNoun ??= onlyNoun(item.t.norm)) && sameRole(ctx, item.i, j)) narrower = true;
  }
  // Only where no word of the passage goes the other way in the claim word's place. A passage
  // whose words of change all go the other way around the claim's figure says the opposite
  // ("fallen by 40 percent" / "increased funding ... by 40 percent").
  // An antonym away from the claim's words ("… has declined from 101 to 60; … the work-week has
  // risen") belongs to another statement of the passage: the word of change going the claim's
  // way, in a passage stating the claim's figures, bears it out.
  if (rival && rivalInRole) return { rival: { ...rival, inRole: true }, narrower };
  if (elsewhere) return elsewhere;
  if (sameWay) return { support: sameWay, via: 'synonym' };
  if (otherWay && !rival) rival = { word: item, rival: otherWay, via: 'antonym' };
  // Not a spread: a field after a leading spread is defined through a runtime call in V8.
  return rival ? { rival, narrower } : { narrower };
}

/** The passage word in the claim word's slot, when WordNet calls the two antonyms. */
function slotAntonym(ctx: CompareContext, item: ContentWord, relationTo: (word: string) => WordRelation): Alternation | undefined {
  if (!mayHaveAntonym(item.t.norm)) return undefined;
  for (const j of slotRivals(ctx.claim.tokens, item.i, ctx.passage.tokens)) {
    const u = ctx.passage.tokens[j];
    if (!u || ctx.prep.claimStems.has(u.stem)) continue;
    const r = relationTo(u.norm);
    if (r.relation === 'alternation' && r.via === 'antonym') return { word: item, rival: u, via: 'antonym', slotted: true };
    // In its own slot a word is read in the sense that opposes the claim word, unless the two
    // share a reading (then WordNet calls them equivalent or one entails the other).
    if (r.relation === 'independent' && antonymsInSomeSense(item.t.norm, u.norm)) return { word: item, rival: u, via: 'antonym', slotted: true };
  }
  return undefined;
}

/**
 * The antonym standing in the claim word's own slot when the passage has the claim word only
 * elsewhere ("opened up its model in 2023, but is now focused on closed AI" / "focused on open
 * AI"): aligned by position, the claim word meets its opposite, and the same word in another
 * clause bears nothing out. Not when an occurrence shares a neighbour with it (it stands in place).
 */
function displacedByAntonym(ctx: CompareContext, item: ContentWord): Alternation | undefined {
  if (!mayHaveAntonym(item.t.norm)) return undefined;
  const claim = ctx.claim.tokens;
  const passage = ctx.passage.tokens;
  const left = claim[item.i - 1]?.stem;
  const right = claim[item.i + 1]?.stem;
  for (let j = 0; j < passage.length; j++) {
    if (passage[j]?.stem !== item.t.stem) continue;
    if ((left !== undefined && passage[j - 1]?.stem === left) || (right !== undefined && passage[j + 1]?.stem === right)) return undefined;
  }
  const relationTo = relationsOf(item.t.norm);
  const inSlot = slotAntonym(ctx, item, relationTo);
  if (inSlot) return inSlot;
  // Half a slot is enough: the antonym shares the context on one side up to a content word. Not
  // an antonym the claim has too: a passive restates the passage with the two crossed ("women
  // earned 77 cents for each dollar earned by a man" / "women ... make 77 cents for every dollar
  // a man earns").
  for (let j = 0; j < passage.length; j++) {
    const u = passage[j];
    if (!u || u.stem === item.t.stem || ctx.prep.claimStems.has(u.stem) || ctx.passage.negated[j] || !halfSlot(claim, item.i, passage, j)) continue;
    const r = relationTo(u.norm);
    if (r.relation === 'alternation' && r.via === 'antonym') return { word: item, rival: u, via: 'antonym', inRole: true };
  }
  return undefined;
}

/** Shortest part of a compound written as one word or two ("work force", "power plants"). */
const MIN_COMPOUND_PART = 3;

/**
 * A compound written closed on one side and open on the other: the claim word is two adjacent
 * passage words run together ("workforce" / "work force"), or it and the next claim word run
 * together are one passage word ("power plants" / "powerplants"; then that next word is borne
 * out with it, in `covered`). The same word, spelled two ways.
 */
function compoundSpelling(ctx: CompareContext, item: ContentWord, covered: Map<number, Token>): Token | undefined {
  const word = item.t.norm;
  const passage = ctx.passage.tokens;
  const next = ctx.claim.tokens[item.i + 1];
  const second = next && !next.stop && word.length >= MIN_COMPOUND_PART && next.norm.length >= MIN_COMPOUND_PART ? next.norm : undefined;
  // Lengths first, then the two halves in place: no string is built per passage word.
  for (let j = 0; j < passage.length; j++) {
    const u = passage[j]?.norm;
    const after = passage[j + 1]?.norm;
    if (u === undefined) continue;
    if (after !== undefined && u.length >= MIN_COMPOUND_PART && after.length >= MIN_COMPOUND_PART && u.length + after.length === word.length && word.startsWith(u) && word.endsWith(after)) return passage[j];
    if (second !== undefined && next && u.length === word.length + second.length && u.startsWith(word) && u.endsWith(second)) {
      covered.set(item.i + 1, passage[j] as Token);
      return passage[j];
    }
  }
  return undefined;
}

/**
 * `related`, and when the word alone finds nothing, the two-word verb it begins ("setting aside"
 * / "reserve", "carried out" / "implemented"): then the second word is borne out with it
 * (`covered`). Not through a derivation: a phrase is read in its own part of speech.
 */
function relatedOrPhrase(ctx: CompareContext, item: ContentWord, pool: readonly KnownWord[], covered: Map<number, Token>): ReturnType<typeof related> & { claim?: Token } {
  const compound = compoundSpelling(ctx, item, covered);
  if (compound) return { support: compound, via: 'synonym' };
  const found = related(ctx, item, pool);
  const phraseItem = found.support ? undefined : phraseItemOf(ctx, item);
  const viaPhrase = phraseItem && related(ctx, phraseItem, pool);
  if (!phraseItem || !viaPhrase) return found;
  // The two-word verb meets its opposite where the word alone met nothing ("step up" / "cut down").
  if (!viaPhrase.support && viaPhrase.rival && !found.rival) return { ...found, rival: viaPhrase.rival };
  if (!viaPhrase.support || viaPhrase.via === 'derivation') return found;
  covered.set(item.i + 1, viaPhrase.support);
  return { support: viaPhrase.support, ...(viaPhrase.via ? { via: viaPhrase.via } : {}), claim: phraseItem.t };
}

/**
 * The claim word read as the two-word verb it begins, or null: the same for every passage the
 * claim is compared with, so worked out once per claim (it was a look-up and a new token per pair).
 */
function phraseItemOf(ctx: CompareContext, item: ContentWord): ContentWord | null {
  const items = ctx.prep.phraseItems;
  let found = items[item.i];
  if (found === undefined) {
    const phrase = phraseAt(ctx.claim.tokens, item.i);
    items[item.i] = found = phrase ? { ...item, t: phrase } : null;
  }
  return found;
}

export function alignWords(ctx: CompareContext, excluded: ReadonlySet<number>, names: { own: ReadonlySet<number>; context: ReadonlySet<number>; named: ReadonlySet<number> }): WordAlignment {
  const { prep, view: v } = ctx;
  const out: WordAlignment = { seen: 0, total: 0, own: 0, context: 0, unmatched: [], unaligned: [], credits: [], subject: 0, alternations: [], narrower: [], relatedAt: new Set(), alignedAt: new Map(), absorbedCues: new Set() };
  // The first credit of each distinct stem (by its index k); a stem is seen once it has one.
  const creditOfStem = new Array<Credit | undefined>(prep.distinct);
  let pool: KnownWord[] | undefined;
  /** Second words of claim phrases borne out as one ("aside" of "setting aside"), with the passage word. */
  const covered = new Map<number, Token>();
  let displaced: Alternation | undefined;
  for (const item of prep.content) {
    if (creditOfStem[item.k] || excluded.has(item.i)) continue;
    out.seen++;
    const w = item.w;
    out.total += w;
    let credit = 0;
    if (covered.has(item.i)) {
      credit = RELATED_WEIGHT * w;
      out.own += credit;
      out.relatedAt.add(item.i);
    } else if (!names.own.has(item.i) && !names.named.has(item.i) && v.stems.has(item.t.stem) && (displaced = displacedByAntonym(ctx, item))) {
      credit = alignDisplaced(ctx, out, item, displaced);
    } else if (v.stems.has(item.t.stem) || names.own.has(item.i)) {
      credit = w;
      out.own += w;
      // A name's words were observed by the name check.
      if (!names.named.has(item.i)) observe(ctx, 'words', 'supports', item.t, ctx.passage.tokens.find((u) => u.stem === item.t.stem));
    } else {
      // A name is compared as a name (checks/names.ts), not through WordNet ("US" is no "use").
      const found = names.named.has(item.i) || item.t.allCaps ? {} : relatedOrPhrase(ctx, item, (pool ??= candidates(ctx)), covered);
      // Under a negation, its opposite says it too: the two compose to an equivalence ("not open" / "closed").
      const opposite = found.rival && negatedOpposite(ctx, found.rival);
      const support = found.support ?? (opposite !== undefined || (found.rival && reversedOpposite(ctx, found.rival)) ? found.rival?.rival : undefined);
      if (support) {
        // The passage says it in another word: nearly as good as the word itself.
        credit = RELATED_WEIGHT * w;
        out.own += credit;
        out.relatedAt.add(item.i);
        const at = ctx.passage.tokens.indexOf(support);
        if (opposite !== undefined) out.absorbedCues.add(opposite);
        else if (at >= 0) out.alignedAt.set(item.i, at);
        observe(ctx, 'words', 'supports', found.claim ?? item.t, support);
      } else {
        if (found.rival) out.alternations.push(found.rival);
        out.unmatched.push(item);
        if (v.subjectStems.has(item.t.stem)) out.subject += w;
        if (v.windowStems.has(item.t.stem) || names.context.has(item.i) || speaker(ctx, item.t) || speakersSide(ctx, item.t)) credit = CONTEXT_WEIGHT * w;
        else if (prefixMatch(item, v)) credit = PREFIX_WEIGHT * w;
        else if (found.narrower) out.narrower.push(item);
        else if (!verbOf(LIGHT, item.t.norm)) out.unaligned.push(item);
        out.context += credit;
        if (!names.named.has(item.i)) observe(ctx, 'words', credit > 0 ? 'neutral' : 'missing', item.t);
      }
    }
    const x = { i: item.i, w, credit };
    out.credits.push(x);
    creditOfStem[item.k] = x;
  }
  // Repeated words count in each clause they stand in (a claim without a repeated stem has none).
  if (prep.distinct < prep.content.length) alignRepeats(ctx, out, excluded, names.named, creditOfStem, () => (pool ??= candidates(ctx)));
  narrowByModifiers(ctx, out);
  // A function word a value check already compared ("15,000 more" / "15,000 fewer") is not compared again.
  // A negated one ("had not dropped any bombs" / "dropped no bombs") restates its opposite, as a content word does.
  for (const alternation of functionWordAlternations(ctx)) {
    if (excluded.has(alternation.word.i)) continue;
    const opposite = negatedOpposite(ctx, alternation);
    if (opposite === undefined) out.alternations.push(alternation);
    else out.absorbedCues.add(opposite);
  }
  return out;
}

/** Credits each repeat of a claim word as its first occurrence, and what stands against a repeat the passage has no occurrence left for. */
function alignRepeats(ctx: CompareContext, out: WordAlignment, excluded: ReadonlySet<number>, named: ReadonlySet<number>, creditOfStem: readonly (Credit | undefined)[], pool: () => KnownWord[]): void {
  const nth = new Map<string, number>();
  for (const item of ctx.prep.content) {
    const twin = creditOfStem[item.k];
    if (!twin || excluded.has(item.i)) continue;
    nth.set(item.t.stem, (nth.get(item.t.stem) ?? 0) + 1);
    if (twin.i === item.i) continue;
    out.credits.push({ i: item.i, w: twin.w, credit: twin.credit });
    // A repeat the passage has no occurrence left for may stand where the passage says its
    // opposite ("strengthen rather than strengthen" / "strengthen rather than weaken").
    if (twin.credit > 0 && (nth.get(item.t.stem) ?? 0) > stemCount(ctx.passage.tokens, item.t.stem) && !named.has(item.i)) {
      // The passage's occurrences of the word are all taken: they bear out no repeat of it.
      const found = related(ctx, item, pool().filter((known) => ctx.passage.tokens[known.j]?.stem !== item.t.stem));
      if (found.rival && !found.support) out.alternations.push({ ...found.rival, repeat: true });
    }
  }
}

/**
 * A claim word the passage has elsewhere, whose own slot holds its antonym: an alternation, or,
 * under a negation of the claim's, a restatement ("neither cheap" / "expensive"), as in
 * negatedOpposite. Returns the word's credit.
 */
function alignDisplaced(ctx: CompareContext, out: WordAlignment, item: ContentWord, displaced: Alternation): number {
  const opposite = negatedOpposite(ctx, displaced);
  if (opposite === undefined) {
    out.alternations.push(displaced);
    out.unmatched.push(item);
    observe(ctx, 'words', 'missing', item.t);
    return 0;
  }
  const credit = RELATED_WEIGHT * item.w;
  out.own += credit;
  out.relatedAt.add(item.i);
  out.absorbedCues.add(opposite);
  observe(ctx, 'words', 'supports', item.t, displaced.rival);
  return credit;
}

/**
 * The claim's negation cue when the claim negates a word the passage replaces by its antonym,
 * unnegated: "not open" and "closed" say one thing. In natural logic the negation (^) joined with
 * the alternation (|) gives forward entailment: the passage's word entails the claim's
 * (MacCartney & Manning 2009, the join table). Antonyms only, not co-hyponyms: "not March" is
 * not "October".
 */
function negatedOpposite(ctx: CompareContext, alternation: Alternation): number | undefined {
  const i = alternation.word.i;
  if (alternation.via !== 'antonym' || alternation.repeat || !ctx.claim.negated[i]) return undefined;
  // Every occurrence of the opposite asserted: "can properly have room ... not properly qualified"
  // negates the one that stands where the claim's word does.
  const rival = alternation.rival.stem;
  const p = ctx.passage;
  if (!p.tokens.includes(alternation.rival) || p.tokens.some((u, j) => u.stem === rival && p.negated[j])) return undefined;
  return governingCue(ctx.claim, i);
}

/**
 * An antonym that a reversing comparative turns round on one side only ("cheaper" / "less
 * expensive", "less costly" / "cheaper"): the two say the same thing, as a negated antonym does.
 */
function reversedOpposite(ctx: CompareContext, alternation: Alternation): boolean {
  if (alternation.via !== 'antonym' || alternation.repeat) return false;
  const j = ctx.passage.tokens.indexOf(alternation.rival);
  return j >= 0 && reversedByComparative(ctx.claim.tokens, alternation.word.i) !== reversedByComparative(ctx.passage.tokens, j);
}

/** A word WordNet knows only as an adjective (head or satellite). */
function onlyAdjective(norm: string): boolean {
  const lemmas = wordNet().lemmas(norm);
  return lemmas.length > 0 && lemmas.every((l) => l.pos === 'a');
}

/**
 * A claim adjective found nowhere in the passage, before a noun the passage says in another word
 * ("a venereal disease" / "pneumonia"), restricts that noun: the passage's word is a kind of the
 * noun, not known to be a kind of the restricted noun. In an upward context the claim then says
 * more than the passage (MacCartney & Manning: inserting an intersective modifier projects to
 * forward entailment), so it is not borne out, however light the adjective's weight. Before the
 * noun itself the adjective is left to the unaligned share.
 */
function narrowByModifiers(ctx: CompareContext, out: WordAlignment): void {
  out.unaligned = out.unaligned.filter((item) => {
    const head = ctx.claim.tokens[item.i + 1];
    const restricts = (ctx.prep.monotonicity[item.i] ?? 'up') === 'up' && head !== undefined && !head.stop && out.relatedAt.has(item.i + 1) && onlyAdjective(item.t.norm);
    if (restricts) out.narrower.push(item);
    return !restricts;
  });
}
