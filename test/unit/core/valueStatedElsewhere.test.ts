// A contradiction by another value (a figure or a date) stands only when no other compared passage
// states every value of the claim in as many of its words: "2 million new jobs" in a sentence on
// exports does not contradict "more than 9 million new jobs" where the source states exactly that
// (verify.ts, valueStatedElsewhere).
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { addressCorpus as addresses, checkedWithFix } from './helpers';

/** The verdict of a one-sentence brief against a corpus. */
const verdictAgainst = (corpus: Corpus) => (claim: string): string => new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences[0]?.verdict ?? '(none)';


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

describe('a passage stating the claim\'s amount amid half its words outweighs a near passage with another value', () => {
  // Sentences of Johnson's 1966 address, in a file named as the speech is: "Johnson" is its speaker.
  const BUDGET =
    'Because our economic policies have produced rising revenues, if you approve every program that I recommend tonight, our total budget deficit will be one of the lowest in many years. It will be only $1.8 billion next year. Total spending in the administrative budget will be $112.8 billion. ' +
    'Farmers planted wheat in the spring. The harbour opened a new pier. ' +
    'I was informed this afternoon by the Secretary of the Treasury that his preliminary estimates indicate that our balance of payments deficit has been reduced from $2.8 billion in 1964 to $1.3 billion, or less, in 1965.';
  const verdictOf = verdictAgainst(new Corpus([{ key: '1966_lyndon_b_johnson_d', title: '1966_lyndon_b_johnson_d', file: '/corpus/1966_lyndon_b_johnson_d.txt', text: BUDGET }]));
  it('an amount the source states is not contradicted by another measure of the same noun', () => {
    assert.equal(verdictOf('Johnson forecast a deficit of only $1.8 billion.'), 'unsupported');
  });
  it('an amount no passage states is still contradicted', () => {
    assert.equal(verdictOf('Johnson forecast a deficit of only $1.9 billion.'), 'contradicted');
  });
  it('a small count of the very thing the claim counts outweighs another count near more of its words ("a 35-hour week")', () => {
    // The four addresses of eval/sotu-c: Johnson's 1964 "a 35-hour week would sharply increase costs"
    // beside "I am equally opposed to the 45- or 50-hour week", with a real corpus's word weights.
    const verdict = verdictAgainst(addresses('sotu-c'));
    assert.notEqual(verdict('He endorsed a 35-hour week as a way of spreading the available work.'), 'contradicted');
    assert.equal(verdict('He endorsed a 40-hour week as a way of spreading the available work.'), 'contradicted');
  });

  it('a claim stating a duration beside its amount is outweighed alike: the amount is seldom met by chance', () => {
    const TAX = 'To bolster business and to create new jobs, I propose a 1-year tax reduction of $16 billion. Farmers planted wheat in the spring. This cash rebate to individuals amounts to 12 percent of 1974 tax payments, a total cut of $12 billion.';
    const verdict = verdictAgainst(new Corpus([{ key: '1975_gerald_r_ford_r', title: '1975_gerald_r_ford_r', file: '/corpus/1975_gerald_r_ford_r.txt', text: TAX }]));
    assert.notEqual(verdict('Ford called for a one-year tax reduction totaling sixteen billion dollars.'), 'contradicted');
    assert.equal(verdict('Ford called for a one-year tax reduction totaling fourteen billion dollars.'), 'contradicted');
  });
  it('nearly as many of the claim\'s words as the contradiction has suffice (the margin a support needs against one)', () => {
    // The four addresses of eval/sotu-e.
    const verdict = verdictAgainst(addresses('sotu-e'));
    // "reduce the tax burden on American citizens by $25 billion" against "Almost $17 billion in income tax cuts".
    assert.equal(verdict('Carter alone put a number on his tax cut, some $25 billion.'), 'unsupported');
    assert.equal(verdict('Carter alone put a number on his tax cut, some $35 billion.'), 'contradicted');
  });
});

describe('a claim joining two sentences of the source ("from X ... to Y")', () => {
  const DEFICIT = 'Seven years ago, the Federal deficit was 6 percent of our gross national product. In the new budget I sent up 2 days ago, the deficit is down to 1 percent of gross national product.';
  it('takes each figure from the sentence that states it: the other sentence\'s value is its own fact', () => {
    assert.notEqual(checkedWithFix(DEFICIT, 'The deficit went from 6 percent of gross national product seven years earlier to 1 percent in the new budget.').verdict, 'contradicted');
  });
  it('a figure neither sentence states is still contradicted', () => {
    assert.equal(checkedWithFix(DEFICIT, 'The deficit went from 6 percent of gross national product nine years earlier to 1 percent in the new budget.').verdict, 'contradicted');
  });
  // The source says the earlier value twice for emphasis: the repeat is that value, not a rival of the later one.
  const REPEATED = DEFICIT.replace('gross national product.', 'gross national product -- 6 percent.');
  it('holds with the later value first ("to 1 percent ... from 6 percent"), the earlier one repeated in its sentence', () => {
    assert.deepEqual(checkedWithFix(REPEATED, 'The deficit had shrunk to 1 percent of gross national product from 6 percent seven years earlier.').fix, '(no fix)');
    assert.notEqual(checkedWithFix(REPEATED, 'The deficit had shrunk to 1 percent of gross national product from 6 percent seven years earlier.').verdict, 'contradicted');
  });
  it('a later value neither sentence states is still contradicted, written first', () => {
    assert.equal(checkedWithFix(REPEATED, 'The deficit had shrunk to 2 percent of gross national product from 6 percent seven years earlier.').verdict, 'contradicted');
  });
});

describe('a passage that bears the claim out with its share outweighs one that aligns more words around another share', () => {
  const speech = 'To bolster business and industry and to create new jobs, I propose a 1-year tax reduction of $16 billion. Three-quarters would go to individuals and one-quarter to promote business investment. This cash rebate to individuals amounts to 12 percent of 1974 tax payments-a total cut of $12 billion, with a maximum of $1,000 per return.';
  it('"three-quarters of his tax cut would go to individuals" is supported, with no fix to "12 percent"', () => {
    assert.deepEqual(checkedWithFix(speech, 'Three-quarters of his tax cut would go to individuals.'), { verdict: 'supported', fix: '(no fix)' });
  });
  it('a share no passage states is still contradicted', () => {
    assert.equal(checkedWithFix(speech, 'Two-thirds of his tax cut would go to individuals.').verdict, 'contradicted');
  });
});
