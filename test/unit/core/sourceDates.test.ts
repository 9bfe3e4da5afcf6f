// Dates a source states relative to its own date, resolved with chrono-node against that date,
// and the verdicts a user sees when a claim names the year or month they stand for.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { analyze } from '../../../src/core/claims/analyze';
import { Corpus } from '../../../src/core/corpus/corpus';
import { resolvedDates } from '../../../src/core/verify/sourceDates';

const FILLER = 'Licence fees shaped the early software market. Several governments funded national laboratories. Browsers competed fiercely during the following decade.';

function corpusOf(key: string, text: string, date?: string): Corpus {
  return new Corpus([{ key, title: key, file: `/corpus/${key}.txt`, text: `${FILLER} ${text} ${FILLER}`, ...(date ? { date } : {}) }]);
}

function verdict(corpus: Corpus, claim: string): string {
  return new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences[0]?.verdict ?? '(none)';
}

function resolve(text: string, year: number, month?: number): string[] {
  return resolvedDates(analyze(text, 0), { year, ...(month ? { month } : {}) }).map((d) => `${d.year}${d.month ? `-${d.month}` : ''}`);
}

describe('dates relative to the source', () => {
  const valid: [string, number, number | undefined, string[]][] = [
    ['Last year, nine million Americans enrolled in the programme.', 2014, undefined, ['2013']],
    ['Two years ago we passed the reform.', 2014, undefined, ['2012']],
    ['Next year the deficit will fall.', 2014, undefined, ['2015']],
    ['By next January the plan will be done.', 2014, 3, ['2015-1']],
    ['On the 3rd of March last, the council met.', 2014, 6, ['2014-3']],
    ['On the 3rd of March last, the council met.', 2014, 2, ['2013-3']],
    // Seasons, which chrono does not read: "this summer" of a speech of 2012 is 2012's.
    ['Twenty-three thousand more will leave by the end of this summer.', 2012, undefined, ['2012-7']],
    ['Last winter the council froze rents.', 2012, undefined, ['2011-1']],
    ['Last autumn the council froze rents.', 2012, 11, ['2012-10']],
    // A part of the year named with "of the year" is a part of the source's own year.
    ['We are on track to add another 1 1/2 million jobs by the end of the year.', 2010, undefined, ['2010']],
  ];
  for (const [text, year, month, expected] of valid) it(`resolves "${text}" from ${year}${month ? `-${month}` : ''}`, () => assert.deepEqual(resolve(text, year, month), expected));

  const invalid: [string, number, number | undefined][] = [
    ['Over the past year, wages rose.', 2014, undefined], // a span of time
    ['By next January the plan will be done.', 2014, undefined], // the source's month is unknown
    ['In 2013 the council met.', 2014, undefined], // a stated year is no relative date
    ['Next summer the plan will be done.', 2014, undefined], // still ahead in the same year, or next year's
    ['The summer of love changed music.', 2014, undefined], // a season no word places
    ['It was the year the war ended.', 2014, undefined], // "the year" alone may be any year
  ];
  for (const [text, year, month] of invalid) it(`resolves nothing in "${text}"`, () => assert.deepEqual(resolve(text, year, month), []));

  it('supports a claim naming the year a dated speech calls "last year"', () => {
    const corpus = corpusOf('2014_state_of_the_union', 'Last year, the number of apprenticeships in manufacturing rose sharply across the Midwest.');
    assert.equal(verdict(corpus, 'In 2013, the number of apprenticeships in manufacturing rose sharply across the Midwest.'), 'supported');
    assert.notEqual(verdict(corpus, 'In 2011, the number of apprenticeships in manufacturing rose sharply across the Midwest.'), 'supported');
  });
  it('contradicts a claim naming another year than the one a dated source calls "last year"', () => {
    const corpus = corpusOf('2014_state_of_the_union', 'Last year, the number of apprenticeships in manufacturing rose sharply across the Midwest.');
    assert.equal(verdict(corpus, 'In 2011, the number of apprenticeships in manufacturing rose sharply across the Midwest.'), 'contradicted');
    // The source's own year is context, not the year it calls "last year".
    assert.equal(verdict(corpus, 'In 2014, the number of apprenticeships in manufacturing rose sharply across the Midwest.'), 'contradicted');
    const minutes = corpusOf('minutes', 'The council will publish its housing review next January, after the consultation closes.', '2019-06-12');
    assert.equal(verdict(minutes, 'The council will publish its housing review in January 2021, after the consultation closes.'), 'contradicted');
  });
  it('contradicts a claim naming another year than a dated speech\'s "this summer"', () => {
    const corpus = corpusOf('2012_state_of_the_union', 'Ten thousand of our troops have come home. Twenty-three thousand more will leave by the end of this summer.');
    assert.equal(verdict(corpus, 'Twenty-three thousand more troops will leave by the end of 2013.'), 'contradicted');
    assert.equal(verdict(corpus, 'Twenty-three thousand more troops will leave by the end of 2012.'), 'supported');
  });
  it('contradicts another year than the one a dated speech means by "the end of the year", and says which year that is', () => {
    const corpus = corpusOf('2010_state_of_the_union', 'And we are on track to add another 1 1/2 million jobs to this total by the end of the year.');
    assert.equal(verdict(corpus, 'He said they were on track to add another one and a half million jobs by the end of 2010.'), 'supported');
    const result = new BriefChecker(corpus).check('He said they were on track to add another one and a half million jobs by the end of 2011.\n', 'brief.md', 1);
    assert.deepEqual(result.findings.map((f) => [f.code, f.message, f.fixes.map((x) => x.kind)]), [
      ['contradicted-date', 'Source says “the year” (2010), not “2011” [@2010_state_of_the_union]', ['suppress']],
    ]);
  });
  it('leaves a relative date of another event alone', () => {
    const corpus = corpusOf('2014_state_of_the_union', 'Last year, our troops came home from Iraq. The number of apprenticeships in manufacturing rose sharply across the Midwest in 2011.');
    assert.equal(verdict(corpus, 'In 2011, the number of apprenticeships in manufacturing rose sharply across the Midwest.'), 'supported');
  });
  it('resolves nothing without a date for the source', () => {
    const corpus = corpusOf('speech', 'Last year, the number of apprenticeships in manufacturing rose sharply across the Midwest.');
    assert.notEqual(verdict(corpus, 'In 2013, the number of apprenticeships in manufacturing rose sharply across the Midwest.'), 'supported');
  });
  it('reads the month from the source\'s metadata date', () => {
    const corpus = corpusOf('minutes', 'The council will publish its housing review next January, after the consultation closes.', '2019-06-12');
    assert.equal(verdict(corpus, 'The council will publish its housing review in January 2020, after the consultation closes.'), 'supported');
  });
});
