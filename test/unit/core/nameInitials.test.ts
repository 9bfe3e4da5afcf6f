// A name's initials are how a source may abbreviate it: the first letter of each word, an acronym
// word whole ("UK" in "UK Research and Innovation" -> UKRI), and the capitals of a word written in
// camel case ("Google DeepMind" -> GDM). A name the source writes as its initials is found there,
// not contradicted by them.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/claims/analyze';
import { check, codes, seedCorpus, sentenceAt } from './helpers';

describe('a name\'s initials', () => {
  const initials = (text: string): string[] => analyze(text, 0).entities.map((e) => e.initials);

  it('are the first letters, an acronym word whole, and a camel-cased word\'s capitals', () => {
    assert.deepEqual(initials('Funding went to University College London.'), ['ucl']);
    assert.deepEqual(initials('It runs through the UK Research Council today.'), ['ukrc']);
    assert.deepEqual(initials('Staff of Google DeepMind built it.'), ['gdm']);
  });

  it('find the name where the source writes its acronym ("GDM", "UKRI"), with no finding', async () => {
    const corpus = await seedCorpus();
    for (const text of [
      'The relevant talent comes mainly from Google DeepMind and the old Meta GenAI team [@sovereignthread].',
      'The funding is channelled through UK Research and Innovation [@ukopenlabs].',
    ]) {
      const result = check(corpus, `${text}\n`);
      assert.equal(sentenceAt(result).verdict, 'supported', text);
      assert.deepEqual(codes(result), [], text);
    }
  });
});
