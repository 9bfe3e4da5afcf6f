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

interface Profile {
  lemmas: Set<string>;
  synsets: Set<number>;
  /** Its usual senses, their similar synsets (adjectives) and hypernyms up to ANTONYM_DEPTH: where an antonym may attach. */
  near: Set<number>;
  ancestors: Set<number>;
  /** Synsets of its derivationally related forms and pertainyms. */
  derived: Set<number>;
  derivedWords: Set<string>;
  antonymSynsets: Set<number>;
  /** Direct hypernyms of its noun senses (for co-hyponyms). */
  nounParents: Set<number>;
  /** Every synset above: two words share one whenever any relation but independence holds (a quick test first). */
  all: Set<number>;
  /** `all` sorted: nearly every pair of words is independent, and a merge walk says so fastest. */
  allSorted: Float64Array;
  /** Its synsets in every sense, rare ones too. */
  anySense: Set<number>;
  /** Its most frequent sense per part of speech (WordNet's sense 1). */
  firstSenses: Set<number>;
}

const profiles = new Map<string, Profile>();
/** Per claim word, per passage word: checked again on every check of a brief. */
const relations = new Map<string, Map<string, WordRelation>>();
const MEMO_LIMIT = 100_000;
/**
 * Word pairs remembered in all: a long brief meets millions of new pairs (nearly all
 * independent), so the claim words asked about longest ago go beyond this.
 */
const PAIR_LIMIT = 1_000_000;
let pairs = 0;
const INDEPENDENT: WordRelation = { relation: 'independent', via: 'none' };

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

