// A rank ("the fifth film", "his tenth grandchild") is checked against a passage that ranks the
// same thing, and left alone by one that does not.
import * as assert from 'node:assert/strict';
import { checkedWithFix } from './helpers';

describe('ranks', () => {
  const SOURCE = 'Harbour Lights is a 2011 drama, the fourth installment in the Harbour film series. Its director had earlier made three comedies.';

  it('another rank of the same thing contradicts, with the source\'s rank as the fix', () => {
    assert.deepEqual(checkedWithFix(SOURCE, 'Harbour Lights was the fifth Harbour film, released in 2011.'), { verdict: 'contradicted', fix: 'fifth → fourth' });
    assert.equal(checkedWithFix('In the last days of that year, a little boy became our 12th grandchild.', 'The boy born that year was his tenth grandchild.').verdict, 'contradicted');
  });

  it('the same rank bears the claim out; a rank of another thing, or none, decides nothing', () => {
    assert.equal(checkedWithFix(SOURCE, 'Harbour Lights was the fourth Harbour film, released in 2011.').verdict, 'supported');
    assert.notEqual(checkedWithFix('Harbour Lights is a 2011 drama. It was the first drama to open the festival.', 'Harbour Lights was the fifth Harbour film, released in 2011.').verdict, 'contradicted');
  });
});
