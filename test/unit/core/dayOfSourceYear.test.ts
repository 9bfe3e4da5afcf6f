// A day or month the passage dates otherwise is contradicted, even in the year the source is
// from: the source's year vouches for a bare year the passage does not state, not for a day.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { nth } from '../../support/present';

const ADDRESS = 'The harbour opened a new pier. Tonight I am charging the Domestic Council to present me by December 1, 1986, an evaluation of programs and a strategy for poor families. Teachers met in the capital.';

function verdictOf(claim: string): { verdict: string; corrections: string[] } {
  const corpus = new Corpus([{ key: 'address1986', title: 'Address', date: '1986-02-04', file: '/corpus/address1986.txt', text: ADDRESS }]);
  const sentence = nth(new BriefChecker(corpus).check(`${claim} [@address1986]\n`, 'brief.md', 1).sentences, 0, 'sentence');
  return { verdict: sentence.verdict, corrections: sentence.corrections.map((c) => `${c.claimed}->${c.source}`) };
}

describe('a day in the year the source is from', () => {
  it('is contradicted by the day the passage gives', () => {
    assert.deepEqual(verdictOf('The Domestic Council was charged with delivering a strategy for poor families by 1 October 1986.'), { verdict: 'contradicted', corrections: ['1 October 1986->December 1, 1986'] });
  });

  it('is supported when it is the passage\'s day', () => {
    assert.equal(verdictOf('The Domestic Council was charged with delivering a strategy for poor families by 1 December 1986.').verdict, 'supported');
  });
});
