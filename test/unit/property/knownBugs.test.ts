// Bugs found by the issue 7 properties, each kept as the minimal reproduction, now fixed:
// regression tests. A new one found later is added with `it.skip` and a KNOWN BUG title until fixed.
import { strict as assert } from 'node:assert';
import { BriefChecker, applyEdits, loadCorpus } from '../../../src/core';
import { parseBrief } from '../../../src/core/brief/parse';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import { SEEDS } from './fixtures';
import { nth } from '../../support/present';

describe('bugs found by the properties (regressions)', () => {
  // A run of more than 1,000 characters without a space is cut at 1,000 code units, which can fall
  // between the two halves of an emoji: both sentences (and corpus passages) get a lone surrogate.
  it('fixed (5c85c8e): an over-long sentence is never cut inside a surrogate pair', () => {
    const text = `a${'😀'.repeat(800)} end.\n`;
    const cut = parseBrief(text).sentences.map((s) => s.span.end).filter((end) => /[\ud800-\udbff]/.test(text.charAt(end - 1)) && /[\udc00-\udfff]/.test(text.charAt(end)));
    assert.deepEqual(cut, [], 'a sentence ends between the halves of a surrogate pair');
  });

  // Found by `npm run fuzz` (fixes, seed 1528604671). One sentence states two figures ($300k and
  // $1bn); inconsistent-fact pairs them with each other and with a later "$300k", and the fix of the
  // later, correct sentence writes "$1bn" into it.
  it('fixed (5c85c8e): inconsistent-fact does not pair two figures of one sentence, nor write the wrong one into a right sentence', async () => {
    const checker = new BriefChecker(await loadCorpus([SEEDS], nodeFileSystem));
    const text =
      '6. On research - DeepSeek R1 post-train cost $300k . Yes, they also needed an ablation budget and to train a base model, invest in infra ' +
      'and talent - and yes the cost of an R1 moment is increasing year on year - but the idea that you need $1bn plus immediately to show ' +
      'results is complete FUD.\n\nDeepSeek R1 post-training cost $300k.\n';
    const result = checker.check(text, 'mem://bug2.md', 1);
    const inconsistent = result.findings.filter((f) => f.code === 'inconsistent-fact');
    assert.deepEqual(
      inconsistent.map((f) => [f.targetText, f.range.start.line, f.message]),
      [],
      'the brief states $300k twice for the same fact; $1bn is a different fact (what it takes to scale)',
    );
  });

  // The result cache is keyed by uri and version only. The extension checks briefs that are not
  // open (Check Workspace Briefs) as version 0 every time, and a document closed and reopened
  // starts again at version 1, so a brief changed on disk in between gets its old result back,
  // with ranges into the old text.
  it('fixed (f55574f): the same uri and version with another text is checked again, not answered from the cache', async () => {
    const checker = new BriefChecker(await loadCorpus([SEEDS], nodeFileSystem));
    const before = 'Oxford and UCL share £40 million of new funding for open-source AI labs.\n';
    const after = 'We recommend a fast-track grid connection for data centres.\n';
    checker.check(before, 'file:///briefs/not-open.md', 0);
    const again = checker.check(after, 'file:///briefs/not-open.md', 0);
    assert.deepEqual(again.sentences.map((s) => s.text), ['We recommend a fast-track grid connection for data centres.'], 'the result is for the old text');
  });

  // Found by `npm run fuzz` (never-throws, seed 915317186): remark drops a leading U+FEFF (byte order
  // mark / zero-width no-break space) and counts its offsets from the character after it, so every
  // prose span of the brief is one code unit early: the last character of each text run is masked
  // and a sentence loses its full stop. (The CLI and VS Code drop a real BOM before checking; a
  // U+FEFF left at the start, e.g. a doubled BOM, still shifts everything.)
  it('fixed: a leading U+FEFF no longer shifts the prose offsets (src/core/brief/parse.ts)', () => {
    const text = '\ufeffOxford and UCL share £60 million. The labs open in 2026.\n';
    assert.deepEqual(parseBrief(text).sentences.map((s) => s.text), ['Oxford and UCL share £60 million.', 'The labs open in 2026.']);
  });

  it('fixed: a contradicted finding offers the correction, not "Cite [@key]", which would leave it in place (src/core/findings)', async () => {
    const checker = new BriefChecker(await loadCorpus([SEEDS], nodeFileSystem));
    const text = 'Oxford and UCL share £40 million of new funding for open-source AI labs.\n';
    const finding = checker.check(text, 'mem://bug1.md', 1).findings.find((f) => f.code === 'contradicted-figure');
    assert.ok(finding, 'expected a contradicted-figure finding');
    assert.deepEqual(finding.fixes.map((f) => f.kind), ['replace-value', 'suppress']);
    const after = applyEdits(text, nth(finding.fixes, 0, 'fix').edits);
    assert.equal(checker.check(after, 'mem://bug1.md', 2).findings.find((f) => f.code === 'contradicted-figure'), undefined);
  });
});
