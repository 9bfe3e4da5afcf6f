// A brief attributes and dates what it reports ("President Obama said ...", "By 2016, ..."); the
// source's passage does not repeat who is speaking or when. Names and years a source carries in
// its author, publisher, date or file name are no missing facts; years it only mentions elsewhere
// still lose to the year the passage states.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import type { LoadedSource } from '../../../src/core/corpus/fileSystem';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';

function source(key: string, text: string, extra: Partial<LoadedSource> = {}): LoadedSource {
  return { key, title: key, file: `/corpus/${key}.txt`, text: `${FILLER} ${text} ${FILLER}`, ...extra };
}

function verdictOf(corpus: Corpus, claim: string): { verdict: string; corrections: string[] } {
  const s = new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences[0];
  return { verdict: s.verdict, corrections: s.corrections.map((c) => `${c.claimed}->${c.source}`) };
}

describe('verify: who said it and when', () => {
  const speech = new Corpus([source('2016_barack_obama_d', 'Nearly 18 million people have gained coverage so far.')]);

  it('reads the speaker and the year from the file name of a source without a manifest', () => {
    assert.equal(verdictOf(speech, 'Under President Obama, close to 18 million people gained coverage by 2016.').verdict, 'supported');
  });

  it('still wants a name or year the source carries nowhere', () => {
    assert.equal(verdictOf(speech, 'Under President Lincoln, close to 18 million people gained coverage.').verdict, 'unsupported');
    assert.equal(verdictOf(speech, 'Close to 18 million people gained coverage by 1931.').verdict, 'unsupported');
  });

  it('reads the author and the date from the manifest', () => {
    const report = new Corpus([source('audit', 'The Brady bill has already stopped 44,000 people with criminal records from buying guns.', { author: 'Jane Okafor', date: '1996-01-23' })]);
    assert.equal(verdictOf(report, 'Okafor counted 44,000 people with criminal records stopped from buying guns by the Brady bill in 1996.').verdict, 'supported');
  });

  it('lets the year the passage states beat a year the source only mentions elsewhere', () => {
    const text = 'The economy grew strongly in 1994. I thank the Democrats for passing the largest deficit reduction plan in history in 1993.';
    const corpus = new Corpus([source('1996_william_j_clinton_d', text)]);
    const found = verdictOf(corpus, 'Clinton credited the Democrats with passing the largest deficit reduction plan in history in 1994.');
    assert.equal(found.verdict, 'contradicted');
    assert.deepEqual(found.corrections, ['1994->1993']);
  });

  it('reads "U.S." as the United States', () => {
    const corpus = new Corpus([source('brief', 'For more than a year, the U.S. has led a coalition of more than 60 countries against ISIL.')]);
    assert.equal(verdictOf(corpus, 'The United States led a coalition of over 60 countries against ISIL.').verdict, 'supported');
  });

  it('leaves an "According to ..." attribution out of the comparison', () => {
    assert.equal(verdictOf(speech, 'According to the White House, close to 18 million people gained coverage.').verdict, 'supported');
  });
});
