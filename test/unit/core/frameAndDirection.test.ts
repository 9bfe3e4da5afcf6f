// Two facts a claim states besides its words: the year in its reporting frame ("Speaking in
// 1999, X argued that ..."), and the direction of a change stated without a figure ("had risen").
import * as assert from 'node:assert/strict';
import { checkedAgainst } from './helpers';

const checked = checkedAgainst;

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

describe('two years each in the reporting frame of the same speaker', () => {
  const claim = 'In a 1999 speech, Bill Clinton argued that closer ties would make it harder for the censors.';
  it('are one slot: another year in the passage\'s frame before the speaker\'s name contradicts it', () => {
    assert.deepEqual(checked('Speaking in 1997, President Bill Clinton argued that closer ties would make it harder for the censors.', claim), { verdict: 'contradicted', decidedBy: 'date', corrections: ['1999->1997'] });
  });
  it('a year of another speaker\'s frame, or one in the reported clause, is no rival', () => {
    assert.notEqual(checked('Speaking in 1997, the trade minister argued that closer ties would make it harder for the censors.', claim).verdict, 'contradicted');
    assert.notEqual(checked('President Bill Clinton argued that closer ties would make it harder for the censors by 1997.', claim).verdict, 'contradicted');
  });
});

describe('a year opening the sentence before the frame\'s subject', () => {
  const claim = 'In 2000, the American people said that we must change course on the deficit.';
  it('is contradicted by another year opening the passage before the same subject, with no word beside either', () => {
    assert.deepEqual(checked('In 1992, the American people said that we must change course on the deficit.', claim), { verdict: 'contradicted', decidedBy: 'date', corrections: ['2000->1992'] });
  });
  it('is not by a year before another subject', () => {
    assert.notEqual(checked('In 1992, the budget office said that we must change course on the deficit.', claim).verdict, 'contradicted');
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
