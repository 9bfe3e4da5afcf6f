// The lexical relation of a claim word to a passage word, in the terms of natural logic
// (MacCartney & Manning 2009): equivalent, forward (the claim's word is the more specific:
// "crow" / "bird"), reverse ("bird" / "crow"), alternation (they exclude each other: antonyms,
// or two kinds of one thing: "January" / "March"), or independent. Read from WordNet, as in
// NaturalLI (Angeli & Manning 2014): synonyms, hypernyms, antonyms, derivations and pertainyms.
import { wordNet } from './source';
import type { Lemma, WordNet } from './wordnet';

export type LexicalRelation = 'equivalent' | 'forward' | 'reverse' | 'alternation' | 'independent';
export type RelationVia = 'same-lemma' | 'synonym' | 'derivation' | 'hypernym' | 'antonym' | 'co-hyponym' | 'none';

export interface WordRelation {
  relation: LexicalRelation;
  via: RelationVia;
  /**
   * Antonyms only through hypernyms of both words ("slow" < "decrease" | "increase" > "add" >
   * "include"): each hypernym link of WordNet's (a verb's troponymy above all) is a looser
   * inclusion than set inclusion, and two chains of them seldom keep the exclusion. Such a pair
   * excludes each other only where the two stand in the same role (checks/words.ts).
   */
  distant?: true;
}

/** Hypernym links followed up from a word: beyond four, WordNet's upper nodes relate nearly anything. */
const MAX_HYPERNYM_DEPTH = 4;
/**
 * Senses (most frequent first) a relation is read from, per part of speech: "rise" / "set"
 * exclude each other only in a rare sense (the sun's), and "form" is "make" only in a rare
 * one; a verdict must rest on what the words usually mean.
 */
const USUAL_SENSES = 3;
/** Hypernym links through which an antonym is inherited ("expand" < "increase" | "decrease" > "shrink"). */
const ANTONYM_DEPTH = 2;

/**
 * What a word brings to the relations of its pairs: its lemmas, the words derived from them, and
 * every synset any test below reads with a bit per role it has (SYNSET, NEAR, ...), packed into
 * one number each and sorted. One array instead of a dozen Sets: a long brief meets tens of
 * thousands of words (a profile was 3 KB), and nearly every pair of them is independent, which
 * one merge walk of the two profiles says. A plain array of small integers, not a typed array:
 * each typed array is a buffer the garbage collector sweeps on its own.
 */
interface Profile {
  /** The word's lemmas (the word itself, or its base form). */
  lemmas: readonly string[];
  /** Its derivationally related forms and pertainyms. */
  derivedWords: readonly string[];
  /** `synset << ROLE_BITS | roles`, ascending (so by synset). */
  synsets: readonly number[];
  /** Some synset has the ANTONYM role: asked of a claim word once per compared passage, so read once. */
  antonyms: boolean;
  /** One bit per lemma, by a hash of its letters: two profiles share a lemma only if their masks meet. */
  lemmaMask: number;
  /** The same for its derived words. */
  derivedMask: number;
  /** Where the word names a national capital: the places that capital is part of (countryOfCapital). */
  countries: readonly number[];
}

/** Its usual senses. */
const SYNSET = 1;
/** Its usual senses, their similar synsets (adjectives) and hypernyms up to ANTONYM_DEPTH: where an antonym may attach. */
const NEAR = 2;
/** Hypernyms of its usual senses up to MAX_HYPERNYM_DEPTH. */
const ANCESTOR = 4;
/** Synsets of its derivationally related forms and pertainyms. */
const DERIVED = 8;
const ANTONYM = 16;
/** Direct hypernyms of its noun senses (for co-hyponyms). */
const NOUN_PARENT = 32;
/** Its synsets in every sense, rare ones too. */
const ANY_SENSE = 64;
/** Its most frequent sense per part of speech (WordNet's sense 1). */
const FIRST_SENSE = 128;
/** Its usual senses and their similar synsets: NEAR without the hypernyms. */
const OWN_NEAR = 256;
/** An antonym of one of its usual senses or their similar synsets: ANTONYM not inherited. */
const OWN_ANTONYM = 512;
/** An antonym of one of its usual senses themselves, not through a similar synset. */
const HEAD_ANTONYM = 1024;
/** The roles that relate two words whenever any relation but independence holds (a quick test first). */
const RELATING = SYNSET | NEAR | ANCESTOR | DERIVED | ANTONYM | NOUN_PARENT;
const ROLE_BITS = 11;
const ROLES = (1 << ROLE_BITS) - 1;

