// A duration measures a span's length only when it is not a part of a longer span ("the last four
// years of his reign") nor a rate ("eighteen years per reign"): those are other measures, and no
// rival of the length a claim states. The verdicts a user sees.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';

const FILLER = 'Licence fees shaped the early software market. Several governments funded national laboratories. Browsers competed fiercely during the following decade.';

function verdict(sourceText: string, claim: string): string {
  const corpus = new Corpus([{ key: 'report', title: 'report', file: '/corpus/report.txt', text: `${FILLER} ${sourceText} ${FILLER}` }]);
  return new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences[0]?.verdict ?? '(none)';
}

describe('durations of another measure', () => {
  it('does not contradict the length of a reign with the last years of it', () => {
    const source = 'Two traders met the king during the last four years of his reign over the coastal provinces.';
    assert.notEqual(verdict(source, 'The king\'s reign over the coastal provinces lasted twelve years.'), 'contradicted');
  });
  it('does not contradict a length with a rate in years per reign', () => {
    const source = 'The historian assumed an average of eighteen years per reign over the coastal provinces.';
    assert.notEqual(verdict(source, 'The reign over the coastal provinces lasted twelve years.'), 'contradicted');
  });
  it('still contradicts a part of a span with another part, and a length with another length', () => {
    const part = 'Two traders met the king during the last four years of his reign over the coastal provinces.';
    assert.equal(verdict(part, 'Two traders met the king during the last six years of his reign over the coastal provinces.'), 'contradicted');
    const whole = 'The king\'s reign over the coastal provinces lasted eighteen years.';
    assert.equal(verdict(whole, 'The king\'s reign over the coastal provinces lasted twelve years.'), 'contradicted');
  });
});
