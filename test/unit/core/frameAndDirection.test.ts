// Two facts a claim states besides its words: the year in its reporting frame ("Speaking in
// 1999, X argued that ..."), and the direction of a change stated without a figure ("had risen").
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { nth } from '../../support/present';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';

function checked(passage: string, claim: string): { verdict: string; decidedBy?: string; corrections: string[] } {
  const corpus = new Corpus([{ key: 'src', title: 'src', file: '/corpus/src.txt', text: `${FILLER} ${passage} ${FILLER}` }]);
  const sentence = nth(new BriefChecker(corpus).check(`${claim} [@src]\n`, 'brief.md', 1).sentences, 0, 'sentence');
  const decidedBy = sentence.explanation?.decidedBy;
  return { verdict: sentence.verdict, ...(decidedBy ? { decidedBy } : {}), corrections: sentence.corrections.map((c) => `${c.claimed}->${c.source}`) };
}

describe('the year of a reporting frame', () => {
  const claim = 'Speaking in 1999, the trade minister argued that open markets would weaken the censors.';

  it('is contradicted by the passage stating another year in its place, with the fix', () => {
    assert.deepEqual(checked('Speaking in 1997, the trade minister argued that open markets would weaken the censors.', claim), {
      verdict: 'contradicted',
      decidedBy: 'date',
      corrections: ['1999->1997'],
    });
  });

  it('is borne out by the same year, and left unchecked by a passage that states none', () => {
    assert.equal(checked('Speaking in 1999, the trade minister argued that open markets would weaken the censors.', claim).verdict, 'supported');
    assert.equal(checked('The trade minister argued that open markets would weaken the censors.', claim).verdict, 'supported');
  });
});

describe('the direction of a change stated in words', () => {
  it('a claim whose change goes the other way from the passage\'s is contradicted', () => {
    assert.deepEqual(checked('Drug overdose deaths declined for the first time in nearly 30 years.', 'Drug overdose deaths had risen for the first time in nearly 30 years.'), {
      verdict: 'contradicted',
      decidedBy: 'antonym',
      corrections: ['risen->declined'],
    });
  });

  it('the same direction in other words is borne out', () => {
    assert.equal(checked('Drug overdose deaths fell for the first time in nearly 30 years.', 'Drug overdose deaths had declined for the first time in nearly 30 years.').verdict, 'supported');
  });
});
