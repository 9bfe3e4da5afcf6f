import * as assert from 'assert';
import { applyEdits, type Corpus } from '../../../../src/core';
import { check, codes, findingAt, seedCorpus } from '../helpers';
import { nth } from '../../../support/present';

describe('rule: unknown-citation', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('flags a key no source has, at the key, and offers the nearest keys best first', () => {
    const text = 'Big Tech\'s success was built over 30 years of digital dominance from California [@ukopenlab].';
    const result = check(corpus, text);
    assert.deepStrictEqual(codes(result), ['unknown-citation']);
    const f = findingAt(result);
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.targetText, 'ukopenlab');
    assert.deepStrictEqual(f.range, { start: { line: 0, character: 82 }, end: { line: 0, character: 91 } });
    assert.strictEqual(f.message, 'No source has the key @ukopenlab; did you mean @ukopenlabs, @lwin2026gold, @sovereignthread?');
    assert.deepStrictEqual(
      f.fixes.map((x) => [x.kind, x.title, x.isPreferred, x.edits.map((e) => e.newText)]),
      [
        ['swap-citation', 'Change to @ukopenlabs (UK Invests £60M in Open-Source AI Research Labs)', true, ['ukopenlabs']],
        ['swap-citation', 'Change to @lwin2026gold (UK’s Going for Gold on AI)', false, ['lwin2026gold']],
        ['swap-citation', 'Change to @sovereignthread (A few words on the Sovereign AI debate (and other social media posts on AI sovereignty))', false, ['sovereignthread']],
        ['suppress', 'Suppress unknown-citation on this line', false, ['<!-- brief-lens-disable-next-line unknown-citation -->\n']],
      ],
    );
    assert.strictEqual(applyEdits(text, nth(f.fixes, 0, 'fix').edits), text.replace('[@ukopenlab]', '[@ukopenlabs]'));
  });

  it('flags an unknown in-text key too, and each unknown key of a group', () => {
    const result = check(corpus, 'As @nobody2020 notes, see also [@ukopenlabs; @missing].');
    const unknown = result.findings.filter((f) => f.code === 'unknown-citation');
    assert.deepStrictEqual(unknown.map((f) => f.targetText), ['nobody2020', 'missing']);
  });

  it('is not reported for known keys', () => {
    const result = check(corpus, 'Oxford and UCL share £60 million of new funding for open-source AI labs [@ukopenlabs].');
    assert.ok(!codes(result).includes('unknown-citation'));
  });
});