const EMPTY_PROFILE: Profile = { lemmas: [], derivedWords: [], synsets: [], antonyms: false, lemmaMask: 0, derivedMask: 0, countries: [] };

const profiles = new Map<string, Profile>();
const MEMO_LIMIT = 100_000;
const INDEPENDENT: WordRelation = { relation: 'independent', via: 'none' };
const SAME_LEMMA: WordRelation = { relation: 'equivalent', via: 'same-lemma' };
const SYNONYM: WordRelation = { relation: 'equivalent', via: 'synonym' };
const DERIVATION: WordRelation = { relation: 'equivalent', via: 'derivation' };
const ANTONYMS: WordRelation = { relation: 'alternation', via: 'antonym' };
const DISTANT_ANTONYMS: WordRelation = { relation: 'alternation', via: 'antonym', distant: true };
const HYPERNYM_OF_CLAIM: WordRelation = { relation: 'reverse', via: 'hypernym' };
const HYPONYM_OF_CLAIM: WordRelation = { relation: 'forward', via: 'hypernym' };
const CO_HYPONYMS: WordRelation = { relation: 'alternation', via: 'co-hyponym' };

function ancestorsOf(net: WordNet, start: Iterable<number>, depth: number): Set<number> {
  const found = new Set<number>();
  let frontier = [...start];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: number[] = [];
    for (const s of frontier) {
      for (const h of net.hypernyms(s)) {
        if (!found.has(h)) {
          found.add(h);
          next.push(h);
        }
      }
    }
    frontier = next;
  }
  return found;
}

function synsetsOfWords(net: WordNet, words: Iterable<string>): Set<number> {
  const found = new Set<number>();
  for (const w of words) for (const lemma of net.lemmas(w)) for (const s of net.synsets(lemma)) found.add(s);
  return found;
}

/**
 * The lemma of a word's usual part of speech, the one WordNet gives it most senses in ("equal"
 * is an adjective before it is a noun), or none when two tie: the word has no single usual reading.
 */
function usualLemma(net: WordNet, lemmas: readonly Lemma[]): Lemma[] {
  const counted = lemmas.map((lemma) => ({ lemma, senses: net.synsets(lemma).length })).sort((a, b) => b.senses - a.senses);
  const [first, second] = counted;
  return first && (!second || first.senses > second.senses) ? [first.lemma] : [];
}

/** Each synset of the word's roles, with the bits of every role it has. */
function rolesOf(net: WordNet, lemmas: readonly Lemma[], derivedWords: ReadonlySet<string>): Map<number, number> {
  const roles = new Map<number, number>();
  const mark = (synsets: Iterable<number>, role: number): void => {
    for (const s of synsets) roles.set(s, (roles.get(s) ?? 0) | role);
  };
  // Only the usual senses: "form" is "make" in a sense nobody means in a brief.
  const usual = lemmas.flatMap((l) => net.synsets(l).slice(0, USUAL_SENSES));
  mark(usual, SYNSET | NEAR | OWN_NEAR);
  const similar = usual.flatMap((u) => [...net.similar(u)]);
  mark(similar, NEAR | OWN_NEAR);
  const near = ancestorsOf(net, usual, ANTONYM_DEPTH);
  mark(near, NEAR);
  for (const s of usual) mark(net.antonymSynsets(s), HEAD_ANTONYM);
  for (const s of [...usual, ...similar]) mark(net.antonymSynsets(s), ANTONYM | OWN_ANTONYM);
  for (const s of near) mark(net.antonymSynsets(s), ANTONYM);
  // Only a noun's first sense: "March" the month, not the march of troops.
  for (const l of lemmas) if (l.pos === 'n') mark(net.hypernyms(net.synsets(l)[0] ?? -1), NOUN_PARENT);
  mark(ancestorsOf(net, usual, MAX_HYPERNYM_DEPTH), ANCESTOR);
  mark(synsetsOfWords(net, derivedWords), DERIVED);
  mark(lemmas.flatMap((l) => [...net.synsets(l)]), ANY_SENSE);
  mark(usualLemma(net, lemmas).flatMap((l) => net.synsets(l).slice(0, 1)), FIRST_SENSE);
  return roles;
}

