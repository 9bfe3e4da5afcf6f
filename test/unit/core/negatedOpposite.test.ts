// A negated claim word whose antonym stands in its slot says what the passage says: "not cheap"
// and "expensive" compose to an entailment in natural logic (MacCartney & Manning 2009, the join
// of negation and alternation), also when the passage has the claim's word in another clause.
import * as assert from 'node:assert/strict';
import { checkedWithFix } from './helpers';

const SOURCE = 'Open models are expensive to run at scale, while cheap closed models win buyers.';

describe('a negated claim word whose antonym holds its slot', () => {
  const cases: [string, string, string][] = [
    ['"not cheap" where the slot says "expensive" and "cheap" stands elsewhere', 'Open models are not cheap to run at scale.', 'supported'],
    ['"cheap" where the slot says "expensive"', 'Open models are cheap to run at scale.', 'contradicted'],
    ['"not expensive" where the slot says "expensive"', 'Open models are not expensive to run at scale.', 'contradicted'],
  ];
  for (const [what, claim, expected] of cases) {
    it(`${expected}: ${what}`, () => assert.equal(checkedWithFix(SOURCE, claim).verdict, expected));
  }
});
