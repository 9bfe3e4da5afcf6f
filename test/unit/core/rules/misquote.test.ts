import * as assert from 'assert';
import { applyEdits, type Corpus } from '../../../../src/core';
import { check, codes, seedCorpus } from '../helpers';

describe('rule: misquote', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('flags quoted words that are not verbatim in the source, and restores them', () => {
    const text = 'Chinese startups have begun to "lose the open source AI race" [@opensourcechina].';
    const result = check(corpus, text);
    const f = result.findings.find((x) => x.code === 'misquote');
    assert.ok(f, `findings: ${codes(result).join(', ')}`);
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.targetText, 'lose the open source AI race');
    assert.deepStrictEqual(f.span, { start: 32, end: 60 });
    assert.strictEqual(f.message, 'Not verbatim: the source reads “win the open source AI race” [@opensourcechina]');
    const restore = f.fixes[0];
    assert.deepStrictEqual([restore.kind, restore.title, restore.safe, restore.isPreferred], ['restore-quote', 'Restore the exact quotation from [@opensourcechina]', true, true]);
    const fixed = applyEdits(text, restore.edits);
    assert.strictEqual(fixed, 'Chinese startups have begun to "win the open source AI race" [@opensourcechina].');
    assert.deepStrictEqual(codes(check(corpus, fixed)), []);
  });

  it('accepts a verbatim quotation in curly quotes', () => {
    const result = check(corpus, 'Chinese startups have begun to “win the open source AI race” [@opensourcechina].');
    assert.deepStrictEqual(codes(result), []);
  });

  it('ignores quotations of fewer than three words', () => {
    const result = check(corpus, 'Huawei and ZTE have been declared "risks" by the United States [@opensourcechina].');
    assert.ok(!codes(result).includes('misquote'));
  });
});
