// One problem, one finding (findings/redundant.ts): an unsupported-claim around an
// inconsistent-fact goes, and a contradicted value the brief also states otherwise is one finding.
// The rule sorts and indexes the findings once (issue 16): on any set of findings it must keep
// exactly what a scan of every pair keeps, the reference below.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { withoutRedundant } from '../../../src/core/findings/redundant';
import type { Finding, FindingCode } from '../../../src/core/types';

function found(code: FindingCode, start: number, end: number, message: string = code): Finding {
  return { code, severity: code === 'unsupported-claim' ? 'warning' : 'error', message, range: { start: { line: 0, character: start }, end: { line: 0, character: end } }, span: { start, end }, targetText: '', fixes: [] };
}

/** What the rule keeps, by a scan of every pair: which findings stay and which carry a merged message. */
function reference(findings: readonly Finding[]): string[] {
  const inconsistent = findings.filter((f) => f.code === 'inconsistent-fact');
  if (inconsistent.length === 0) return findings.map(shown);
  const kept = findings.filter((f) => f.code !== 'unsupported-claim' || !inconsistent.some((i) => i.span.start >= f.span.start && i.span.end <= f.span.end));
  const dropped = new Set<Finding>();
  const merged = new Map<Finding, string>();
  for (const c of kept) {
    const which = c.code === 'contradicted-figure' ? 'inconsistency' : c.code === 'contradicted-date' ? 'contradiction' : undefined;
    const twin = which && inconsistent.find((i) => !dropped.has(i) && i.span.start === c.span.start && i.span.end === c.span.end);
    if (!which || !twin) continue;
    const [stays, goes] = which === 'inconsistency' ? [twin, c] : [c, twin];
    dropped.add(goes);
    merged.set(stays, `${stays.code}@${stays.span.start}-${stays.span.end}: ${stays.message}. ${goes.message}`);
  }
  return kept.filter((f) => !dropped.has(f)).map((f) => merged.get(f) ?? shown(f));
}

function shown(f: Finding): string {
  return `${f.code}@${f.span.start}-${f.span.end}: ${f.message}`;
}

describe('one problem, one finding (withoutRedundant)', () => {
  it('drops an unsupported-claim around an inconsistent-fact, and keeps one elsewhere', () => {
    const findings = [found('unsupported-claim', 0, 40), found('inconsistent-fact', 10, 14), found('unsupported-claim', 50, 90)];
    assert.deepEqual(withoutRedundant(findings).map(shown), ['inconsistent-fact@10-14: inconsistent-fact', 'unsupported-claim@50-90: unsupported-claim']);
  });

  it('merges a contradicted figure with the inconsistency on the same words, and a date into its contradiction', () => {
    const findings = [found('contradicted-figure', 5, 9, 'Source says 40'), found('inconsistent-fact', 5, 9, 'The brief states 40'), found('contradicted-date', 20, 24, 'Source says 1997'), found('inconsistent-fact', 20, 24, 'The brief states 1997')];
    assert.deepEqual(withoutRedundant(findings).map(shown), ['inconsistent-fact@5-9: The brief states 40. Source says 40', 'contradicted-date@20-24: Source says 1997. The brief states 1997']);
  });

  it('property: keeps exactly what a scan of every pair keeps', () => {
    const codes: FindingCode[] = ['unsupported-claim', 'inconsistent-fact', 'contradicted-figure', 'contradicted-date', 'misquote'];
    const anyFinding = fc.record({ code: fc.constantFrom(...codes), start: fc.integer({ min: 0, max: 30 }), length: fc.integer({ min: 0, max: 12 }), tag: fc.nat(9) });
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 25 }), (drawn) => {
        const findings = drawn.map((d) => found(d.code, d.start, d.start + d.length, `${d.code} ${d.tag}`));
        assert.deepEqual(withoutRedundant(findings).map(shown), reference(findings));
      }),
      { numRuns: 500 },
    );
  });
});
