// A passage read only as a neighbour's context is not analysed: its words are read alone
// (claims/passageAnalysis.ts passageStems). They must be the words its analysis would give.
import * as assert from 'node:assert/strict';
import { analyze, stemsOfText } from '../../../src/core/claims/analyze';
import { passageStems } from '../../../src/core/claims/passageAnalysis';
import { seedCorpus } from './helpers';

describe('claims: the stems of a context passage', () => {
  it('are the stems of its analysis, for every passage of the seeds', async () => {
    const corpus = await seedCorpus();
    for (let id = 0; id < corpus.passageCount; id++) {
      const passage = corpus.passage(id);
      const expected = new Set(analyze(passage.text, passage.start, corpus).tokens.map((t) => t.stem));
      assert.deepEqual(passageStems(corpus, id), expected, `passage ${id}`);
    }
  });

  it('are read from the text as compared: folded invisible and fullwidth characters', () => {
    const text = 'The fund holds \u00a3\uff14\uff10 mil\u200blion for open\u00admodels.';
    assert.deepEqual(stemsOfText(text), new Set(analyze(text, 0).tokens.map((t) => t.stem)));
    assert.ok(stemsOfText(text).has('million'));
  });
});
