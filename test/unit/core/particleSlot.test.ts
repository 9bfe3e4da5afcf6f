// Two-word verbs stand in one slot whatever their particles: "opened up its outputs" meets
// "closed down its outputs" as its antonym, though the passage says "open" elsewhere ("an open
// source foundation"), which had borne the claim word out.
import * as assert from 'node:assert/strict';
import { checkedAgainst } from './helpers';

describe('a two-word verb against its opposite with another particle', () => {
  const passage = 'Whilst OpenAI may have begun life as an open source foundation partly funded by Elon Musk, it quickly closed down its outputs to rely on its moat of intellectual property.';
  const cases: Array<[string, string, string[]]> = [
    ['OpenAI later opened up its outputs to rely on its moat.', 'contradicted', ['opened->closed']],
    ['OpenAI soon opened up its outputs.', 'contradicted', ['opened->closed']],
    ['OpenAI quickly closed down its outputs.', 'supported', []],
  ];
  for (const [claim, verdict, corrections] of cases) {
    it(`"${claim}" is ${verdict}`, () => {
      const checked = checkedAgainst(passage, claim);
      assert.deepEqual([checked.verdict, checked.corrections], [verdict, corrections]);
    });
  }
});
