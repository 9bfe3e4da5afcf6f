// Substitutions: a claim word and a different passage word standing in the same slot, between the
// same neighbours ("Farm imports are" / "Farm exports are", "a very same era" / "a very different
// era"). Alignment by exact context is MacCartney & Manning's SUB edit: the two words' lexical
// relation decides what the edit does to the claim, whether or not either is a content word.
// Values and names, which span several tokens and may end a claim, have their own test
// (`sameSlot`): two words either side are read and one may differ.
import { hasAntonyms, relationsOf } from '../../lexicon/relation';
import { negationParaphrased } from '../polarity';
import { backshiftedPair, backshiftGroup } from '../../claims/lexicon';
import type { Analysis } from '../../claims/analyze';
import type { Token } from '../../text/tokens';
import type { CompareContext } from './context';
import type { Alternation } from './words';
import SLOT_DATA from './slots.json';

/** Words read on each side of a slot, while claim and passage agree, for a content word that anchors it. */
const ANCHOR_REACH = 4;

/** The same word in a slot's context, or the same auxiliary shifted back by reported speech ("are" / "were"). */
function sameStem(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && (a.stem === b.stem || backshiftedPair(a.norm, b.norm));
}

/** `sameStem(a, u)` for a claim token `a` of stem `stem` and backshift group `group`, both read once. */
function sameStemAs(stem: string, group: string | undefined, u: Token | undefined): boolean {
  return u !== undefined && (u.stem === stem || (group !== undefined && backshiftGroup(u.norm) === group));
}

/**
 * Whether claim token `i` and passage token `j` stand between the same two neighbours, and the
 * context the two share on from there holds a content word within `ANCHOR_REACH` ("the issues of
 * world hunger" / "the recalls of world hunger"), so that "the ... of" alone never makes a slot.
 */
export function exactSlot(claim: readonly Token[], i: number, passage: readonly Token[], j: number): boolean {
  // A claim's first or last word has one neighbour: a clause ends there ("too "obscure"; they ...").
  const first = i === 0;
  const last = i === claim.length - 1;
  if (first && last) return false;
  if (!(first || sameStem(claim[i - 1], passage[j - 1])) || !(last || sameStem(claim[i + 1], passage[j + 1]))) return false;
  return sharedContextAnchored(claim, i, passage, j, sameStem);
}

/**
 * Whether, on either side, the context the two share runs on from the neighbour (as long as
 * `same` says the texts agree) to a content word within `ANCHOR_REACH`.
 */
function sharedContextAnchored(claim: readonly Token[], i: number, passage: readonly Token[], j: number, same: (a: Token | undefined, b: Token | undefined) => boolean): boolean {
  for (const step of [-1, 1]) {
    for (let reach = 1; reach <= ANCHOR_REACH; reach++) {
      const anchor = claim[i + step * reach];
      if (!anchor || !same(anchor, passage[j + step * reach])) break;
      if (!anchor.stop && !anchor.numeric) return true;
    }
  }
  return false;
}

/** Articles stand for one another in a slot ("as a closed venture" / "as an open foundation"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

function sameSlotWord(a: Token | undefined, b: Token | undefined): boolean {
  return sameStem(a, b) || (a !== undefined && b !== undefined && ARTICLES.has(a.norm) && ARTICLES.has(b.norm));
}

/**
 * Whether claim token `i` and passage token `j` share the context on one side, from the next word
 * on to a content word within `ANCHOR_REACH` ("towards open AI" / "on closed AI"; "life as a
 * closed" / "life as an open"): half a slot, for a word the passage has only elsewhere.
 */
export function halfSlot(claim: readonly Token[], i: number, passage: readonly Token[], j: number): boolean {
  if (sharedContextAnchored(claim, i, passage, j, sameSlotWord)) return true;
  // Two-word verbs stand in one slot whatever their particles ("opened up its outputs" / "closed
  // down its outputs"): the context is read after the particles.
  return PARTICLES.has(claim[i + 1]?.norm ?? '') && PARTICLES.has(passage[j + 1]?.norm ?? '') && sharedContextAnchored(claim, i + 1, passage, j + 1, sameSlotWord);
}

/** Particles of two-word verbs ("open up", "close down", "carry out"; slotParticles in slots.json). */
const PARTICLES: ReadonlySet<string> = new Set(SLOT_DATA.particles);

