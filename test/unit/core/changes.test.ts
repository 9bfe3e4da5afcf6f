// Changes of a figure read as values (from/to, a delta with its direction, a factor), and the
// verdicts a user sees when a claim's change meets a source's.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { analyze } from '../../../src/core/claims/analyze';
import { readChanges } from '../../../src/core/claims/changes';
import { Corpus } from '../../../src/core/corpus/corpus';
import type { LoadedSource } from '../../../src/core/corpus/fileSystem';
import '../../../src/node/lexicon';

function changes(text: string): string[] {
  const a = analyze(text, 0);
  return readChanges(a.tokens, a.quantities).map((c) =>
    [c.direction > 0 ? 'up' : c.direction < 0 ? 'down' : '?', c.from ? `from ${c.from.value} ${c.from.kind}` : '', c.to ? `to ${c.to.value} ${c.to.kind}` : '', c.delta ? `by ${c.delta.value} ${c.delta.kind}` : '', c.factor !== undefined ? `x${c.factor}` : '']
      .filter(Boolean)
      .join(' '),
  );
}

function source(key: string, text: string): LoadedSource {
  return { key, title: key, file: `/corpus/${key}.txt`, text };
}

const FILLER = 'Licence fees shaped the early software market. Several governments funded national laboratories. Browsers competed fiercely during the following decade.';

function verdict(sourceText: string, claim: string): string {
  const corpus = new Corpus([source('report', `${FILLER} ${sourceText} ${FILLER}`)]);
  const sentence = new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences[0];
  return sentence?.verdict ?? '(none)';
}

/** The value fix the claim's finding offers, as "claimed → source". */
function fix(sourceText: string, claim: string): string {
  const corpus = new Corpus([source('report', `${FILLER} ${sourceText} ${FILLER}`)]);
  const findings = new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).findings;
  const edit = findings.flatMap((f) => f.fixes).find((x) => x.kind === 'replace-value')?.edits[0];
  return edit ? `${claim.slice(edit.span.start, edit.span.end)} → ${edit.newText}` : '(no fix)';
}

describe('changes of a figure', () => {
  const valid: [string, string[]][] = [
    ['Unemployment fell from 40 to 25 percent.', ['down from 40 percent to 25 percent']],
    ['Exports grew from $5 billion to $7.5 billion.', ['up from 5000000000 money to 7500000000 money']],
    ['Unemployment fell by 15 percentage points.', ['down by 15 count']],
    ['The agency employs 15,000 fewer people than in 2010.', ['down by 15000 count']],
    ['The number of charter schools has doubled since 1993.', ['up x2']],
    ['The number of charter schools has tripled.', ['up x3']],
    ['The deficit was halved.', ['down x0.5']],
    ['Oil imports had been cut by nearly 60 percent.', ['down by 60 percent']],
    ['Congress cut the number of earmarks in half.', ['down x0.5']],
    // A present form that is a noun too is a verb after no number or determiner.
    ['My budget nearly doubles funding for homeland security.', ['up x2']],
    // After "by", a fraction is the amount of the change.
    ['Production of enriched uranium was cut by a third.', ['down by 33.33333333333333 percent']],
    // "-fold" after a verb of change is its factor.
    ['The world price of oil has risen fourfold.', ['up x4']],
  ];
  for (const [text, expected] of valid) it(`reads "${text}"`, () => assert.deepEqual(changes(text), expected));

  const invalid = [
    'More than 60 countries signed the treaty.', // a bound, not a change
    'The law took effect from 2019.', // "from" without "to"
    'The report was written by 12 authors.', // "by" without a verb of change
    'Half of the schools are in cities.', // a share, not a factor
    'He hit 540 doubles and 113 triples.', // nouns, not changes
    'The team won the doubles in 2019.', // a noun after a determiner
  ];
  for (const text of invalid) it(`reads no change in "${text}"`, () => assert.deepEqual(changes(text), []));
});