function buildProfile(net: WordNet, word: string): Profile {
  const lemmas = net.lemmas(word);
  // Only the usual senses: "form" is "make" in a sense nobody means in a brief.
  const usual = lemmas.flatMap((l) => net.synsets(l).slice(0, USUAL_SENSES));
  const synsets = new Set(usual);
  const near = new Set(usual);
  for (const s of usual) for (const t of net.similar(s)) near.add(t);
  for (const s of ancestorsOf(net, usual, ANTONYM_DEPTH)) near.add(s);
  const words = new Set(lemmas.map((l) => l.word));
  const derivedWords = new Set<string>();
  for (const w of words) for (const d of [...net.derived(w), ...net.pertainyms(w)]) derivedWords.add(d);
  const antonymSynsets = new Set<number>();
  for (const s of near) for (const a of net.antonymSynsets(s)) antonymSynsets.add(a);
  const nounParents = new Set<number>();
  // Only a noun's first sense: "March" the month, not the march of troops.
  for (const l of lemmas) if (l.pos === 'n') for (const h of net.hypernyms(net.synsets(l)[0] ?? -1)) nounParents.add(h);
  const ancestors = ancestorsOf(net, synsets, MAX_HYPERNYM_DEPTH);
  const derived = synsetsOfWords(net, derivedWords);
  const all = new Set([...synsets, ...near, ...ancestors, ...derived, ...antonymSynsets, ...nounParents]);
  const anySense = new Set(lemmas.flatMap((l) => [...net.synsets(l)]));
  const firstSenses = new Set(usualLemma(net, lemmas).flatMap((l) => net.synsets(l).slice(0, 1)));
  const allSorted = Float64Array.from(all).sort();
  return { lemmas: words, synsets, near, ancestors, derived, derivedWords, antonymSynsets, nounParents, all, allSorted, anySense, firstSenses };
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

function meets(a: ReadonlySet<number | string>, b: ReadonlySet<number | string>): boolean {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/** Whether two sorted arrays share a value: the same answer as `meets` on their sets. */
function meetsSorted(a: Float64Array, b: Float64Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

/**
 * Whether one word's most frequent sense is a sense of the other, however rare there: a writer
 * who restates a word picks one that can mean what it usually means ("the trust and authority
 * we formed" for "confidence", sense 1 of which is sense 5 of "authority"). The shared sense is
 * the one the pair is read in; the other's usual senses do not enter.
 */
function shareDominantSense(claim: Profile, passage: Profile): boolean {
  return meets(passage.firstSenses, claim.anySense) || meets(claim.firstSenses, passage.anySense);
}

function decide(claim: Profile, passage: Profile): WordRelation {
  const dominant = shareDominantSense(claim, passage);
  if (!dominant && !meetsSorted(claim.allSorted, passage.allSorted) && !meets(claim.lemmas, passage.lemmas)) return INDEPENDENT;
  if (meets(claim.lemmas, passage.lemmas)) return { relation: 'equivalent', via: 'same-lemma' };
  if (meets(claim.synsets, passage.synsets) || dominant) return { relation: 'equivalent', via: 'synonym' };
  if (meets(claim.derivedWords, passage.lemmas) || meets(passage.derivedWords, claim.lemmas) || meets(claim.derived, passage.synsets) || meets(passage.derived, claim.synsets)) {
    return { relation: 'equivalent', via: 'derivation' };
  }
  // Words that share a sense, even a rare one, exclude each other in none ("rider" is a
  // "passenger" in its third sense, though first a horseman, a co-hyponym of one).
  const excluding = !meets(claim.anySense, passage.anySense);
  if (excluding && (meets(claim.antonymSynsets, passage.near) || meets(passage.antonymSynsets, claim.near))) return { relation: 'alternation', via: 'antonym' };
  if (meets(passage.ancestors, claim.synsets)) return { relation: 'reverse', via: 'hypernym' };
  if (meets(claim.ancestors, passage.synsets)) return { relation: 'forward', via: 'hypernym' };
  if (excluding && meets(claim.nounParents, passage.nounParents)) return { relation: 'alternation', via: 'co-hyponym' };
  return INDEPENDENT;
}

/** How a claim word relates to a passage word (both lower-cased as written). */
export function relation(claimWord: string, passageWord: string): WordRelation {
  if (claimWord === passageWord) return { relation: 'equivalent', via: 'same-lemma' };
  return lookUp(claimWord, pairsOf(claimWord), passageWord);
}

/**
 * `relation` for one claim word and many passage words: its memo is looked up once, not once per
 * passage word (a claim word meets every word of every candidate passage).
 */
export function relationsOf(claimWord: string): (passageWord: string) => WordRelation {
  const ofClaim = pairsOf(claimWord);
  return (passageWord) => (claimWord === passageWord ? { relation: 'equivalent', via: 'same-lemma' } : lookUp(claimWord, ofClaim, passageWord));
}

function pairsOf(claimWord: string): Map<string, WordRelation> {
  let ofClaim = relations.get(claimWord);
  if (!ofClaim) {
    if (relations.size > MEMO_LIMIT) forgetPairs();
    relations.set(claimWord, (ofClaim = new Map()));
  }
  return ofClaim;
}

function lookUp(claimWord: string, ofClaim: Map<string, WordRelation>, passageWord: string): WordRelation {
  let r = ofClaim.get(passageWord);
  if (!r) {
    r = decide(profile(claimWord), profile(passageWord));
    if (pairs >= PAIR_LIMIT) {
      forgetPairs();
      // This word's own pairs may have gone with the oldest: keep it, counted again.
      if (!relations.has(claimWord)) {
        relations.set(claimWord, ofClaim);
        pairs += ofClaim.size;
      }
    }
    ofClaim.set(passageWord, r);
    pairs++;
  }
  return r;
}

/** Forgets the claim words asked about first (a Map keeps insertion order) until a tenth of the room is free. */
function forgetPairs(): void {
  for (const [word, ofWord] of relations) {
    if (pairs < PAIR_LIMIT * 0.9 && relations.size <= MEMO_LIMIT * 0.9) break;
    pairs -= ofWord.size;
    relations.delete(word);
  }
}
