// The one decision of a comparison: what the named checks saw, summed up, makes the passage
// support the claim, contradict it, or merely relate to it. Pure: numbers and findings in,
// stance and the check that decided out.
import type { Stance } from '../types';
import type { CheckId } from './checks/context';

/** Share of a claim's weighted content a passage must cover to support it. */
export const SUPPORT_COVERAGE = 0.62;
/** A claim whose figures the passage states needs less of its wording covered. */
export const SUPPORT_COVERAGE_WITH_FIGURE = 0.5;
/** Share the passage itself (not its context) must cover, for any stance. */
export const OWN_COVERAGE = 0.45;
/** Words, names and figures a contradicting passage must share with the claim. */
export const MIN_SHARED_FOR_CONTRADICTION = 3;
/** Share a passage must cover, apart from the disagreeing value, to contradict it. */
export const CONTRADICT_COVERAGE = 0.6;
/**
 * A short claim ("reading scores were falling") shares fewer words than MIN_SHARED_FOR_CONTRADICTION
 * with any passage. When the passage itself aligns all of it but one word it states the opposite
 * of, the alignment is complete but for one edit, an alternation or a negation (MacCartney &
 * Manning): two shared words do, in a claim that reports what someone said ("Bush told Congress
 * that reading scores were falling") or that cites the passage's source ("Turnout was lower than
 * in 2019 [@poll]": the writer says that source states it). Not in the writer's own uncited short
 * sentences, which are often analysis ("Compute remains the gap."): measured there, the
 * relaxation flagged a clean analysis sentence with a harmful fix. Not for a name or a figure: a rival of those is found by its place
 * in the sentence, which two words do not fix.
 */
export const MIN_SHARED_FULLY_ALIGNED = 2;
export const FULLY_ALIGNED = 0.95;
const WORD_OPPOSITES: ReadonlySet<CheckId> = new Set<CheckId>(['antonym', 'negation']);

function sharesEnough(t: Tally, conflict: CheckId): boolean {
  if (t.shared >= MIN_SHARED_FOR_CONTRADICTION) return true;
  return (t.reported === true || t.cited === true) && WORD_OPPOSITES.has(conflict) && t.shared >= MIN_SHARED_FULLY_ALIGNED && t.ownCoverage >= FULLY_ALIGNED && t.unaligned === 0;
}
/**
 * Share of the claim's word weight that may be found nowhere (not in the passage, its context,
 * or by WordNet) in a supported claim: support needs the claim's content aligned, not just most
 * of its words shared.
 */
export const MAX_UNALIGNED = 1 / 3;

export interface Tally {
  coverage: number;
  ownCoverage: number;
  /** Claim words, names and figures the passage (or its context) shares. */
  shared: number;
  factsMatched: number;
  /** The checks that found a claim value the passage disagrees with, one per conflict. */
  conflicts: readonly CheckId[];
  /** The checks that found a claim value or clause the passage does not bear out, one per miss. */
  missing: readonly CheckId[];
  /**
   * Claim operators ("only", "all", "most") the passage does not entail: they keep the claim from
   * support, but a value the passage disagrees with still contradicts it.
   */
  unentailed?: readonly CheckId[];
  /** Weight share of the claim's content words found nowhere. */
  unaligned: number;
  /** Claim words the passage states only more generally, where they stand. */
  narrower: number;
  /** The claim reports what someone said ("Bush told Congress that ..."): a statement of fact, not the writer's analysis. */
  reported?: boolean;
  /** The passage is of a source the claim cites: the writer says this source states it, so it is no analysis of the writer's. */
  cited?: boolean;
  /** The one conflict is a figure or date standing in the claim's slot (checks/figures.ts anchoredRival). */
  anchoredConflict?: boolean;
}

export interface Decision {
  stance: Stance;
  decidedBy: CheckId;
}

/**
 * Shares a passage must cover to contradict by a value in the claim's own slot: the slot (the
 * same thing counted, or a word beside both values) says which value it is, so a paraphrase of
 * the rest ("a scenario launched alongside" / "Today we're launching") need not align word for word.
 */
export const ANCHORED_OWN_COVERAGE = 0.35;
export const ANCHORED_COVERAGE = 0.45;
export const ANCHORED_SHARED = 2;

function anchoredContradiction(t: Tally): boolean {
  return t.conflicts.length === 1 && t.missing.length === 0 && t.ownCoverage >= ANCHORED_OWN_COVERAGE && t.coverage >= ANCHORED_COVERAGE && t.shared >= ANCHORED_SHARED;
}

export function decide(t: Tally): Decision {
  const [anchored] = t.conflicts;
  if (t.anchoredConflict && anchored && anchoredContradiction(t)) return { stance: 'contradicts', decidedBy: anchored };
  if (t.ownCoverage < OWN_COVERAGE) return { stance: 'related', decidedBy: 'coverage' };
  const [conflict] = t.conflicts;
  if (conflict) {
    // A contradiction needs one disagreeing value in an otherwise shared statement.
    const one = t.conflicts.length === 1 && sharesEnough(t, conflict) && t.coverage >= CONTRADICT_COVERAGE && t.missing.length === 0;
    return { stance: one ? 'contradicts' : 'related', decidedBy: one ? conflict : (t.missing[0] ?? 'coverage') };
  }
  const [miss] = [...t.missing, ...(t.unentailed ?? [])];
  if (miss) return { stance: 'related', decidedBy: miss };
  if (t.coverage < (t.factsMatched > 0 ? SUPPORT_COVERAGE_WITH_FIGURE : SUPPORT_COVERAGE)) return { stance: 'related', decidedBy: 'coverage' };
  if (t.unaligned > MAX_UNALIGNED || t.narrower > 0) return { stance: 'related', decidedBy: 'words' };
  return { stance: 'supports', decidedBy: 'words' };
}
