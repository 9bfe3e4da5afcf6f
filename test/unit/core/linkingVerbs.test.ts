// A linking verb says its complement still holds ("the crews remain Dover teams"), as "be" does.
// WordNet opposes "remain" to "change" and to every kind of change ("develop", "grow"): such an
// opposite elsewhere in the passage says nothing of the complement, so it counts only in the
// verb's own role (lightVerbs.json "linking"; words.ts).
import * as assert from 'node:assert/strict';
import { checkedAgainst } from './helpers';

describe('a linking verb and the opposite of change', () => {
  const cases: Array<{ passage: string; claim: string; verdict: string; corrections: string[] }> = [
    {
      passage: 'The relevant crews in our busy southern ports that could develop a competitive ferry service are from Dover and old Calais teams.',
      claim: 'The relevant crews remain Dover and the old Calais teams.',
      verdict: 'supported',
      corrections: [],
    },
    // In its role the opposite still stands against it, either way round.
    { passage: 'Harbour fees changed sharply in 1961.', claim: 'Harbour fees remained steady in 1961.', verdict: 'contradicted', corrections: ['remained->changed'] },
    { passage: 'The harbour fees stayed the same in 1961.', claim: 'The harbour fees changed in 1961.', verdict: 'contradicted', corrections: ['changed->stayed'] },
  ];
  for (const { passage, claim, verdict, corrections } of cases) {
    it(`"${claim}" is ${verdict}`, () => {
      const result = checkedAgainst(passage, claim);
      assert.equal(result.verdict, verdict);
      assert.deepEqual(result.corrections, corrections);
    });
  }
});
