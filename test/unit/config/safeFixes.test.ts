import { strict as assert } from 'node:assert';
import { safeFixes, type Finding, type Fix } from '../../../src/core';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const fix = (title: string, start: number, end: number, options: Partial<Fix> = {}): Fix => ({
  title,
  kind: 'replace-value',
  edits: [{ range, span: { start, end }, newText: title }],
  isPreferred: true,
  safe: true,
  ...options,
});
const finding = (code: Finding['code'], fixes: Fix[]): Finding => ({
  code, severity: 'error', message: code, range, span: { start: 0, end: 1 }, targetText: 'x', fixes,
});

describe('findings/safeFixes (what fix-all and check --fix apply)', () => {
  it('takes the preferred safe fix of each finding, never a suppression or an unsafe fix, in document order', () => {
    const chosen = safeFixes({
      findings: [
        finding('contradicted-date', [fix('other', 40, 44, { isPreferred: false }), fix('date', 40, 44)]),
        finding('contradicted-figure', [fix('figure', 10, 15), fix('suppress', 0, 0, { kind: 'suppress', isPreferred: false, safe: false })]),
        finding('citation-mismatch', [fix('swap', 60, 65, { safe: false })]),
        finding('misquote', [fix('', 70, 70, { kind: 'suppress', safe: true })]),
      ],
    });
    assert.deepEqual(chosen.map(({ finding: f, fix: x }) => `${f.code}:${x.title}`), ['contradicted-figure:figure', 'contradicted-date:date']);
  });

  it('takes a safe fix that is not preferred when it is the only one, and drops one overlapping an earlier fix', () => {
    const chosen = safeFixes({
      findings: [
        finding('contradicted-name', [fix('name', 5, 12, { isPreferred: false })]),
        finding('contradicted-figure', [fix('figure', 10, 15)]),
        finding('supported-uncited', [fix('cite', 15, 15, { kind: 'insert-citation' })]),
      ],
    });
    assert.deepEqual(chosen.map(({ fix: x }) => x.title), ['name', 'cite']);
  });
});