function buildProfile(net: WordNet, word: string): Profile {
  const lemmas = net.lemmas(word);
  if (lemmas.length === 0) return EMPTY_PROFILE;
  const words = new Set(lemmas.map((l) => l.word));
  const derivedWords = new Set<string>();
  for (const w of words) for (const d of [...net.derived(w), ...net.pertainyms(w)]) derivedWords.add(d);
  const synsets = [...rolesOf(net, lemmas, derivedWords)].map(([synset, roles]) => (synset << ROLE_BITS) | roles).sort((x, y) => x - y);
  return { lemmas: [...words], derivedWords: [...derivedWords], synsets, antonyms: synsets.some((packed) => (packed & ANTONYM) !== 0), lemmaMask: maskOf(words), derivedMask: maskOf(derivedWords), countries: countriesOfCapital(net, lemmas) };
}

/** WordNet's class of the capitals that stand for their country's government ("Washington", "Beijing"). */
const NATIONAL_CAPITAL = 'national_capital';
/** The synsets of NATIONAL_CAPITAL, read once per WordNet (every word's profile asks). */
const capitalClasses = new WeakMap<WordNet, ReadonlySet<number>>();

function capitalClass(net: WordNet): ReadonlySet<number> {
  let found = capitalClasses.get(net);
  if (!found) capitalClasses.set(net, (found = new Set(net.synsets({ word: NATIONAL_CAPITAL, pos: 'n' }))));
  return found;
}

/** Part-of links read up from a capital: "London" is part of "England", which is part of the "United Kingdom". */
const HOLONYM_DEPTH = 2;

/**
 * The places a national capital is part of, up to HOLONYM_DEPTH links (WordNet's part holonyms):
 * "Washington" for "the United States", as a brief writes "Washington moved" for "the US moved"
 * (the place for the institution). Empty for a word with no capital among its senses.
 */
function countriesOfCapital(net: WordNet, lemmas: readonly Lemma[]): number[] {
  const capitals = capitalClass(net);
  const found = new Set<number>();
  for (const lemma of lemmas) {
    if (lemma.pos !== 'n') continue;
    for (const synset of net.synsets(lemma)) {
      if (!net.hypernyms(synset).some((h) => capitals.has(h))) continue;
      let frontier = [synset];
      for (let level = 0; level < HOLONYM_DEPTH && frontier.length > 0; level++) {
        frontier = frontier.flatMap((s) => net.holonyms(s)).filter((whole) => !found.has(whole));
        for (const whole of frontier) found.add(whole);
      }
    }
  }
  return [...found];
}

/** Whether the word `capital` names a national capital of a place the word `place` names (in any of its noun senses). */
export function capitalOf(capital: string, place: string): boolean {
  const { countries } = profile(capital);
  if (countries.length === 0) return false;
  const named = synsetsOfWords(wordNet(), profile(place).lemmas);
  return countries.some((country) => named.has(country));
}

function profile(word: string): Profile {
  let p = profiles.get(word);
  if (!p) {
    if (profiles.size > MEMO_LIMIT) profiles.clear();
    p = buildProfile(wordNet(), word);
    profiles.set(word, p);
  }
  return p;
}

/** A bit for each word, chosen by a hash of its letters (equal words set the same bit). */
function maskOf(words: Iterable<string>): number {
  let mask = 0;
  for (const word of words) {
    let hash = word.length;
    for (let k = 0; k < word.length; k++) hash = (hash * 31 + word.charCodeAt(k)) | 0;
    mask |= 1 << (hash & 31);
  }
  return mask;
}

