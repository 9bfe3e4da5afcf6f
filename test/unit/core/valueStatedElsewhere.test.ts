// A contradiction by another value (a figure or a date) stands only when no other compared passage
// states every value of the claim in as many of its words: "2 million new jobs" in a sentence on
// exports does not contradict "more than 9 million new jobs" where the source states exactly that
// (verify.ts, valueStatedElsewhere).
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { checkedWithFix } from './helpers';

const SOURCE = 'We have more than 9 million new jobs, the lowest unemployment in 20 years, and rising incomes. Our export drive will bring 2 million new jobs to the regions.';

describe('a value the source states for the claim outweighs another value', () => {
  it('"more than 9 million new jobs" is not contradicted by the export drive\'s 2 million', () => {
    assert.deepEqual(checkedWithFix(SOURCE, 'Records tallied more than 9 million new jobs.'), { verdict: 'unsupported', fix: '(no fix)' });
  });
  it('the passage with the other value is shown as related reading, not as contradicting', () => {
    const corpus = new Corpus([{ key: 'jobs', title: 'jobs', file: '/corpus/jobs.txt', text: SOURCE }]);
    const sentence = new BriefChecker(corpus).check('Records tallied more than 9 million new jobs.\n', 'brief.md', 1).sentences[0];
    assert.equal(sentence?.verdict, 'unsupported');
    assert.deepEqual(sentence?.evidence.map((e) => e.stance).filter((stance) => stance === 'contradicts'), []);
    assert.match(sentence?.evidence[0]?.text ?? '', /more than 9 million new jobs/);
  });
  it('a value no passage states is still contradicted, with its fix', () => {
    assert.deepEqual(checkedWithFix(SOURCE, 'We have more than 7 million new jobs, the lowest unemployment in 20 years.'), { verdict: 'contradicted', fix: '7 million → 9 million' });
  });
});
