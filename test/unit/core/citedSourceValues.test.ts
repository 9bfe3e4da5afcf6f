// A cited claim is judged by its cited source (issue 13): a figure or date that only a source the
// claim does not cite gives otherwise is that source's fact, not a correction of the cited one.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';

const NIXON = 'I shall propose a new program of income support for working families. It will place a floor under the income of every family with children in America.';
const CARTER = 'For a typical family of four, this means an annual saving of more than $250 a year, or a tax reduction of about 20 percent.';

function checked(claim: string): { verdict: string; findings: string[] } {
  const corpus = new Corpus([
    { key: 'nixon1970', title: 'Address of 1970', file: '/corpus/nixon1970.txt', text: NIXON },
    { key: 'carter1978', title: 'Address of 1978', file: '/corpus/carter1978.txt', text: CARTER },
  ]);
  const result = new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1);
  return {
    verdict: result.sentences[0]?.verdict ?? '(none)',
    findings: result.findings.map((f) => `${f.code}: ${f.message}`),
  };
}

describe('a cited claim and a value only an uncited source gives otherwise', () => {
  it('is unsupported, not contradicted with the other source\'s value, and that source is not offered as the right key', () => {
    const result = checked('That plan would guarantee a typical family of four $1,600 a year [@nixon1970].');
    assert.equal(result.verdict, 'unsupported');
    assert.deepEqual(result.findings, ['unsupported-claim: No source states this; [@nixon1970] says nothing on it']);
  });

  it('is still contradicted when the source it cites gives another value', () => {
    assert.equal(checked('For a typical family of four this means an annual saving of more than $400 a year [@carter1978].').verdict, 'contradicted');
  });

  it('is contradicted by any source when it cites none', () => {
    assert.equal(checked('For a typical family of four this means an annual saving of more than $400 a year.').verdict, 'contradicted');
  });
});
