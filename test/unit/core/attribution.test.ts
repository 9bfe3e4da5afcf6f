// A brief attributes and dates what it reports ("President Obama said ...", "By 2016, ..."); the
// source's passage does not repeat who is speaking or when. Names and years a source carries in
// its author, publisher, date or file name are no missing facts; years it only mentions elsewhere
// still lose to the year the passage states.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import type { LoadedSource } from '../../../src/core/corpus/fileSystem';
import { nth } from '../../support/present';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';

function source(key: string, text: string, extra: Partial<LoadedSource> = {}): LoadedSource {
  return { key, title: key, file: `/corpus/${key}.txt`, text: `${FILLER} ${text} ${FILLER}`, ...extra };
}

function verdictOf(corpus: Corpus, claim: string): { verdict: string; corrections: string[] } {
  const s = nth(new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences, 0, 'sentence');
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

describe('verify: names as sources write them', () => {
  it('a title is no shared name: "Senator Hatch" for "Senator Kassebaum" is a swapped name', () => {
    const corpus = new Corpus([source('1996_william_j_clinton_d', 'Congress should start by passing the bipartisan bill sponsored by Senator Kennedy and Senator Kassebaum that would reform insurance.')]);
    assert.deepEqual(verdictOf(corpus, 'Clinton urged Congress to pass the bipartisan bill sponsored by Senator Kennedy and Senator Hatch that would reform insurance.'), {
      verdict: 'contradicted',
      corrections: ['Senator Hatch->Senator Kassebaum'],
    });
  });

  it('a shorter form with a title or a first name: "Chairman Kim" for "Kim Jong Un", "Matthew" where the source names Matthew Charles', () => {
    const text = 'My relationship with Kim Jong Un is a good one. Chairman Kim and I will meet again on February 27 and 28 in Vietnam. We are joined tonight by Matthew Charles from Tennessee. Now, Matthew is the very first person to be released from prison under the First Step Act.';
    const corpus = new Corpus([source('2019_donald_j_trump_r', text)]);
    assert.equal(verdictOf(corpus, 'Kim Jong Un and the President would meet again on February 27 and 28 in Vietnam.').verdict, 'supported');
    assert.equal(verdictOf(corpus, 'Matthew Charles was the first person released from prison under the First Step Act.').verdict, 'supported');
    const other = new Corpus([source('2019_donald_j_trump_r', 'Now, Matthew is the very first person to be released from prison under the First Step Act.')]);
    assert.equal(verdictOf(other, 'Matthew Perry was the first person released from prison under the First Step Act.').verdict, 'unsupported', 'a first name alone is no whole name the source never writes');
  });

  it('a name the source keeps coming back to needs no repeating; a name it never writes does', () => {
    const text = 'Congress met. Congress voted. Congress adjourned. Let us extend that Child Care Tax Credit at least through the end of 2025.';
    const corpus = new Corpus([source('2021_joseph_r_biden_d', text)]);
    assert.deepEqual(verdictOf(corpus, 'Biden asked Congress to extend the Child Care Tax Credit at least through the end of 2023.'), { verdict: 'contradicted', corrections: ['2023->2025'] });
    assert.equal(verdictOf(corpus, 'Biden asked Parliament to extend the Child Care Tax Credit at least through the end of 2025.').verdict, 'unsupported');
  });

  it('a country the source keeps coming back to, in any of its forms, needs no repeating ("U.S." in a speech about America)', () => {
    const text = 'America is strong. American workers are the best. The United States will lead. We will replace more than 75 percent of our oil imports from the Middle East by 2025.';
    const corpus = new Corpus([source('2006_george_w_bush_r', text)]);
    assert.deepEqual(verdictOf(corpus, 'Bush set the goal of replacing more than three-quarters of U.S. oil imports from the Middle East by 2035.'), { verdict: 'contradicted', corrections: ['2035->2025'] });
    const once = new Corpus([source('2006_george_w_bush_r', 'We will replace more than 75 percent of our oil imports from the Middle East by 2025. Let us go.')]);
    assert.equal(verdictOf(once, 'Bush set the goal of replacing more than three-quarters of U.S. oil imports from the Middle East by 2025.').verdict, 'unsupported', '"us" the pronoun is no mention of the US');
  });

  it('whom the brief quotes must not be the origin of another source', () => {
    const text = 'The Brady bill has already stopped 44,000 people with criminal records from buying guns.';
    const corpus = new Corpus([
      source('gun-audit', text, { author: 'Jane Okafor', publisher: 'Reuters' }),
      source('markets', 'Shares rose in the spring.', { publisher: 'Bloomberg' }),
    ]);
    const claim = (who: string): string => `${who} reported that the Brady bill stopped 44,000 people with criminal records from buying guns.`;
    assert.equal(verdictOf(corpus, claim('Reuters')).verdict, 'supported');
    assert.equal(verdictOf(corpus, claim('Bloomberg')).verdict, 'unsupported', 'Bloomberg is the origin of another source');
    assert.equal(verdictOf(corpus, claim('The Treasury')).verdict, 'supported', 'a name no source is by cannot gainsay this one');
  });
});

describe('verify: who says it, when the passage names another speaker', () => {
  const speech = new Corpus([source('2021_joseph_r_biden_d', 'The International Monetary Fund is now estimating our economy will grow at a rate of more than 6 percent this year.')]);

  it('another body saying it in the passage is a swapped speaker, fixed to the passage\'s', () => {
    for (const verb of ['estimated', 'said', 'reported']) {
      assert.deepEqual(verdictOf(speech, `The World Bank ${verb} that the economy would grow by more than 6 percent in 2021.`), { verdict: 'contradicted', corrections: ['World Bank->International Monetary Fund'] }, verb);
    }
  });

  it('the passage\'s own speaker, or none, is no rival', () => {
    assert.equal(verdictOf(speech, 'The International Monetary Fund estimated that the economy would grow by more than 6 percent in 2021.').verdict, 'supported');
    const quiet = new Corpus([source('2021_joseph_r_biden_d', 'Our economy will grow at a rate of more than 6 percent this year.')]);
    assert.equal(verdictOf(quiet, 'The World Bank estimated that the economy would grow by more than 6 percent in 2021.').verdict, 'supported');
    // A body the passage names as the subject of what is said is no speaker.
    const subject = new Corpus([source('2021_joseph_r_biden_d', 'The Federal Reserve will grow its balance sheet by more than 6 percent this year.')]);
    assert.notEqual(verdictOf(subject, 'The World Bank estimated that the Federal Reserve would grow its balance sheet by more than 6 percent in 2021.').verdict, 'contradicted');
  });
});

describe('verify: reported speech shifts person', () => {
  it('"his administration" or "the country" stands for the speaker\'s "we"', () => {
    const budget = new Corpus([source('1962_john_f_kennedy_d', 'We increased the previous defense budget by 15 percent-not in the expectation of war but for the preservation of peace.')]);
    assert.equal(verdictOf(budget, 'Kennedy told Congress his administration had raised the prior defense budget by fifteen percent.').verdict, 'supported');
    // A passage that does not speak as "we" says nothing of the speaker's side.
    const third = new Corpus([source('1962_john_f_kennedy_d', 'The committee increased the previous defense budget by 15 percent-not in the expectation of war.')]);
    assert.notEqual(verdictOf(third, 'Kennedy told Congress his administration had raised the prior defense budget by fifteen percent.').verdict, 'supported');
  });
});

describe('verify: an attribution set off by commas inside the sentence', () => {
  const speech = new Corpus([source('1962_john_f_kennedy_d', 'Moreover, let us not forget that we have suffered three recessions in the last 7 years.')]);

  it('frames nothing but itself: the words on either side are the claim', () => {
    const cloud = new Corpus([source('lwin2026gold', 'Amazon, Google and Microsoft have long since built their cloud success on open source.')]);
    assert.equal(verdictOf(cloud, 'Amazon, Google and Microsoft, Lwin writes, have long built their cloud success on open source.').verdict, 'supported');
    assert.equal(verdictOf(cloud, 'Amazon, Google and Meta, Lwin writes, have long built their cloud success on open source.').verdict, 'contradicted');
    assert.equal(verdictOf(speech, 'We have suffered, the president said, four recessions in the last seven years.').verdict, 'contradicted');
    // What the explanation quotes of the claim is the sentence as written, the attribution too.
    const sentence = 'Amazon, Google and Microsoft, Lwin writes, have long built their cloud success on open source while farmers grow more wheat.';
    const checked = nth(new BriefChecker(cloud).check(`${sentence}\n`, 'brief.md', 1).sentences, 0, 'sentence');
    const pieces = (checked.explanation?.observations ?? []).map((o) => o.claim);
    assert.ok(pieces.length > 0 && pieces.every((piece) => sentence.includes(piece)), pieces.join(' | '));
  });
});

describe('verify: an attribution at the end of the sentence', () => {
  const speech = new Corpus([source('1962_john_f_kennedy_d', 'Moreover, let us not forget that we have suffered three recessions in the last 7 years.')]);

  it('frames the words before it, as a leading one does', () => {
    assert.equal(verdictOf(speech, 'We have suffered three recessions in the last seven years, Kennedy reminded lawmakers.').verdict, 'supported');
    assert.equal(verdictOf(speech, 'We have suffered three recessions in the last seven years, according to Kennedy.').verdict, 'supported');
    assert.equal(verdictOf(speech, 'We have suffered four recessions in the last seven years, Kennedy reminded lawmakers.').verdict, 'contradicted');
    // Not an attribution: its words are the claim's, and the passage lacks them.
    assert.equal(verdictOf(speech, 'We have suffered three recessions in the last seven years, lawmakers were reminded by Kennedy.').verdict, 'unsupported');
  });
});
