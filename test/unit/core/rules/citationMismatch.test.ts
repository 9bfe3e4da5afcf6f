import * as assert from 'assert';
import { applyEdits, type Corpus } from '../../../../src/core';
import { Corpus as CorpusIndex } from '../../../../src/core/corpus/corpus';
import { addressCorpus, check, codes, findingAt, seedCorpus } from '../helpers';
import { nth } from '../../../support/present';

describe('rule: citation-mismatch', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('flags the cited key when another source says it, and the fix swaps the citation', () => {
    const text = 'DeepSeek R1 post-training cost $300k [@lwin2026gold].';
    const result = check(corpus, text);
    assert.deepStrictEqual(codes(result), ['citation-mismatch']);
    const f = findingAt(result);
    assert.strictEqual(f.severity, 'warning');
    assert.strictEqual(f.targetText, 'lwin2026gold');
    assert.deepStrictEqual(f.range, { start: { line: 0, character: 39 }, end: { line: 0, character: 51 } });
    assert.strictEqual(f.message, '[@lwin2026gold] does not say this; [@sovereignthread] does');
    assert.strictEqual(f.evidence?.key, 'sovereignthread');
    assert.strictEqual(f.evidence?.text, '6. On research - DeepSeek R1 post-train cost $300k .');
    const swap = nth(f.fixes, 0, 'fix');
    assert.deepStrictEqual([swap.kind, swap.title, swap.isPreferred, swap.safe], ['swap-citation', 'Cite [@sovereignthread] instead of [@lwin2026gold]', true, false]);
    const fixed = applyEdits(text, swap.edits);
    assert.strictEqual(fixed, 'DeepSeek R1 post-training cost $300k [@sovereignthread].');
    assert.deepStrictEqual(codes(check(corpus, fixed)), []);
  });

  it('is not reported when the cited source says it', () => {
    assert.deepStrictEqual(codes(check(corpus, 'DeepSeek R1 post-training cost $300k [@sovereignthread].')), []);
  });

  it('a key that ends a later clause its source bears out is that clause\'s, not the clause before it', () => {
    const quote = 'Lwin notes its leaders have been "largely ignored by the UK\'s political and policy leaders" [@lwin2026gold].';
    // The first clause is stated by another source: the key, borne out where it stands, is no mismatch.
    assert.deepStrictEqual(codes(check(corpus, `DeepSeek R1 post-training cost $300k; ${quote}`)), []);
    // When the clause the key ends is not borne out by it, the inherited key still disagrees.
    assert.deepStrictEqual(codes(check(corpus, 'DeepSeek R1 post-training cost $300k; the labs were funded in Leeds [@lwin2026gold].')), ['unsupported-claim', 'citation-mismatch']);
  });

  it('is not reported for an opinion that cites a source', () => {
    assert.deepStrictEqual(codes(check(corpus, 'We recommend the government fund DeepSeek-style post-training [@ukopenlabs].')), []);
  });

  describe('a claim its cited source does not bear out, whose figures it never gives and another source states', () => {
    it('is the key\'s slip when the figures are ones seldom met by chance: a warning with the swap, not preferred', () => {
      const text = 'DeepSeek R1 post-training cost $300k, a sum ministers now quote in every speech [@lwin2026gold].';
      const result = check(corpus, text);
      assert.deepStrictEqual(
        result.findings.map((f) => [f.code, f.severity, f.targetText, f.message, f.fixes.map((x) => [x.title, x.isPreferred])]),
        [['citation-mismatch', 'warning', 'lwin2026gold', '[@lwin2026gold] never gives these figures; [@sovereignthread] does', [['Cite [@sovereignthread] instead of [@lwin2026gold]', false], ['Suppress citation-mismatch on this line', false]]]],
      );
      assert.strictEqual(applyEdits(text, nth(result.findings[0]?.fixes ?? [], 0, 'fix').edits), text.replace('[@lwin2026gold]', '[@sovereignthread]'));
    });

    it('is no slip when the other source states the figure amid other matters: the cited claim is unsupported', () => {
      assert.deepStrictEqual(codes(check(corpus, 'Ministers set aside £60 million so that Britain can rival Silicon Valley [@lwin2026gold].')), ['unsupported-claim']);
    });

    it('is no slip when the other source\'s passage speaks of the claim less fully than the cited one, which gives another value', () => {
      // Obama 2016: "Nearly 18 million people have gained coverage so far."; Ford 1975 names "20 million" on other matters.
      const result = check(addressCorpus('sotu-d'), 'About 20 million have gained health coverage [@2016_barack_obama_d].\n');
      assert.deepStrictEqual(result.findings.map((f) => [f.code, f.severity, f.targetText, f.message]), [
        ['contradicted-figure', 'warning', '20 million', '[@2016_barack_obama_d] gives “18 million”, never “20 million”'],
      ]);
    });

    it('is the key\'s slip when the cited source says nothing on the subject and another source\'s passage covers most of it', () => {
      const filler = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';
      const two = new CorpusIndex([
        { key: 'a', title: 'a', file: '/c/a.txt', text: `${filler} The council raised parking fees twice in one year. ${filler}` },
        { key: 'b', title: 'b', file: '/c/b.txt', text: `${filler} A newly built ferry service is winning friends and helping people in fourteen towns along the coast. ${filler}` },
      ]);
      const claim = (key: string) => `A ferry service at work in fourteen towns was presented as a way of helping the coast [@${key}].\n`;
      assert.deepStrictEqual(check(two, claim('a')).findings.map((f) => [f.code, f.severity, f.targetText, f.message, f.fixes.map((x) => [x.title, x.isPreferred])]), [
        ['citation-mismatch', 'warning', 'a', '[@a] says nothing on this; [@b] comes closest', [['Cite [@b] instead of [@a]', false], ['Suppress citation-mismatch on this line', false]]],
      ]);
      // Cited to the source that comes closest, it is only not verified.
      assert.deepStrictEqual(check(two, claim('b')).findings.map((f) => [f.code, f.severity]), [['citation-mismatch', 'information']]);
    });

    it('is only not verified (information, no fix) when the figure is a year, which another source may name by chance', () => {
      const result = check(corpus, 'Lwin notes that President Clinton spoke about openness and China in 1997 and about wider linkages [@lwin2026gold].');
      assert.deepStrictEqual(result.findings.map((f) => [f.code, f.severity, f.fixes.filter((x) => x.kind !== 'suppress').length]), [['citation-mismatch', 'information', 0]]);
    });
  });
});