/** Passage indices of tokens standing in the slot of claim token `i` with another stem. */
export function slotRivals(claim: readonly Token[], i: number, passage: readonly Token[]): number[] {
  const word = claim[i];
  if (!word) return [];
  const rivals: number[] = [];
  // The neighbours' stems first: most passage words fail there, before any other test. Their
  // backshift groups are read once, not per passage word (sameStem asked a map twice a word).
  const left = claim[i - 1];
  const right = claim[i + 1];
  const leftGroup = left && backshiftGroup(left.norm);
  const rightGroup = right && backshiftGroup(right.norm);
  for (let j = 0; j < passage.length; j++) {
    if ((left !== undefined && !sameStemAs(left.stem, leftGroup, passage[j - 1])) || (right !== undefined && !sameStemAs(right.stem, rightGroup, passage[j + 1]))) continue;
    const other = passage[j];
    if (other && other.stem !== word.stem && !other.numeric && exactSlot(claim, i, passage, j)) rivals.push(j);
  }
  return rivals;
}

/**
 * Function words (stopwords, outside the weighted content) the passage replaces in their slot by
 * their WordNet antonym: "above" / "below", "same" / "different", "most" / "least". They are not
 * compared as content, so without this an opposite preposition or determiner passes unseen.
 */
export function functionWordAlternations(ctx: CompareContext): Alternation[] {
  const claim = ctx.claim.tokens;
  const passage = ctx.passage.tokens;
  const found: Alternation[] = [];
  for (let i = ctx.contentFrom; i < claim.length; i++) {
    const word = claim[i];
    if (!word?.stop || !hasAntonyms(word.norm) || ctx.view.stems.has(word.stem)) continue;
    // "No N … more than X" against "X … more than any N": one superlative, not "no" against "any".
    if (negationParaphrased(ctx.claim, i, ctx.passage)) continue;
    for (const j of slotRivals(claim, i, passage)) {
      const rival = passage[j];
      if (!rival || ctx.prep.claimStems.has(rival.stem)) continue;
      const relation = relationsOf(word.norm)(rival.norm);
      if (relation.relation === 'alternation' && relation.via === 'antonym') found.push({ word: { t: word, i, w: 0, k: -1, prefix: undefined }, rival, via: 'antonym', functionWord: true });
    }
  }
  return found;
}

/** Words compared either side of a value or name. */
const PIECE_REACH = 2;
/** Of the claim's words there (a claim may end at the piece), this many must be the same... */
const PIECE_AGREEMENT = 2;
/** ...and at most this many may differ. */
const PIECE_DIFFERENCES = 1;

export interface TokenRange {
  firstToken: number;
  lastToken: number;
}

/**
 * Whether the claim's value or name `mine` and the passage's `theirs` stand between the same
 * words ("prior to age 84, and" / "prior to age 70, and"; "the victory of Whig nominee Reagan" /
 * "... Zachary Taylor"): another value there is an alternation of the same measure, another name
 * one of the same role.
 */
export function sameSlot(c: Analysis, mine: TokenRange, p: Analysis, theirs: TokenRange): boolean {
  let same = 0;
  let differ = 0;
  // A semicolon in the claim ends its slot: the next clause's words, or the next table cell's (a
  // row's cells are parted by ";" in its prose), are no context of the value or name ("| ARM and
  // Nvidia | Expected to …" against "ARM and Graphcore, are expected").
  const leftEnd = wordsBeforeSemicolon(c, mine.firstToken, -1);
  const rightEnd = wordsBeforeSemicolon(c, mine.lastToken, 1);
  for (let k = 1; k <= PIECE_REACH; k++) {
    const pairs = [
      [k <= leftEnd ? c.tokens[mine.firstToken - k] : undefined, p.tokens[theirs.firstToken - k]],
      [k <= rightEnd ? c.tokens[mine.lastToken + k] : undefined, p.tokens[theirs.lastToken + k]],
    ] as const;
    for (const [claimWord, passageWord] of pairs) {
      if (!claimWord) continue;
      if (claimWord.norm === passageWord?.norm) same++;
      else differ++;
    }
  }
  return same >= PIECE_AGREEMENT && differ <= PIECE_DIFFERENCES;
}

/** The tokens from token `at` in direction `step`, up to PIECE_REACH, before a semicolon. */
function wordsBeforeSemicolon(a: Analysis, at: number, step: 1 | -1): number {
  for (let k = 1; k <= PIECE_REACH; k++) {
    const far = at + step * k;
    if (!a.tokens[far] || semicolonBetween(a, Math.min(at, far), Math.max(at, far))) return k - 1;
  }
  return PIECE_REACH;
}

/** Whether a semicolon stands between tokens `left` and `right` of an analysis. */
export function semicolonBetween(a: Analysis, left: number, right: number): boolean {
  const from = a.tokens[left];
  const to = a.tokens[right];
  if (!from || !to) return false;
  const at = a.text.indexOf(';', from.end - a.base);
  return at >= 0 && at < to.start - a.base;
}
