// A duration between two events ("Twenty-two years later", "a decade ago") is another measure
// than a span's length ("for 3 straight years"): the two are never compared as one figure.
import * as assert from 'node:assert/strict';
import { extractQuantities, temporalOffset } from '../../../src/core/claims/quantities';
import { tokenize } from '../../../src/core/text/tokens';
import { checkedWithFix } from './helpers';

function offsets(text: string): boolean[] {
  const tokens = tokenize(text);
  return extractQuantities(text, tokens).filter((q) => q.kind === 'duration').map((q) => temporalOffset(tokens, q));
}

describe('a temporal offset', () => {
  it('is a duration followed by "later", "ago" or "earlier", not one of a span', () => {
    assert.deepEqual(offsets('Twenty-two years later, the economy had grown for 3 straight years.'), [true, false]);
    assert.deepEqual(offsets('A decade ago the lab had spent eighteen months on infrastructure.'), [true, false]);
    assert.deepEqual(offsets('In the two years after the election, jobs grew.'), [false]);
  });

  // The shape of a State of the Union passage: a length of growth, and a count of jobs in 3 years.
  const SOURCE = 'Tonight the American people deserve our thanks for 37 straight months of economic growth, for modern industries creating 9 million new jobs in 3 years.';
  it('is not contradicted by a length the passage states', () => {
    assert.notEqual(checkedWithFix(SOURCE, 'Twenty-two years later, the President thanked Americans for 37 straight months of economic growth.').verdict, 'contradicted');
  });
  it('a length is still contradicted by another length', () => {
    assert.equal(checkedWithFix(SOURCE, 'The President thanked Americans for 37 straight months of economic growth and 9 million new jobs in 5 years.').verdict, 'contradicted');
  });
});
