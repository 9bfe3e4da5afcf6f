// The findings as shown (findings/settle.ts): settled sentence by sentence so that a long brief's
// findings are settled in steps (issue 16). On any findings and sentence starts it must give
// exactly what one pass over all of them gives: the severity filter, withoutRedundant, then the sort.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { byPosition, FindingsBySentence, settledInSteps } from '../../../src/core/findings/settle';
import { withoutRedundant } from '../../../src/core/findings/redundant';
import { finishSteps } from '../../../src/core/timeSlices';
import type { Finding, FindingCode } from '../../../src/core/types';

function found(code: FindingCode, start: number, end: number, message: string): Finding {
  return { code, severity: 'warning', message, range: { start: { line: 0, character: start }, end: { line: 0, character: end } }, span: { start, end }, targetText: '', fixes: [] };
}

const shown = (f: Finding): string => `${f.code}@${f.span.start}-${f.span.end}: ${f.message}`;
/** Misquotes are switched off in these tests: the filter runs before the redundancy is judged. */
const shownAs = (f: Finding): Finding | undefined => (f.code === 'misquote' ? undefined : { ...f, severity: 'error' });

function settled(findings: readonly Finding[], starts: readonly number[], perStep: number): { list: string[]; steps: number } {
  const bySentence = new FindingsBySentence(starts);
  for (const f of findings) bySentence.push(f);
  const steps = settledInSteps(bySentence, shownAs, perStep);
  let count = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) count++;
  return { list: step.value.map(shown), steps: count };
}

describe('findings settled sentence by sentence (settledInSteps)', () => {
  it('keeps the order of the brief, merges twins inside a sentence, and yields every few sentences', () => {
    // Sentences start at 0, 50 and 100; a finding at 5 comes before any sentence at 10.
    const findings = [found('unsupported-claim', 100, 140, 'u3'), found('contradicted-figure', 60, 64, 'Source says 40'), found('inconsistent-fact', 60, 64, 'The brief states 40'), found('misquote', 12, 20, 'm1'), found('unsupported-claim', 10, 40, 'u1'), found('unsupported-claim', 5, 8, 'u0')];
    const result = settled(findings, [100, 10, 50], 2);
    assert.deepEqual(result.list, ['unsupported-claim@5-8: u0', 'unsupported-claim@10-40: u1', 'inconsistent-fact@60-64: The brief states 40. Source says 40', 'unsupported-claim@100-140: u3']);
    // Four groups (before the first sentence, then three), a step after every second.
    assert.equal(result.steps, 2);
  });

  it('property: the same findings in the same order as one pass over all of them', () => {
    const codes: FindingCode[] = ['unsupported-claim', 'inconsistent-fact', 'contradicted-figure', 'contradicted-date', 'misquote'];
    const anyFinding = fc.record({ code: fc.constantFrom(...codes), sentence: fc.nat(5), offset: fc.nat(8), length: fc.nat(6), tag: fc.nat(9) });
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (drawn, perStep) => {
        // Six sentences of twenty characters; a claim's findings stay inside its sentence.
        const starts = [0, 20, 40, 60, 80, 100];
        const findings = drawn.map((d) => found(d.code, d.sentence * 20 + d.offset, d.sentence * 20 + d.offset + d.length, `${d.code} ${d.tag}`));
        const onePass = withoutRedundant(findings.flatMap((f) => shownAs(f) ?? [])).sort(byPosition);
        assert.deepEqual(settled(findings, starts, perStep).list, onePass.map(shown));
        assert.deepEqual(finishSteps(settledInSteps(new FindingsBySentence([]), shownAs, perStep)), []);
      }),
      { numRuns: 300 },
    );
  });
});
