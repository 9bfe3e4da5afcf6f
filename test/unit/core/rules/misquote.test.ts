import * as assert from 'assert';
import { applyEdits, type Corpus } from '../../../../src/core';
import { check, codes, seedCorpus } from '../helpers';
import { balanced, quotableText } from '../../../../src/core/findings/rules/quotable';
import { inlineBalanced } from '../../property/properties';
import { nth } from '../../../support/present';

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
    const restore = nth(f.fixes, 0, 'fix');
    assert.deepStrictEqual([restore.kind, restore.title, restore.safe, restore.isPreferred], ['restore-quote', 'Restore the exact quotation from [@opensourcechina]', true, true]);
    const fixed = applyEdits(text, restore.edits);
    assert.strictEqual(fixed, 'Chinese startups have begun to "win the open source AI race" [@opensourcechina].');
    assert.deepStrictEqual(codes(check(corpus, fixed)), []);
  });

  it('accepts a verbatim quotation in curly quotes', () => {
    const result = check(corpus, 'Chinese startups have begun to “win the open source AI race” [@opensourcechina].');
    assert.deepStrictEqual(codes(result), []);
  });

  it('leaves alone words the writer only mentions in quotation marks in uncited analysis: an expected question, a phrase held up', () => {
    for (const text of [
      '**"Will open models lose the open source AI race?"**',
      'Claims should be reported with their year, since "win the open source race" statements are easy to frame.',
    ]) {
      const result = check(corpus, text);
      assert.deepStrictEqual(result.findings.filter((f) => f.code === 'misquote'), [], text);
    }
    // The same words cited, or stated as a fact, are a quotation of the source.
    const cited = check(corpus, 'Will Chinese startups "lose the open source AI race"? [@opensourcechina]');
    assert.deepStrictEqual(cited.findings.filter((f) => f.code === 'misquote').map((f) => f.targetText), ['lose the open source AI race']);
  });

  it('ignores quotations of fewer than three words', () => {
    const result = check(corpus, 'Huawei and ZTE have been declared "risks" by the United States [@opensourcechina].');
    assert.ok(!codes(result).includes('misquote'));
  });

  it('a quotation that takes in the source\'s own quotation marks is restored with single marks inside, balanced', () => {
    const text = 'As one essay puts it, Chinese startups have "started to win the open-source AI contest" [@opensourcechina].';
    const f = check(corpus, text).findings.find((x) => x.code === 'misquote');
    assert.ok(f);
    assert.strictEqual(f.message, 'Not verbatim: the source reads “begun to ‘win the open source AI race’” [@opensourcechina]');
    assert.strictEqual(f.fixes[0]?.edits[0]?.newText, 'begun to ‘win the open source AI race’');
    const fixed = applyEdits(text, f.fixes[0]?.edits ?? []);
    assert.strictEqual(fixed, 'As one essay puts it, Chinese startups have "begun to ‘win the open source AI race’" [@opensourcechina].');
    assert.ok(inlineBalanced(fixed));
    // The evidence is the quoted passage, the one the message is about.
    assert.ok(f.evidence?.text.includes('begun to “win the open source AI race,”'));
  });
});

describe('rules/quotable', () => {
  it('makes nested quotation marks single inside double ones, drops a mark left open at either end, and offers nothing it cannot balance', () => {
    assert.strictEqual(quotableText('begun to “win the race”', '"'), 'begun to ‘win the race’');
    assert.strictEqual(quotableText('begun to “win the race', '“'), undefined, 'no fix rather than an open mark');
    assert.strictEqual(quotableText('“win the race', '"'), 'win the race');
    assert.strictEqual(quotableText('the “race”', '‘'), 'the “race”');
    assert.strictEqual(balanced('it’s the ‘race’'), true);
    assert.strictEqual(balanced('the ‘race'), false);
  });
});