describe('verdicts on changes', () => {
  const passage = 'The share of households without broadband fell from 40 to 25 percent between 2015 and 2020.';
  it('supports a delta the source states as from/to', () => {
    assert.equal(verdict(passage, 'The share of households without broadband fell by 15 percentage points between 2015 and 2020.'), 'supported');
  });
  it('supports a factor the source states as from/to', () => {
    assert.equal(verdict('Spending on school meals rose from $2 billion to $4 billion between 2015 and 2020.', 'Spending on school meals doubled between 2015 and 2020.'), 'supported');
  });
  it('contradicts a factor the source refutes', () => {
    assert.equal(verdict('The number of charter schools in the country has tripled since 1993.', 'The number of charter schools in the country has doubled since 1993.'), 'contradicted');
    assert.equal(verdict('Spending on school meals rose from $2 billion to $4 billion between 2015 and 2020.', 'Spending on school meals tripled between 2015 and 2020.'), 'contradicted');
  });
  it('meets each factor with its equal when the source states two', () => {
    const two = 'Communities engaged in urban renewal have doubled and renewal projects have more than tripled since 1953.';
    assert.equal(verdict(two, 'Communities engaged in urban renewal have doubled and renewal projects have more than tripled since 1953.'), 'supported');
    assert.equal(verdict(two, 'Communities engaged in urban renewal have doubled and renewal projects have more than tripled since 1945.'), 'contradicted');
  });
  it('leaves a factor the source does not state unsupported, as a figure', () => {
    assert.equal(verdict('Congress opened the way to 3,000 charter schools in the country since 1993.', 'The number of charter schools in the country has tripled since 1993.'), 'unsupported');
  });
  it('contradicts a figure moved the opposite way', () => {
    assert.equal(verdict('The government has stepped forward, adding more than 100,000 new soldiers and police during the past year.', 'The government has cut more than 100,000 soldiers and police during the past year.'), 'contradicted');
    assert.equal(verdict('The government has stepped forward, adding more than 100,000 new soldiers and police during the past year.', 'The government has added more than 100,000 soldiers and police during the past year.'), 'supported');
  });
  it('reads a noun of change the way WordNet\'s verb it derives from goes ("reduction" <- "reduce")', () => {
    const budget = 'It will call for total expenditures of $97,900 million, compared to $98,400 million for the current year, a reduction of more than $500 million.';
    assert.equal(verdict(budget, 'Total expenditures of $97.9 billion meant an increase of more than $500 million on the current year.'), 'contradicted');
    assert.equal(verdict(budget, 'Total expenditures of $97.9 billion meant a reduction of more than $500 million on the current year.'), 'supported');
    assert.equal(verdict(budget, 'Total expenditures of $97.9 billion meant a decline of more than $500 million on the current year.'), 'supported');
  });
  it('reads a verb of change the way WordNet\'s hierarchy puts its first sense ("widened" is a manner of "increase")', () => {
    const gap = 'Over the decade the pay gap between the two regions widened by 12 percent.';
    assert.equal(verdict(gap, 'Over the decade the pay gap between the two regions narrowed by 12 percent.'), 'contradicted');
    assert.equal(verdict(gap, 'Over the decade the pay gap between the two regions shrank by 12 percent.'), 'contradicted');
    assert.equal(verdict(gap, 'Over the decade the pay gap between the two regions widened by 12 percent.'), 'supported');
    assert.deepEqual(['widened', 'shortened', 'accelerated', 'built', 'included', 'concentrated'].map((word) => changes(`Spending ${word} by 12 percent.`)[0] ?? '(none)'), ['up by 12 percent', 'down by 12 percent', 'up by 12 percent', '(none)', '(none)', '(none)']);
  });
  it('reads jobs created and jobs shed or lost as counts moved opposite ways', () => {
    const surge = 'That is part of a manufacturing surge that has created nearly 900,000 new jobs in the past six years.';
    assert.equal(verdict(surge, 'Manufacturing had shed nearly 900,000 jobs over the previous six years.'), 'contradicted');
    assert.equal(verdict(surge, 'Manufacturing had lost nearly 900,000 jobs over the previous six years.'), 'contradicted');
    assert.equal(verdict(surge, 'Manufacturing had created nearly 900,000 jobs over the previous six years.'), 'supported');
  });
  it('contradicts a delta moved the other way from the source’s change of the same measure, with the direction as the fix', () => {
    assert.equal(verdict(passage, 'The share of households without broadband rose by 15 percentage points between 2015 and 2020.'), 'contradicted');
    const fewer = 'The agency employs 15,000 fewer people than in 2010.';
    assert.equal(verdict(fewer, 'The agency employs 15,000 more people than in 2010.'), 'contradicted');
    assert.equal(verdict(fewer, 'The agency employs 15,000 fewer people than in 2010.'), 'supported');
    assert.equal(fix(passage, 'The share of households without broadband rose by 15 percentage points between 2015 and 2020.'), 'rose → fell');
  });
  it('reads a move the other way in another clause of the passage as another statement', () => {
    const list = 'The number of surplus labor areas has declined from 101 to 60; employment has increased by a million jobs; and the factory work-week has risen to 40 hours.';
    assert.equal(verdict(list, 'The number of surplus labour areas fell from 101 to 60.'), 'supported');
    // Beside the claim's own words the opposite move still contradicts.
    assert.equal(verdict(list, 'The number of surplus labour areas rose from 101 to 60.'), 'contradicted');
  });
  it('supports a factor the source states with another word, and reads a factor as a fact to check', () => {
    const passage = 'Economic disruptions stem in part from the fact that the world price of petroleum has quadrupled in the last year.';
    assert.equal(verdict(passage, 'Economic disruptions stem in part from the fact that the world price of petroleum has risen fourfold in the last year.'), 'supported');
    // The factor says the way too: "risen" is borne out by "quadrupled" where the claim words differ more.
    assert.equal(verdict(passage, 'The world price of oil had risen fourfold over the previous year, he observed.'), 'supported');
    assert.equal(verdict(passage, 'The world price of oil had fallen over the last year.'), 'contradicted');
    // Without a name or a number the factor alone makes it a claim, not a general statement.
    assert.notEqual(verdict(passage, 'The world price of petroleum has risen fivefold in the last year.'), 'supported');
    assert.notEqual(verdict(passage, 'The world price of petroleum has quintupled in the last year.'), 'supported');
  });
  it('an equivalent of the claim word elsewhere does not outweigh its opposite in the claim word\'s role', () => {
    const passage = 'Last year, despite rising production and demand, consumer prices held almost steady and wholesale prices declined.';
    assert.equal(verdict(passage, 'Last year, despite production and demand, consumer prices held almost steady and wholesale prices rose.'), 'contradicted');
    assert.equal(verdict(passage, 'Last year, despite rising production and demand, consumer prices held almost steady and wholesale prices declined.'), 'supported');
  });
  it('a word the claim shares across a semicolon gives its equivalent elsewhere no role', () => {
    const passage = 'Last year, 1961, despite rising production and demand, consumer prices held almost steady-and wholesale prices declined.';
    assert.notEqual(verdict(passage, 'Consumer prices almost steady in 1961; wholesale prices rose.'), 'supported');
  });
  it('leaves an opposite move of another measure alone', () => {
    const other = 'Exports to the region fell by 15,000 tonnes in 2019, while the harvest was stable.';
    assert.notEqual(verdict(other, 'Imports of fertiliser rose by 15,000 tonnes in 2019.'), 'contradicted');
  });
  it('never supports a delta the source does not bear out', () => {
    assert.notEqual(verdict(passage, 'The share of households without broadband fell by 20 percentage points between 2015 and 2020.'), 'supported');
    assert.notEqual(verdict(passage, 'The share of households without broadband rose by 15 percentage points between 2015 and 2020.'), 'supported');
  });
});
