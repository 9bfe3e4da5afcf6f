// A bound prefix joined by a hyphen ("post-train", "pre-war") is no word of its own: the noun
// "post" is no co-hyponym of a claim's "landmark", nor the verb "pre" of anything.
import * as assert from 'node:assert/strict';
import { hyphenPrefixAt } from '../../../src/core/claims/lexicon';
import { tokenize } from '../../../src/core/text/tokens';
import { checkedAgainst } from './helpers';

describe('a prefix joined by a hyphen', () => {
  const prefixAt = (text: string, word: string): boolean => {
    const tokens = tokenize(text);
    return hyphenPrefixAt(tokens, tokens.findIndex((t) => t.norm === word));
  };

  it('is a prefix before a hyphen, a word elsewhere', () => {
    assert.equal(prefixAt('DeepSeek R1 post-train cost $300k.', 'post'), true);
    assert.equal(prefixAt('She co-founded the lab.', 'co'), true);
    assert.equal(prefixAt('The post was filled in May.', 'post'), false);
  });

  it('meets no claim word as a noun of its spelling', () => {
    const passage = 'On research - DeepSeek R1 post-train cost $300k, which shows what a small team can do.';
    assert.notEqual(checkedAgainst(passage, "The thread points to DeepSeek's R1 as a landmark for what a small team can do.").verdict, 'contradicted');
  });
});
