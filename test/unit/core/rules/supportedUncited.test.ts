import * as assert from 'assert';
import { applyEdits, type Corpus } from '../../../../src/core';
import { check, codes, findingAt, seedCorpus } from '../helpers';
import { nth } from '../../../support/present';

describe('rule: supported-uncited', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('hints that a supported sentence cites nothing; the fix inserts " [@key]" before the final period', () => {
    const text = 'Huawei and ZTE have been declared national security risks by the United States.';
    const result = check(corpus, text);
    assert.deepStrictEqual(codes(result), ['supported-uncited']);
    const f = findingAt(result);
    assert.strictEqual(f.severity, 'hint');
    assert.strictEqual(f.targetText, text);
    assert.deepStrictEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 79 } });
    assert.strictEqual(f.message, 'Supported by [@opensourcechina]; add the citation');
    assert.ok(f.evidence?.text.startsWith('The United States has declared'));
    const cite = nth(f.fixes, 0, 'fix');
    assert.deepStrictEqual([cite.kind, cite.title, cite.isPreferred, cite.safe], ['insert-citation', 'Cite [@opensourcechina]', true, true]);
    assert.deepStrictEqual(cite.edits.map((e) => [e.span, e.range, e.newText]), [
      [{ start: 78, end: 78 }, { start: { line: 0, character: 78 }, end: { line: 0, character: 78 } }, ' [@opensourcechina]'],
    ]);
    const fixed = applyEdits(text, cite.edits);
    assert.strictEqual(fixed, 'Huawei and ZTE have been declared national security risks by the United States [@opensourcechina].');
    assert.deepStrictEqual(codes(check(corpus, fixed)), []);
  });

  it('inserts before a closing quote and period together', () => {
    const text = 'Liz Kendall gave her first AI speech almost six months after taking office.';
    const f = check(corpus, `Intro line.\n\n${text}`).findings.find((x) => x.code === 'supported-uncited');
    assert.ok(f);
    assert.deepStrictEqual(nth(f.fixes, 0, 'fix').edits.map((e) => [e.range.start, e.newText]), [[{ line: 2, character: 74 }, ' [@lwin2026gold]']]);
  });

  it('is not reported when the sentence cites something', () => {
    assert.deepStrictEqual(codes(check(corpus, 'Huawei and ZTE have been declared national security risks by the United States [@opensourcechina].')), []);
  });
});
