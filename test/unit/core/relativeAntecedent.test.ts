// A relative clause split from its sentence (", which he dated to 2005") is checked with its
// antecedent's words after it, as a table row is with its column headers: the clause alone
// names nothing a source could be found by (issue 13, item 1).
import * as assert from 'assert';
import { Corpus } from '../../../src/core/corpus/corpus';
import type { LoadedSource } from '../../../src/core/corpus/fileSystem';
import { parseBrief } from '../../../src/core/brief/parse';
import { nth } from '../../support/present';
import { check } from './helpers';

function source(key: string, text: string): LoadedSource {
  return { key, title: key, file: `/corpus/${key}.txt`, text };
}

const SPEECH = [
  'Our troops have made real progress in the western provinces this year.',
  'In the spring of 2011, village elders turned against the insurgents and started a movement called the Valley Compact.',
  'The movement spread to three neighbouring districts within months.',
  'We will keep supporting the people who chose peace.',
].join(' ');

describe('a relative clause read with its antecedent', () => {
  const corpus = new Corpus([source('speech', SPEECH)]);
  const text = 'The President praised the elders and credited the Valley Compact, which he dated to 2009 [@speech].';

  it('keeps the words before ", which" as the clause\'s antecedent', () => {
    const claims = nth(parseBrief(text).sentences, 0, 'sentence').claims;
    assert.deepStrictEqual(claims.map((c) => [c.text, c.antecedent]), [
      ['The President praised the elders and credited the Valley Compact', undefined],
      ['which he dated to 2009 [@speech].', 'elders and credited the Valley Compact'],
    ]);
  });

  it('contradicts the clause\'s date by the passage on its antecedent, the finding on the date', () => {
    const result = check(corpus, text);
    // (The first clause, a paraphrase, gets only an information-level "not verified".)
    const shown = (r: typeof result) => r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepStrictEqual(shown(result).map((f) => [f.code, f.targetText, f.message]), [['contradicted-date', '2009', 'Source says “2011”, not “2009” [@speech]']]);
    assert.deepStrictEqual(nth(shown(result), 0, 'finding').span, { start: text.indexOf('2009'), end: text.indexOf('2009') + 4 });
    assert.deepStrictEqual(shown(check(corpus, text.replace('2009', '2011'))).map((f) => f.code), []);
  });
});

describe('a gapped fragment read with the words of the clause before', () => {
  const corpus = new Corpus([
    source('early', 'The council said rents had risen by 8 percent over the year, the steepest rise since records began.'),
    source('late', 'By 2021 the council reported that rents had risen by almost 30 percent since the survey.'),
  ]);
  const text = 'The Council reported that rents had risen by 8 percent in 2019 [@early], and in 2021 by almost 25 percent [@late].';
  const shown = (r: ReturnType<typeof check>) => r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => [f.code, f.targetText, f.message]);

  it('keeps the clause before\'s words, without its figures, dates and names, as the fragment\'s context', () => {
    const claims = nth(parseBrief(text).sentences, 0, 'sentence').claims;
    assert.deepStrictEqual(claims.map((c) => [c.text, c.antecedent]), [
      ['The Council reported that rents had risen by 8 percent in 2019 [@early]', undefined],
      ['in 2021 by almost 25 percent [@late].', 'reported that rents had risen by percent in'],
    ]);
  });

  it('contradicts the fragment\'s figure by its own citation, and never calls the two clauses one fact', () => {
    // The first clause's year is one its cited source never gives: that year, not the clause, is unsupported.
    const unstatedYear = ['unsupported-claim', '2019', 'No source states “2019”; [@early] gives no such figure'];
    assert.deepStrictEqual(shown(check(corpus, text)), [unstatedYear, ['contradicted-figure', '25 percent', 'Source says “30 percent”, not “25 percent” [@late]']]);
    assert.deepStrictEqual(shown(check(corpus, text.replace('25 percent', '30 percent'))), [unstatedYear]);
    assert.deepStrictEqual(shown(check(corpus, text.replace('25 percent', '30 percent').replace(' in 2019', ''))), []);
  });
});
