// An adjective with its complement ("relative to output") is no noun: WordNet's noun "relative"
// (kin) and "national" (a citizen) are two kinds of person, co-hyponyms, but the adjective has
// no sibling. With a determiner before it ("a relative to lead"), the word is the noun again.
import * as assert from 'node:assert/strict';
import { checkedAgainst } from './helpers';

describe('an adjective with its complement', () => {
  const cases: Array<{ passage: string; claim: string; verdict: string }> = [
    {
      passage: 'It will be, in proportion to our national output, the smallest budget since 1951.',
      claim: 'It was the smallest budget since 1951 relative to output.',
      verdict: 'supported',
    },
    {
      passage: 'The ministry hired a national to lead the review of the harbour.',
      claim: 'The ministry hired a relative to lead the review of the harbour.',
      verdict: 'contradicted',
    },
  ];
  for (const { passage, claim, verdict } of cases) {
    it(`"${claim}" is ${verdict}`, () => {
      assert.equal(checkedAgainst(passage, claim).verdict, verdict);
    });
  }
});