function shareWord(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/** What the two profiles' shared synsets say, one bit each (the tests of `decide`). */
const DOMINANT = 1;
const RELATED = 2;
const SYNONYMS = 4;
const DERIVED_SENSE = 8;
const SHARED_SENSE = 16;
const ANTONYM_SENSE = 32;
const CLAIM_BELOW = 64;
const CLAIM_ABOVE = 128;
const SIBLINGS = 256;
/** An antonym pair one of the two words reaches without a hypernym link. */
const OWN_ANTONYM_SENSE = 512;
/**
 * An antonym pair reached through at most one similar-to link: one word's own sense, or the head
 * of its satellite, is the pair's side. Two satellites of opposed heads ("existing" < present |
 * past > "last") are WordNet's indirect antonyms, too far apart to exclude each other anywhere.
 */
const HEAD_ANTONYM_SENSE = 1024;

/** The bit of each test one shared synset passes, with its roles for the claim word (`a`) and the passage word (`b`). */
function sharedTests(a: number, b: number): number {
  let found = 0;
  // One word's most frequent sense is a sense of the other, however rare there: a writer who
  // restates a word picks one that can mean what it usually means ("the trust and authority we
  // formed" for "confidence", sense 1 of which is sense 5 of "authority"). The shared sense is
  // the one the pair is read in; the other's usual senses do not enter.
  if ((b & FIRST_SENSE && a & ANY_SENSE) || (a & FIRST_SENSE && b & ANY_SENSE)) found |= DOMINANT;
  if (a & RELATING && b & RELATING) found |= RELATED;
  if (a & SYNSET && b & SYNSET) found |= SYNONYMS;
  if ((a & DERIVED && b & SYNSET) || (b & DERIVED && a & SYNSET)) found |= DERIVED_SENSE;
  if (a & ANY_SENSE && b & ANY_SENSE) found |= SHARED_SENSE;
  if ((a & ANTONYM && b & NEAR) || (b & ANTONYM && a & NEAR)) found |= ANTONYM_SENSE;
  if ((a & OWN_ANTONYM && b & NEAR) || (b & OWN_ANTONYM && a & NEAR) || (a & ANTONYM && b & OWN_NEAR) || (b & ANTONYM && a & OWN_NEAR)) found |= OWN_ANTONYM_SENSE;
  if ((a & HEAD_ANTONYM && b & NEAR) || (b & HEAD_ANTONYM && a & NEAR) || (a & ANTONYM && b & SYNSET) || (b & ANTONYM && a & SYNSET)) found |= HEAD_ANTONYM_SENSE;
  if (b & ANCESTOR && a & SYNSET) found |= CLAIM_BELOW;
  if (a & ANCESTOR && b & SYNSET) found |= CLAIM_ABOVE;
  if (a & NOUN_PARENT && b & NOUN_PARENT) found |= SIBLINGS;
  return found;
}

/**
 * The claim word's synsets, spread over an array indexed by synset: a passage word's synsets are
 * then each looked up once, with no memo of pairs. A long brief meets millions of pairs, nearly
 * all new and independent: a memo of them missed seven times in ten and held a million entries
 * for the garbage collector to sweep. `stamps` says which synsets belong to the claim word loaded
 * (`loaded`), `claimRoles` holds their roles.
 */
let stamps = new Int32Array(0);
let claimRoles = new Uint16Array(0);
let stamp = 0;
let loaded: Profile | undefined;

/**
 * One bit per synset id modulo FILTER_BITS, set for the loaded claim word's synsets: a passage
 * word's synset is looked up in `stamps` only when its bit is set. The 2 KB filter stays in the
 * processor's first-level cache, which `stamps` (an entry per WordNet synset) does not, and nearly
 * every synset of a passage word is not the claim word's.
 */
const FILTER_BITS = 1 << 14;
const FILTER_MASK = FILTER_BITS - 1;
const claimFilter = new Int32Array(FILTER_BITS >> 5);

function setFilter(profile: Profile | undefined, on: boolean): void {
  if (!profile) return;
  for (const packed of profile.synsets) {
    const bit = (packed >> ROLE_BITS) & FILTER_MASK;
    if (on) claimFilter[bit >> 5]! |= 1 << (bit & 31);
    else claimFilter[bit >> 5] = 0;
  }
}

function load(claim: Profile): void {
  if (loaded === claim) return;
  setFilter(loaded, false);
  setFilter(claim, true);
  loaded = claim;
  stamp++;
  const last = claim.synsets[claim.synsets.length - 1];
  if (last !== undefined && last >> ROLE_BITS >= stamps.length) grow((last >> ROLE_BITS) + 1);
  for (const packed of claim.synsets) {
    const synset = packed >> ROLE_BITS;
    stamps[synset] = stamp;
    claimRoles[synset] = packed & ROLES;
  }
}

function grow(size: number): void {
  const length = Math.max(size, stamps.length * 2);
  const grownStamps = new Int32Array(length);
  grownStamps.set(stamps);
  const grownRoles = new Uint16Array(length);
  grownRoles.set(claimRoles);
  stamps = grownStamps;
  claimRoles = grownRoles;
}

/** The tests the synsets the passage word shares with the loaded claim word pass. */
function shared(passage: Profile): number {
  // Locals: the module's bindings are reassigned when the arrays grow.
  const ofClaim = stamps;
  const roles = claimRoles;
  const filter = claimFilter;
  const current = stamp;
  const synsets = passage.synsets;
  let found = 0;
  for (let k = 0; k < synsets.length; k++) {
    const packed = synsets[k] as number;
    const synset = packed >> ROLE_BITS;
    const bit = synset & FILTER_MASK;
    if ((filter[bit >> 5]! & (1 << (bit & 31))) === 0) continue;
    if (synset < ofClaim.length && ofClaim[synset] === current) found |= sharedTests(roles[synset] as number, packed & ROLES);
  }
  return found;
}

function decide(claim: Profile, passage: Profile): WordRelation {
  load(claim);
  const found = shared(passage);
  // Nearly every pair shares no lemma: the masks say so without comparing strings.
  const sameLemma = (claim.lemmaMask & passage.lemmaMask) !== 0 && shareWord(claim.lemmas, passage.lemmas);
  if (!(found & (DOMINANT | RELATED)) && !sameLemma) return INDEPENDENT;
  if (sameLemma) return SAME_LEMMA;
  if (found & (SYNONYMS | DOMINANT)) return SYNONYM;
  if (((claim.derivedMask & passage.lemmaMask) !== 0 && shareWord(claim.derivedWords, passage.lemmas)) || ((passage.derivedMask & claim.lemmaMask) !== 0 && shareWord(passage.derivedWords, claim.lemmas)) || found & DERIVED_SENSE) return DERIVATION;
  // Words that share a sense, even a rare one, exclude each other in none ("rider" is a
  // "passenger" in its third sense, though first a horseman, a co-hyponym of one).
  const excluding = !(found & SHARED_SENSE);
  if (excluding && found & ANTONYM_SENSE) return found & OWN_ANTONYM_SENSE && found & HEAD_ANTONYM_SENSE ? ANTONYMS : DISTANT_ANTONYMS;
  if (found & CLAIM_BELOW) return HYPERNYM_OF_CLAIM;
  if (found & CLAIM_ABOVE) return HYPONYM_OF_CLAIM;
  if (excluding && found & SIBLINGS) return CO_HYPONYMS;
  return INDEPENDENT;
}

/**
 * Whether WordNet gives any usual sense of the word an antonym (directly, or through a similar
 * or hypernym synset): a cheap test before looking for one in a passage.
 */
export function hasAntonyms(word: string): boolean {
  return profile(word).antonyms;
}

/** How a claim word relates to a passage word (both lower-cased as written). */
export function relation(claimWord: string, passageWord: string): WordRelation {
  if (claimWord === passageWord) return SAME_LEMMA;
  return decide(profile(claimWord), profile(passageWord));
}

/** A word's profile, for a caller that meets the word again and again (a passage's known words): opaque. */
export type WordProfile = Readonly<Profile>;

/** The profile `relation` reads for a word. */
export function wordProfile(word: string): WordProfile {
  return profile(word);
}

/**
 * `relation` for one claim word and many passage words: the claim word's profile is read once,
 * and a passage word's too when the caller keeps it (`known`: that word's `wordProfile`). A
 * look-up by spelling per pair was a twentieth of a 10 MB brief's check (millions of pairs).
 */
export function relationsOf(claimWord: string): (passageWord: string, known?: WordProfile) => WordRelation {
  const claim = profile(claimWord);
  return (passageWord, known) => (claimWord === passageWord ? SAME_LEMMA : decide(claim, known ?? profile(passageWord)));
}

/** Per word, the synsets holding an antonym of any of its senses (every part of speech). */
const antonymsOfAnySense = new Map<string, ReadonlySet<number>>();

function antonymSynsetsOfAnySense(word: string): ReadonlySet<number> {
  let found = antonymsOfAnySense.get(word);
  if (!found) {
    if (antonymsOfAnySense.size > MEMO_LIMIT) antonymsOfAnySense.clear();
    const net = wordNet();
    const synsets = new Set<number>();
    for (const lemma of net.lemmas(word)) for (const s of net.synsets(lemma)) for (const a of net.antonymSynsets(s)) synsets.add(a);
    found = synsets;
    antonymsOfAnySense.set(word, found);
  }
  return found;
}

/**
 * Whether WordNet makes the two words antonyms in some sense of each, however rare ("ignore" /
 * "know", "miss" / "hit", "level" / "raise"). `relation` reads only a word's usual senses, since a
 * word anywhere in a passage is read in those; a word standing in the claim word's own slot is
 * read in the sense that opposes it (checks/words.ts).
 */
export function antonymsInSomeSense(claimWord: string, passageWord: string): boolean {
  const antonyms = antonymSynsetsOfAnySense(claimWord);
  if (antonyms.size === 0) return false;
  const net = wordNet();
  return net.lemmas(passageWord).some((lemma) => net.synsets(lemma).some((s) => antonyms.has(s)));
}

/**
 * Whether the word may have an antonym in a slot: one of a usual sense (`hasAntonyms`) or a direct
 * one of any sense. A cheap test before looking in a passage.
 */
export function mayHaveAntonym(word: string): boolean {
  return hasAntonyms(word) || antonymSynsetsOfAnySense(word).size > 0;
}
