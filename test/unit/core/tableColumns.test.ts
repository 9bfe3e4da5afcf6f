// A table row's column headers give its cells meaning (issue 13, item 3): "£40 million" under
// "Funding" states a funding figure. Ranges stay on the row's cells.
import * as assert from 'assert';
import type { Corpus } from '../../../src/core';
import { cellSpans, columnWords } from '../../../src/core/brief/columns';
import { parseBrief } from '../../../src/core/brief/parse';
import { nth } from '../../support/present';
import { check, codes, findingAt, seedCorpus, sentenceAt } from './helpers';

describe('brief/columns: a row gets its column headers as words', () => {
  it('reads the header over each cell that states something; a column of citations gives none', () => {
    const text = '| Lab | **Funding** (£) | Source |\n|---|---|---|\n| Oxford and UCL | £40 million | [@ukopenlabs] |\n| UK \\| GDP | | |\n';
    const [first, second] = parseBrief(text).sentences;
    assert.deepStrictEqual(first?.columnWords, ['lab', 'funding (£)']);
    assert.deepStrictEqual(nth(first?.claims ?? [], 0, 'claim').columnWords, ['lab', 'funding (£)']);
    // An escaped pipe stays in its cell; empty cells name nothing.
    assert.deepStrictEqual(second?.columnWords, ['lab']);
    assert.strictEqual(first?.text, 'Oxford and UCL | £40 million | [@ukopenlabs]');
  });

  it('keeps a header written as a name a name ("UK", "GDP"), and reads title capitals as words', () => {
    const text = '| UK GDP | Growth Rate |\n|---|---|\n| 2023 | 0.1 percent |\n';
    assert.deepStrictEqual(nth(parseBrief(text).sentences, 0, 'row').columnWords, ['UK GDP', 'growth rate']);
    assert.deepStrictEqual(columnWords(text, text, { start: text.indexOf('| 2023'), end: text.length - 1 }, ['UK GDP', 'Growth Rate']), ['UK GDP', 'growth rate']);
    assert.deepStrictEqual(cellSpans('| a | b |', { start: 0, end: 9 }), [{ start: 1, end: 4 }, { start: 5, end: 8 }]);
  });
});

describe('engine: a table row read with its column headers', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  const table = (rows: string[]) => ['| Lab | Funding | Source |', '|---|---|---|', ...rows, ''].join('\n');

  it('a wrong figure under "Funding" is contradicted, the finding on the cell\'s figure', () => {
    const text = table(['| Oxford and UCL | £40 million | [@ukopenlabs] |']);
    const result = check(corpus, text);
    const row = sentenceAt(result);
    assert.strictEqual(row.verdict, 'contradicted');
    assert.deepStrictEqual(row.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 46 } });
    assert.deepStrictEqual(codes(result), ['contradicted-figure']);
    const finding = findingAt(result);
    assert.strictEqual(finding.message, 'Source says “£60 million”, not “£40 million” [@ukopenlabs]');
    assert.deepStrictEqual(finding.range, { start: { line: 2, character: 19 }, end: { line: 2, character: 30 } });
    assert.strictEqual(finding.targetText, '£40 million');
  });

  it('without the header a row whose cells name nothing beside the figure is only unsupported: the header is what says it is funding', () => {
    // ("Oxford and UCL | £40 million" is compared whatever the header: the source's figure stands beside those names, anchoredValue.test.ts.)
    const row = (header: string) => [`| Lab | ${header} | Source |`, '|---|---|---|', '| The new labs | £40 million | [@ukopenlabs] |', ''].join('\n');
    assert.strictEqual(sentenceAt(check(corpus, row('Note'))).verdict, 'unsupported');
    const funding = check(corpus, row('Funding'));
    assert.strictEqual(sentenceAt(funding).verdict, 'contradicted');
    assert.deepStrictEqual(funding.findings.map((f) => [f.code, f.targetText]), [['contradicted-figure', '£40 million']]);
  });

  it('the right figure stays supported, and header words the source leaves unsaid take no support away', () => {
    const result = check(corpus, table(['| Oxford and UCL | £60 million | [@ukopenlabs] |']));
    assert.strictEqual(sentenceAt(result).verdict, 'supported');
    assert.deepStrictEqual(codes(result), []);
    const focus = ['| Lab | Research focus | Source |', '|---|---|---|', '| Oxford and UCL | quantization | [@ukopenlabs] |', ''].join('\n');
    assert.strictEqual(sentenceAt(check(corpus, focus)).verdict, 'supported');
  });
});
