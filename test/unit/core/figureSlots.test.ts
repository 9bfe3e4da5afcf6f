// A bare count (no unit to compare) meets another value where the words around both are the same:
// the verdicts and fixes a user sees.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';

const FILLER = 'Licence fees shaped the early software market. Several governments funded national laboratories. Browsers competed fiercely during the following decade.';

function checked(sourceText: string, claim: string): { verdict: string; fix: string } {
  const corpus = new Corpus([{ key: 'report', title: 'report', file: '/corpus/report.txt', text: `${FILLER} ${sourceText} ${FILLER}` }]);
  const result = new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1);
  const edit = result.findings.flatMap((f) => f.fixes).find((x) => x.kind === 'replace-value')?.edits[0];
  return { verdict: result.sentences[0]?.verdict ?? '(none)', fix: edit ? `${claim.slice(edit.span.start, edit.span.end)} → ${edit.newText}` : '(no fix)' };
}

describe('bare counts in the same slot', () => {
  it('contradicts another count where the words either side are the same, with the source figure as the fix', () => {
    const source = 'The law prohibits employers from requiring retirement prior to age 70, and removes mandatory retirement for most federal employees.';
    assert.deepEqual(checked(source, 'The law prohibits employers from requiring retirement prior to age 84, and removes mandatory retirement for most federal employees.'), { verdict: 'contradicted', fix: '84 → 70' });
    const warm = 'One year does not make a trend, but this does: 14 of the 15 warmest years on record have fallen in this century.';
    assert.equal(checked(warm, 'One year does not make a trend, but this does: 18 of the 15 warmest years on record have fallen in this century.').verdict, 'contradicted');
  });
  it('supports the same count and leaves a count in another slot alone', () => {
    const source = 'The council met 12 times in 2019 and approved the harbour plan after a long debate.';
    assert.equal(checked(source, 'The council met 12 times in 2019 and approved the harbour plan after a long debate.').verdict, 'supported');
    assert.notEqual(checked(source, 'The council hired 30 staff in 2019 and approved the harbour plan after a long debate.').verdict, 'contradicted');
  });
});
