// A table row whose cells each state something is read cell by cell (issue 13: tables): each
// fact meets the passage that states it, read with the row's key and its column's header. A row
// of values stays one record.
import * as assert from 'assert';
import type { Corpus } from '../../../src/core';
import { parseBrief } from '../../../src/core/brief/parse';
import { rowClaims } from '../../../src/core/brief/rowClaims';
import { nth } from '../../support/present';
import { check, seedCorpus, sentenceAt } from './helpers';

const HEADER = '| Address | Jobs | Health | Source |\n|---|---|---|---|\n';

describe('brief/rowClaims: which rows are read cell by cell', () => {
  const cases: [string, string, string[] | undefined][] = [
    ['two cells that each state a fact, after a key', '| Obama 2016 | More than 14 million new jobs | Nearly 18 million gained health coverage | [@obama] |', ['More than 14 million new jobs', 'Nearly 18 million gained health coverage']],
    ['in a row read cell by cell, a short cell is a claim too', '| Clinton 1996 | Lowest unemployment and inflation in 27 years | Workforce 200,000 smaller | "The era of big Government is over." |', ['Lowest unemployment and inflation in 27 years', 'Workforce 200,000 smaller', '"The era of big Government is over."']],
    ['a row of values is one record', '| Oxford and UCL | £60 million | 2025 | [@ukopenlabs] |', undefined],
    ['a long name is a key, not a statement', '| Global Partnership on AI | Counts China among its members | | [@essay] |', undefined],
  ];
  for (const [what, row, expected] of cases) {
    it(what, () => {
      const text = HEADER + row + '\n';
      const start = text.indexOf(row);
      const prose = text.replace(/\[@\w+\]/g, (citation) => ' '.repeat(citation.length));
      const claims = rowClaims(text, prose, { start, end: start + row.length }, ['Address', 'Jobs', 'Health', 'Source']);
      assert.deepStrictEqual(claims?.map((claim) => text.slice(claim.span.start, claim.span.end)), expected);
    });
  }

  it('gives each cell claim the row key, its header and the row\'s citation', () => {
    const row = '| Obama 2016 | More than 14 million new jobs | Nearly 18 million gained health coverage | [@obama] |';
    const sentence = nth(parseBrief(HEADER + row + '\n').sentences, 0, 'row');
    assert.deepStrictEqual(sentence.claims.map((claim) => [claim.text, claim.antecedent, claim.columnWords, claim.citations.map((c) => c.key)]), [
      ['More than 14 million new jobs', 'Obama 2016', ['jobs'], ['obama']],
      ['Nearly 18 million gained health coverage', 'Obama 2016', ['health'], ['obama']],
    ]);
    assert.strictEqual(sentence.text, 'Obama 2016 | More than 14 million new jobs | Nearly 18 million gained health coverage | [@obama]');
  });
});

describe('engine: a row that states two facts from two passages', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('contradicts the wrong figure in its own cell and supports the other cell', () => {
    const text = '| Body | Funding | Repository | Source |\n|---|---|---|---|\n| UK labs | The Oxford and UCL labs were given £40 million | The repository will host weights for public and academic use | [@ukopenlabs] |\n';
    const result = check(corpus, text);
    const row = sentenceAt(result);
    assert.deepStrictEqual(row.claims?.map((claim) => claim.verdict), ['contradicted', 'supported']);
    assert.deepStrictEqual(result.findings.map((f) => [f.code, f.targetText, f.message]), [['contradicted-figure', '£40 million', 'Source says “£60 million”, not “£40 million” [@ukopenlabs]']]);
    assert.deepStrictEqual(result.findings[0]?.range, { start: { line: 2, character: 47 }, end: { line: 2, character: 58 } });
  });
});
