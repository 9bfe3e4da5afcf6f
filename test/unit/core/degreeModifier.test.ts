// A degree modifier ("well below", "far behind") is an adverb: WordNet's noun "well" (a
// co-hyponym of "pool") is not what it means, so a "talent pool" in the passage is no rival.
import * as assert from 'node:assert/strict';
import { degreeModifierAt } from '../../../src/core/claims/lexicon';
import { tokenize } from '../../../src/core/text/tokens';
import { check, seedCorpus, sentenceAt } from './helpers';

describe('a degree modifier', () => {
  it('is an adverb before a position or a comparative, and a noun elsewhere', () => {
    const at = (text: string, word: string): boolean => {
      const tokens = tokenize(text);
      return degreeModifierAt(tokens, tokens.findIndex((t) => t.norm === word));
    };
    assert.equal(at('Rates are well below the West.', 'well'), true);
    assert.equal(at('Europe has fallen far behind.', 'far'), true);
    assert.equal(at('The well ran dry.', 'well'), false);
  });

  it('meets no co-hyponym in the passage', async () => {
    // The seeds' essay: "a talent pool that is being developed and retained at rates well above the West".
    const result = check(await seedCorpus(), 'The essay finds the West developing and retaining talent at rates well below China.\n');
    assert.notEqual(sentenceAt(result).verdict, 'contradicted');
  });
});
