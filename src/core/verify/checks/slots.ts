// Substitutions: a claim word and a different passage word standing in the same slot, between the
// same neighbours ("Farm imports are" / "Farm exports are", "a very same era" / "a very different
// era"). Alignment by exact context is MacCartney & Manning's SUB edit: the two words' lexical
// relation decides what the edit does to the claim, whether or not either is a content word.
import { relationsOf } from '../../lexicon/relation';
import type { Token } from '../../text/tokens';
import type { CompareContext } from './context';
import type { Alternation } from './words';

/** Words read on each side of a slot, while claim and passage agree, for a content word that anchors it. */
const ANCHOR_REACH = 4;

function sameStem(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.stem === b.stem;
}

/**
 * Whether claim token `i` and passage token `j` stand between the same two neighbours, and the
 * context the two share on from there holds a content word within `ANCHOR_REACH` ("the issues of
 * world hunger" / "the recalls of world hunger"), so that "the ... of" alone never makes a slot.
 */
export function exactSlot(claim: readonly Token[], i: number, passage: readonly Token[], j: number): boolean {
  // A claim's first or last word has one neighbour: a clause ends there ("too "obscure"; they ...").
  const edge = (k: number): boolean => k < 0 || k >= claim.length;
  if (edge(i - 1) && edge(i + 1)) return false;
  if (!(edge(i - 1) || sameStem(claim[i - 1], passage[j - 1])) || !(edge(i + 1) || sameStem(claim[i + 1], passage[j + 1]))) return false;
  // The shared context runs on from each neighbour as long as the two texts agree.
  for (const step of [-1, 1]) {
    for (let reach = 1; reach <= ANCHOR_REACH; reach++) {
      const anchor = claim[i + step * reach];
      if (!anchor || !sameStem(anchor, passage[j + step * reach])) break;
      if (!anchor.stop && !anchor.numeric) return true;
    }
  }
  return false;
}

/** Passage indices of tokens standing in the slot of claim token `i` with another stem. */
export function slotRivals(claim: readonly Token[], i: number, passage: readonly Token[]): number[] {
  const word = claim[i];
  if (!word) return [];
  const rivals: number[] = [];
  for (let j = 0; j < passage.length; j++) {
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
    if (!word?.stop || ctx.view.stems.has(word.stem)) continue;
    for (const j of slotRivals(claim, i, passage)) {
      const rival = passage[j];
      if (!rival || ctx.prep.claimStems.has(rival.stem)) continue;
      const relation = relationsOf(word.norm)(rival.norm);
      if (relation.relation === 'alternation' && relation.via === 'antonym') found.push({ word: { t: word, i, w: 0, k: -1, prefix: undefined }, rival, via: 'antonym', functionWord: true });
    }
  }
  return found;
}
