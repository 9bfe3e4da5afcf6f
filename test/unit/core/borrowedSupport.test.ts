// A support that borrows the claim's subject from the next sentence, which says the opposite of
// it, does not outweigh that sentence: the claim is about what the neighbour speaks of. In the
// seeds, "… whatever can provide *cheap, reliable* baseload" is followed by "This almost
// certainly excludes wind power, which is enormously expensive and unreliable."
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/claims/analyze';
import { check, seedCorpus, sentenceAt } from './helpers';

describe('a support borrowing its subject from a contradicting neighbour', () => {
  it('loses to the neighbour that says the opposite of the claim', async () => {
    const result = check(await seedCorpus(), 'One post argues that wind power is cheap and dependable.\n');
    assert.equal(sentenceAt(result).verdict, 'contradicted');
  });
});

describe('a supplement after a negated object', () => {
  it('is outside the negation: ", which is enormously expensive" is asserted', () => {
    const text = 'This almost certainly excludes wind power, which is enormously expensive and unreliable.';
    const analysis = analyze(text, 0);
    const negated = analysis.tokens.filter((_, i) => analysis.negated[i]).map((t) => t.raw);
    assert.deepEqual(negated, ['wind', 'power']);
  });
});
