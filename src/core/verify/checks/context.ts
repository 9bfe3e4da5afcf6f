// What every check of a comparison reads (the claim, the passage and its context) and where it
// writes what it saw: typed observations, which the decision and the explanation read.
import type { Analysis } from '../../claims/analyze';
import type { Corpus } from '../../corpus/corpus';
import type { Observation } from '../../types';
import type { PassageView } from '../passageView';
import type { PreparedClaim } from './prepare';

/** Ids of the named checks (as in `Explanation.decidedBy`). */
export type CheckId =
  | 'figure'
  | 'date'
  | 'name'
  | 'origin'
  | 'words'
  | 'clause'
  | 'negation'
  | 'antonym'
  | 'co-hyponym'
  | 'quote'
  | 'operator'
  | 'coverage';

export interface CompareContext {
  corpus: Corpus;
  prep: PreparedClaim;
  /** The claim and the passage. */
  claim: Analysis;
  passage: Analysis;
  view: PassageView;
  passageId: number;
  key: string;
  contentFrom: number;
  /** The claim's text as written (`claim.text` may have an attribution blanked), at the same offsets. */
  shown: string;
  /** The sources the claim cites. */
  citedKeys: readonly string[];
  observations: Observation[];
}

/** Records what a check saw: claim and source pieces are cut from the two texts by offsets. */
export function observe(
  ctx: CompareContext,
  check: CheckId,
  effect: Observation['effect'],
  claimSpan: { start: number; end: number },
  sourceSpan?: { start: number; end: number },
): void {
  const c = ctx.claim;
  const p = ctx.passage;
  const o: Observation = { check, effect, claim: ctx.shown.slice(claimSpan.start - c.base, claimSpan.end - c.base) };
  if (sourceSpan && sourceSpan.start >= p.base && sourceSpan.end <= p.base + p.text.length) o.source = p.text.slice(sourceSpan.start - p.base, sourceSpan.end - p.base);
  ctx.observations.push(o);
}
