// A contradiction by another value (a figure or a date) stands only when no other compared passage
// states every value of the claim in as many of its words: "2 million new jobs" in a sentence on
// exports does not contradict "more than 9 million new jobs" where the source states exactly that
// (verify.ts, valueStatedElsewhere).
import * as assert from 'node:assert/strict';
import { checkedWithFix } from './helpers';

const SOURCE = 'We have more than 9 million new jobs, the lowest unemployment in 20 years, and rising incomes. Our export drive will bring 2 million new jobs to the regions.';

describe('a value the source states for the claim outweighs another value', () => {
  it('"more than 9 million new jobs" is not contradicted by the export drive\'s 2 million', () => {
    assert.deepEqual(checkedWithFix(SOURCE, 'Records tallied more than 9 million new jobs.'), { verdict: 'unsupported', fix: '(no fix)' });
  });
  it('a value no passage states is still contradicted, with its fix', () => {
    assert.deepEqual(checkedWithFix(SOURCE, 'We have more than 7 million new jobs, the lowest unemployment in 20 years.'), { verdict: 'contradicted', fix: '7 million → 9 million' });
  });
});
