// The one decision of a comparison (verify/decide.ts): a conflict standing in the claim's own slot
// (a figure beside the same words, or an opposite between the claim word's two neighbours) says
// which value or word the claim replaced, so it contradicts with less of the claim aligned.
import * as assert from 'node:assert/strict';
import { ANCHORED_COVERAGE, ANCHORED_OWN_COVERAGE, CONTRADICT_COVERAGE, OWN_COVERAGE, decide, type Tally } from '../../../src/core/verify/decide';

describe('decide: a conflict in the claim\'s own slot', () => {
  // Between the anchored shares and the ordinary ones: too little of the claim for a contradiction anywhere else.
  const base: Tally = { coverage: (ANCHORED_COVERAGE + CONTRADICT_COVERAGE) / 2, ownCoverage: (ANCHORED_OWN_COVERAGE + OWN_COVERAGE) / 2, shared: 2, factsMatched: 0, conflicts: ['antonym'], missing: [], unaligned: 0, narrower: 0 };

  it('an opposite between the claim word\'s neighbours contradicts', () => {
    assert.deepEqual(decide({ ...base, anchoredConflict: true }), { stance: 'contradicts', decidedBy: 'antonym' });
  });
  it('the same opposite elsewhere in the passage does not', () => {
    assert.deepEqual(decide(base), { stance: 'related', decidedBy: 'coverage' });
  });
  it('nor one beside a clause the passage leaves out', () => {
    assert.deepEqual(decide({ ...base, anchoredConflict: true, missing: ['clause'] }), { stance: 'related', decidedBy: 'coverage' });
  });
});
