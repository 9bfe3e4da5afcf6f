// Co-hyponymy is a relation of noun senses: two kinds of one thing ("a relative" / "a national")
// exclude each other. A word the sentence uses as an adjective before its noun ("local forces")
// or as a verb after the infinitive's "to" ("helping to train") has no sibling: WordNet's noun
// "local" (a train that stops at every station) is no rival of "train" there. Bush 2002: "We now
// have troops in the Philippines, helping to train that country's armed forces to go after
// terrorist cells …"
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { addressCorpus } from './helpers';

describe('co-hyponyms only in their noun senses', () => {
  const checked = (claim: string) => {
    const sentence = new BriefChecker(addressCorpus('sotu-c')).check(`${claim}\n`, 'brief.md', 1).sentences[0];
    return { verdict: sentence?.verdict, corrections: sentence?.corrections.map((c) => `${c.claimed}->${c.source}`) };
  };
  it('a paraphrase with "local forces" is supported, not contradicted by "train"', () => {
    assert.deepEqual(checked('American troops, the President said, were in the Philippines helping local forces pursue terrorist cells.'), { verdict: 'supported', corrections: [] });
  });
  it('the wrong country then decides, with the source\'s as its fix', () => {
    assert.deepEqual(checked('Bush said American troops were in Malaysia helping local forces go after terrorist cells.'), { verdict: 'contradicted', corrections: ['Malaysia->Philippines'] });
  });
});
