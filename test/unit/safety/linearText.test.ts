// Work that grows with the input, not its square (issue 16). Nothing here is timed: each hostile
// line of issue 16 is run with k and 4k copies and the *work* is compared, counted as the
// characters that regular expressions are handed to scan (from where each search starts to where
// its match ends, or to the end of the input when it fails). A pattern run over the whole brief
// once per sentence, or a search restarted from every position, makes that count grow with the
// square of the input. Backtracking inside one search is what recheck rules out (redos.test.ts);
// wall-clock ratios are printed by scripts/hostile-bench.ts.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { BriefChecker, type BriefResult } from '../../../src/core';
import { deeplyNested } from '../../../src/core/brief/parse';
import { Corpus } from '../../../src/core/corpus/corpus';
import { HOSTILE_LINES, type HostileLine } from '../../../scripts/lib/hostileLines';
import { countRegexWork } from '../../../scripts/lib/hostileText';
import { seedCorpus } from '../core/helpers';

const counted = countRegexWork;

/** Copies for the work comparison: small enough to keep the suite quick, large enough to show a square. */
const copies = (line: HostileLine) => Math.max(8, Math.floor(line.k / 20));

describe('safety: hostile lines cost work in proportion to their length (issue 16)', function () {
  this.timeout(120_000);
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  const run = (line: HostileLine, n: number) => {
    const text = line.make(n);
    if (line.where === 'source') return counted(() => new Corpus([{ key: 'hostile', title: 'Hostile', file: 'hostile.md', text }], []).passageCount);
    return counted(() => new BriefChecker(corpus).check(text, 'hostile.md', 1));
  };

  for (const line of HOSTILE_LINES) {
    it(`${line.name}: 4× the copies costs at most 6× the work`, () => {
      const k = copies(line);
      run(line, k); // the first run fills caches the second would otherwise not pay for
      const small = run(line, k);
      const large = run(line, 4 * k);
      assert.ok(small.work > 0, 'the counter sees the work');
      const ratio = large.work / small.work;
      assert.ok(ratio <= 6, `work ${small.work} for ${k} copies, ${large.work} for ${4 * k}: ×${ratio.toFixed(1)}`);
    });
  }

  it('the work counter sees quadratic work (so the tests above can fail)', () => {
    const quadratic = (n: number) => counted(() => {
      const text = 'x. '.repeat(n);
      for (let i = 0; i < n; i++) /y/.test(text);
    });
    assert.ok(quadratic(400).work / quadratic(100).work > 12);
  });

  it('a table of 400 rows is not one fact: no inconsistent-fact among its rows', () => {
    const line = HOSTILE_LINES.find((l) => l.name === 'appendix table rows')!;
    const result = new BriefChecker(corpus).check(line.make(400), 'table.md', 1) as BriefResult;
    assert.deepEqual(result.findings.filter((f) => f.code === 'inconsistent-fact'), []);
  });

  it('figures of one subject: each differing restatement is flagged once, against the first statement', () => {
    const text = ['The programme cost £40 million in 2024.', 'The programme cost £41 million in 2024.', 'The programme cost £40 million in 2024.', 'The programme cost £42 million in 2024.'].join('\n\n');
    const result = new BriefChecker(corpus).check(text, 'figures.md', 1);
    const flagged = result.findings.filter((f) => f.code === 'inconsistent-fact').map((f) => [text.slice(f.span.start, f.span.end), f.message]);
    assert.deepEqual(flagged, [
      ['£41 million', 'This brief states “£40 million” for the same fact on line 1'],
      ['£42 million', 'This brief states “£40 million” for the same fact on line 1'],
    ]);
  });

  it('the deep-nesting scanner agrees with the pattern it replaced', () => {
    const OLD = /^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])[ \t]+){32}/m;
    const piece = fc.constantFrom('-', '*', '+', '>', '1.', '12)', '1234567890.', ' ', '\t', '  ', '\n', '\r', 'x', '.', ')');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 160 }), fc.integer({ min: 0, max: 40 }), (pieces, depth) => {
        const text = '- '.repeat(depth) + pieces.join('');
        assert.equal(deeplyNested(text), OLD.test(text), JSON.stringify(text));
      }),
      { numRuns: 400 },
    );
  });
});
