// A general statement (bare-noun subject, no figure, date, name or citation) is taken for the
// writer's analysis because no source is expected to state it; when a source does, it is a claim.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { nth } from '../../support/present';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';
const corpus = new Corpus([
  { key: 'speech', title: 'Speech', file: '/corpus/speech.txt', text: `${FILLER} Farm exports are setting an all-time record each year. National security is government's first responsibility. ${FILLER}` },
]);

function checked(claim: string): { verdict: string; cue?: string; corrections: string[] } {
  const sentence = nth(new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences, 0, 'sentence');
  const cue = sentence.explanation?.analysis?.cue;
  return { verdict: sentence.verdict, ...(cue ? { cue } : {}), corrections: sentence.corrections.map((c) => `${c.claimed}->${c.source}`) };
}

describe('general statements a source states are claims', () => {
  it('one the source states as written is supported', () => {
    assert.deepEqual(checked('Farm exports are setting an all-time record each year.'), { verdict: 'supported', corrections: [] });
  });

  it('one whose predicate the source states the other way is contradicted (antonym, negation)', () => {
    assert.equal(checked('Farm imports are setting an all-time record each year.').verdict, 'contradicted');
    assert.equal(checked("National security is not government's first responsibility.").verdict, 'contradicted');
  });

  it('one no source states stays analysis, with its cue', () => {
    assert.deepEqual(checked('Prevention pays for itself over time.'), { verdict: 'opinion', cue: 'generic-statement', corrections: [] });
  });
});
