// A figure of a cited claim that the cited source never gives, though it has a passage on the
// claim's subject: pointed at itself, as unsupported, or as a contradiction (a warning, no fix)
// when that passage gives the same measure one other value.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../../src/core';
import { Corpus } from '../../../../src/core/corpus/corpus';
import '../../../../src/node/lexicon';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';
const PASSAGE = 'China has had a clear open source strategy for 8 years, which has seen it build an ecosystem of developers.';
const corpus = new Corpus([{ key: 'plan', title: 'plan', file: '/corpus/plan.txt', text: `${FILLER} ${PASSAGE} ${FILLER}` }]);

function shown(claim: string): [string, string, string, string, string[]][] {
  const result = new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1);
  return result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => [f.code, f.severity, f.targetText, f.message, f.fixes.map((x) => x.kind)]);
}

describe('rule: a figure the cited source never gives', () => {
  it('is a contradiction, as a warning without a fix, when the cited passage gives the same measure another value', () => {
    assert.deepEqual(shown('Across its software industry, agencies and universities, China has kept to an open source strategy for 10 years, officials say [@plan].'), [
      ['contradicted-figure', 'warning', '10 years', '[@plan] gives “8 years”, never “10 years”', ['suppress']],
    ]);
  });

  it('is unsupported, on the figure alone, when the passage gives no figure of that measure', () => {
    assert.deepEqual(shown('China has had a clear open source strategy, which has seen it build an ecosystem of 300 developers [@plan].'), [
      ['unsupported-claim', 'warning', '300', 'No source states “300”; [@plan] gives no such figure', ['suppress']],
    ]);
  });

  it('raises no error or warning when the source gives the figure, in digits or in words', () => {
    assert.deepEqual(shown('Across its software industry, agencies and universities, China has kept to an open source strategy for eight years, officials say [@plan].'), []);
  });
});
