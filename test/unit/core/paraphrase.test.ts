// How news and policy pages state facts, and how analysts restate them: found on a set of
// claims about excerpts of real web pages (kept out of the repository: the pages' text is theirs).
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { classify, reportingFrameLength } from '../../../src/core/claims/classify';
import { extractQuantities } from '../../../src/core/claims/quantities';
import { Corpus } from '../../../src/core/corpus/corpus';
import type { LoadedSource } from '../../../src/core/corpus/fileSystem';
import { tokenize } from '../../../src/core/text/tokens';
import { nth } from '../../support/present';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';

function corpusOf(text: string, extra: Partial<LoadedSource> = {}): Corpus {
  return new Corpus([{ key: 'page', title: 'Page', file: '/corpus/page.txt', text: `${FILLER} ${text} ${FILLER}`, ...extra }]);
}

function verdict(corpus: Corpus, claim: string): [string, string[]] {
  const s = nth(new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences, 0, 'sentence');
  return [s.verdict, s.corrections.map((c) => `${c.claimed}->${c.source}`)];
}

function kind(text: string): string {
  const tokens = tokenize(text);
  return classify(text, tokens, true).kind;
}

describe('paraphrase: how pages state facts and briefs restate them', () => {
  it('a compound written as one word on one side and two on the other is the same word', () => {
    const page = corpusOf('Today the federal work force is 200,000 employees smaller than it was in 1993.');
    assert.equal(verdict(page, 'Today the federal workforce is smaller than in 1993.')[0], 'supported');
  });

  it('"pointed out that", "told Congress that" are reporting frames; "confirmed our fears" is none', () => {
    const frame = (t: string): number => reportingFrameLength(tokenize(t), t);
    assert.equal(frame('techUK pointed out that the plan made no commitment.'), 4);
    assert.equal(frame('The minister told Congress that the plan is funded.'), 5);
    assert.equal(frame('Our discoveries in Iraq confirmed our worst fears.'), 0);
  });

  it('a reporting verb inside an opening subordinate clause frames nothing; one after its comma does', () => {
    const frame = (t: string): number => reportingFrameLength(tokenize(t), t);
    assert.equal(frame('After she found her daughter, Suzann Wilson came to the White House.'), 0);
    assert.equal(frame('When asked, the minister said that costs rose.'), 6);
    assert.equal(frame('The minister said that costs rose.'), 4);
  });

  it('a fronted participle of speaking or writing is read as a subordinate clause: the frame follows its comma', () => {
    const frame = (t: string): number => reportingFrameLength(tokenize(t), t);
    // "Writing on 2 February 2025" is six tokens before the subject: past the reach of a frame's verb without this.
    assert.equal(frame('Writing on 2 February 2025, Zin Lwin argued that the plan is funded.'), 9);
    assert.equal(frame('Speaking at the annual conference in Leeds, the minister said that costs rose.'), 11);
    // Any other participle opens no such phrase.
    assert.equal(frame('Rising on 2 February 2025, the index said little about costs.'), 0);
  });

  it('"is set to" is a schedule, not a hedge; "far too small to", "the best hope", "a worrying trade-off" are views', () => {
    assert.equal(kind('French telecoms group Iliad is set to spend €3 billion on AI infrastructure.'), 'claim');
    assert.equal(kind('The £500m unit is far too small to make a real difference.'), 'opinion');
    assert.equal(kind('Open-source AI is the best hope for middle powers.'), 'opinion');
    assert.equal(kind('Relying on Gulf capital is a worrying trade-off for Europe.'), 'opinion');
  });

  it('"Tier 1" and "Article 5" are labels, not counts', () => {
    const q = (t: string): string[] => extractQuantities(t, tokenize(t)).map((x) => x.text);
    assert.deepEqual(q('Tier 1 consists of 18 close allies and partners.'), ['18']);
    assert.deepEqual(q('Under Article 5 of the treaty, 32 members respond.'), ['32']);
  });

  it('an amount whose currency the page states once ("Of the €109 billion, 50 billion will come from MGX")', () => {
    const corpus = corpusOf('Of the €109 billion, 50 billion will come from the United Arab Emirates investment fund, MGX.');
    assert.deepEqual(verdict(corpus, 'Fifty billion euros of the €109 billion will come from the Emirati investment fund MGX.'), ['supported', []]);
  });

  it('an amount in dollars bears out one in Canadian dollars', () => {
    const corpus = corpusOf('The remaining $300 million will provide affordable access to computing power for small and medium-sized businesses.');
    assert.deepEqual(verdict(corpus, 'C$300 million will provide small and medium-sized businesses with affordable access to computing power.'), ['supported', []]);
  });

  it('"Institut Montaigne" for "Thomas More Institute" is a swapped name: the generic word is no shared name', () => {
    const corpus = corpusOf('Critics, like Cyrille Dalmont from the Thomas More Institute, raise concerns about the sovereignty implications.');
    assert.deepEqual(verdict(corpus, 'Cyrille Dalmont from the Institut Montaigne raised concerns about the sovereignty implications.'), ['contradicted', ['Institut Montaigne->Thomas More Institute']]);
  });

  it('a word the page says in another word of the same sense ("freed" / "released") still counts', () => {
    const corpus = corpusOf('Now, Matthew Charles is the very first person to be released from prison under the First Step Act.');
    assert.deepEqual(verdict(corpus, 'Matthew Charles was the first person freed from prison under the First Step Act.'), ['supported', []]);
  });

  it('a verb more specific than the page\'s says the same ("produced" / "created" jobs)', () => {
    const corpus = corpusOf('That is part of a manufacturing surge that has created nearly 900,000 new jobs in the past six years.');
    assert.deepEqual(verdict(corpus, 'A manufacturing surge had produced almost 900,000 new jobs in six years.'), ['supported', []]);
  });

  it('a two-word verb of change going the other way opposes the claim\'s ("had climbed" / "went down"); going its way it does not', () => {
    const claim = 'The mayor acknowledged that the rate of harbour fees had climbed.';
    assert.equal(verdict(corpusOf('Dock traffic grew. The rate of harbour fees went down. Wages rose.'), claim)[0], 'contradicted');
    assert.notEqual(verdict(corpusOf('Dock traffic grew. The rate of harbour fees went up. Wages rose.'), claim)[0], 'contradicted');
  });

  it('a rate is no rival of an amount: "£1m a month" does not contradict "£225m"', () => {
    const corpus = corpusOf('Britain’s new £225m national AI supercomputer launches in Bristol. It will consume almost £1m a month of electricity, and the machine is fitted with 5,400 Nvidia superchips.');
    assert.notEqual(verdict(corpus, 'The £225m supercomputer in Bristol is fitted with 5,400 Nvidia superchips.')[0], 'contradicted');
    assert.ok(nth(extractQuantities('$10.10 an hour', tokenize('$10.10 an hour')), 0, 'quantity').unit.includes('hour'));
  });

  it('the rival figure is the one most of the claim\'s words stand beside', () => {
    const corpus = corpusOf('Government backing: £2 billion for AI initiatives plus £500 million for a Sovereign AI Unit.');
    assert.deepEqual(verdict(corpus, 'The government committed £750 million for a Sovereign AI Unit.'), ['contradicted', ['£750 million->£500 million']]);
  });

  it('"must" in a rule reported ("Under the AI Act, providers must …") is a claim; a bare "must" is a demand', () => {
    assert.equal(kind('To qualify under OSAID v1.0, an AI system must release its training datasets.'), 'claim');
    assert.equal(kind('Under the AI Act, providers of general-purpose models must publish a summary of their training data.'), 'claim');
    assert.equal(kind('The UK must invest £1 billion in compute.'), 'opinion');
  });

  it('a restatement in a word whose rare sense is the page\'s usual one is borne out; an unrelated word is not', () => {
    const corpus = corpusOf('A strong economy and an effective government will restore confidence in America.');
    assert.deepEqual(verdict(corpus, 'A strong economy and an effective government will restore authority in America.'), ['supported', []]);
    const why = (claim: string): string[] => {
      const sentence = nth(new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences, 0, 'sentence');
      return (sentence.explanation?.observations ?? []).filter((o) => o.claim === 'authority' || o.claim === 'discipline').map((o) => `${o.effect} ${o.claim}${o.source ? ` = ${o.source}` : ''}`);
    };
    assert.deepEqual(why('A strong economy and an effective government will restore authority in America.'), ['supports authority = confidence']);
    assert.deepEqual(why('A strong economy and an effective government will restore discipline in America.'), ['missing discipline']);
  });

  it('"22 pct" restates "22 percent"; "23 pct" is another figure', () => {
    const corpus = corpusOf('Over the past year farm income is up 22 percent.');
    assert.deepEqual(verdict(corpus, 'Over the past year farm income is up 22 pct.'), ['supported', []]);
    assert.equal(verdict(corpus, 'Over the past year farm income is up 23 pct.')[0], 'contradicted');
  });

  it('a phrasal verb restates one word, either way ("set aside" / "reserve", "implemented" / "carried out")', () => {
    const why = (corpus: Corpus, claim: string): string[] => {
      const sentence = nth(new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences, 0, 'sentence');
      return [sentence.verdict, ...(sentence.explanation?.observations ?? []).filter((o) => o.source !== undefined && o.claim !== o.source).map((o) => `${o.claim} = ${o.source}`)];
    };
    const reserve = corpusOf('In 1998 the government agreed to reserve the surplus until Social Security was strengthened.');
    assert.deepEqual(why(reserve, 'In 1998 the government agreed to set aside the surplus until Social Security was strengthened.'), ['supported', 'set aside = reserve']);
    const carried = corpusOf('The agency carried out the reform of the pension rules in two years.');
    assert.deepEqual(why(carried, 'The agency implemented the reform of the pension rules in two years.'), ['supported', 'implemented = carried out']);
    // An unrelated verb is aligned with nothing (the verdict then rests on the other words).
    assert.deepEqual(why(carried, 'The agency abolished the reform of the pension rules in two years.').slice(1), []);
  });

  it('a phrasal verb meets its opposite phrasal verb in its role ("step up" / "cut down"), not a phrase elsewhere', () => {
    const corpus = corpusOf('We have decided to cut down our arms transfers abroad on a year-by-year basis.');
    const [verdictOf, conflicts] = verdict(corpus, 'The government decided to step up its arms transfers abroad year by year.');
    assert.equal(verdictOf, 'contradicted');
    assert.deepEqual(conflicts, ['step up->cut down']);
    assert.deepEqual(verdict(corpus, 'The government decided to cut down its arms transfers abroad year by year.'), ['supported', []]);
    // Away from the words the two share, the opposite phrase is another statement.
    const elsewhere = corpusOf('We have decided to keep our arms transfers abroad on a year-by-year basis, and to cut down waste at home.');
    assert.notEqual(verdict(elsewhere, 'The government decided to step up its arms transfers abroad year by year.')[0], 'contradicted');
  });

  it('"warned lawmakers that", "reminded Congress that": the addressee belongs to the frame, not to what is reported', () => {
    const frame = (t: string): number => reportingFrameLength(tokenize(t), t);
    assert.equal(frame('Bush warned lawmakers that the bill would be vetoed.'), 4);
    assert.equal(frame('The minister reminded Congress that the plan is funded.'), 5);
    assert.equal(frame('Officials warned of floods.'), 2);
    const corpus = corpusOf('And Members of Congress should know, if any bill raises taxes reaches my desk, I will veto it.');
    assert.deepEqual(verdict(corpus, 'Bush warned lawmakers that if any bill raises taxes and reaches his desk, he will veto it.'), ['supported', []]);
  });

  it('a word of change going the same way as the passage\'s bears it out where the passage states the figure', () => {
    const corpus = corpusOf('Over the past 7 years, the county has increased funding for rural clinics by more than 40 percent.');
    assert.deepEqual(verdict(corpus, 'Funding for rural clinics has grown by more than 40 percent over seven years.'), ['supported', []]);
    // The other way is still the opposite; another figure is still another figure.
    assert.equal(verdict(corpus, 'Funding for rural clinics has fallen by more than 40 percent over seven years.')[0], 'contradicted');
    assert.equal(verdict(corpus, 'Funding for rural clinics has grown by more than 60 percent over seven years.')[0], 'contradicted');
  });

  it('an approximate figure is read against the value in its own place, not a nearby number within its reach', () => {
    const corpus = corpusOf('Nearly 90 percent of the new clinic jobs do not require a university degree at all; in the same survey, 75 percent do not require a diploma.');
    assert.deepEqual(verdict(corpus, 'Nearly 80 percent of the new clinic jobs do not require a degree.'), ['contradicted', ['80 percent->90 percent']]);
    assert.equal(verdict(corpus, 'Nearly 90 percent of the new clinic jobs do not require a degree.')[0], 'supported');
  });
});
