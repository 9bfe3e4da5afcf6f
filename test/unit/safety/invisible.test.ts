// Invisible characters cannot hide an error (issue 16): a zero-width space, a soft hyphen, a
// no-break space, bidi controls or fullwidth digits inside a figure or a name are folded before
// the claim is compared, and the finding's range and fix still point into the text as written.
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core';
import type { Corpus } from '../../../src/core/corpus/corpus';
import { foldForComparison, originalEnd, originalStart } from '../../../src/core/text/fold';
import { check, seedCorpus } from '../core/helpers';

const PLAIN = 'Oxford and UCL share £40 million of new funding for open-source AI labs.';

describe('safety: invisible and compatibility characters are folded for comparison', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  const variants: [string, string][] = [
    ['a zero-width space', '£4\u200b0 million'],
    ['fullwidth digits', '£４０ million'],
    ['a soft hyphen', '£4\u00ad0 million'],
    ['a no-break space', '£40\u00a0million'],
    ['a right-to-left override and a word joiner', '£\u202e4\u20600\u202c million'],
    ['a fullwidth pound sign and digits', '￡４０ million'],
  ];
  for (const [what, figure] of variants) {
    it(`finds the contradiction behind ${what}, with its exact range and a fix of exactly that range`, () => {
      const text = PLAIN.replace('£40 million', figure);
      const at = text.indexOf(figure);
      const result = check(corpus, text);
      const contradiction = result.findings.find((f) => f.code === 'contradicted-figure');
      assert.ok(contradiction, `findings: ${result.findings.map((f) => f.code).join(', ')}`);
      assert.deepEqual(contradiction.span, { start: at, end: at + figure.length });
      assert.equal(text.slice(contradiction.span.start, contradiction.span.end), figure);
      const fix = contradiction.fixes.find((x) => x.kind === 'replace-value');
      assert.ok(fix);
      assert.deepEqual(fix.edits.map((e) => [e.span.start, e.span.end, e.newText]), [[at, at + figure.length, '£60 million']]);
      assert.equal(applyEdits(text, fix.edits), PLAIN.replace('£40', '£60'));
    });
  }

  it('leaves text with nothing to fold alone, and maps offsets of folded text back', () => {
    assert.equal(foldForComparison(PLAIN), undefined);
    const folded = foldForComparison('a\u200bb\u00a0ﬁ１');
    assert.ok(folded);
    assert.equal(folded.text, 'ab fi1');
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((i) => originalStart(folded, i)), [0, 2, 3, 4, 4, 5]);
    assert.deepEqual([1, 2, 3, 4, 5, 6].map((i) => originalEnd(folded, i)), [1, 3, 4, 5, 5, 6]);
  });
});
