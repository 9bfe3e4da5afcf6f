import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { BriefChecker, type Corpus } from '../../../src/core';
import { CITATIONS_PER_CLAIM_STEP } from '../../../src/core/engine';
import { verifySentence, verifySentenceSteps } from '../../../src/core/verify/verify';
import { nth } from '../../support/present';
import { SEEDS, check, codes, evidenceAt, findingAt, seedCorpus, sentenceAt } from './helpers';

describe('engine: verdicts on seed claims', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('loads the four seed sources without problems', () => {
    assert.deepStrictEqual(corpus.problems, []);
    assert.deepStrictEqual(['lwin2026gold', 'ukopenlabs', 'sovereignthread', 'opensourcechina'].map((k) => corpus.source(k)?.key), ['lwin2026gold', 'ukopenlabs', 'sovereignthread', 'opensourcechina']);
  });

  describe('a wrong figure', () => {
    const text = 'Oxford and UCL share £40 million of new funding for open-source AI labs.';

    it('is contradicted, with the correction and the contradicting passage of ukopenlabs', () => {
      const result = check(corpus, text);
      assert.strictEqual(result.sentences.length, 1);
      const s = sentenceAt(result);
      assert.strictEqual(s.verdict, 'contradicted');
      assert.strictEqual(s.text, text);
      assert.deepStrictEqual(s.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 72 } });
      assert.deepStrictEqual(s.corrections, [
        { kind: 'figure', claimed: '£40 million', source: '£60 million', span: { start: 21, end: 32 }, range: { start: { line: 0, character: 21 }, end: { line: 0, character: 32 } } },
      ]);
      const e = evidenceAt(s);
      assert.strictEqual(e.key, 'ukopenlabs');
      assert.strictEqual(e.stance, 'contradicts');
      assert.strictEqual(e.text, '£60 million funding allocated to Oxford and UCL');
      assert.strictEqual(path.resolve(e.file), path.join(SEEDS, '001_b5014ad97c49cf73.txt'));
    });

    it('shows evidence whose text is exactly the slice of the source file at its offsets and range', () => {
      const e = evidenceAt(sentenceAt(check(corpus, text)));
      const source = fs.readFileSync(e.file, 'utf8');
      assert.strictEqual(source.slice(e.start, e.end), e.text);
      assert.deepStrictEqual(e.range, { start: { line: 5, character: 0 }, end: { line: 5, character: 47 } });
      const lines = source.split(/\r\n|\r|\n/);
      assert.strictEqual(nth(lines, 5, 'line').slice(e.range.start.character, e.range.end.character), e.text);
      assert.strictEqual(corpus.sourceText('ukopenlabs')?.slice(e.start, e.end), e.text);
    });

    it('reports contradicted-figure at the exact range of "£40 million"', () => {
      const result = check(corpus, text);
      assert.deepStrictEqual(codes(result), ['contradicted-figure']);
      const f = findingAt(result);
      assert.strictEqual(f.severity, 'error');
      assert.strictEqual(f.targetText, '£40 million');
      assert.deepStrictEqual(f.span, { start: 21, end: 32 });
      assert.deepStrictEqual(f.range, { start: { line: 0, character: 21 }, end: { line: 0, character: 32 } });
      assert.strictEqual(f.sentenceIndex, 0);
      assert.strictEqual(f.evidence?.key, 'ukopenlabs');
    });
  });

  it('£60M and sixty million pounds are supported by the same passage', () => {
    for (const figure of ['£60M', '£60 million', 'sixty million pounds']) {
      const s = sentenceAt(check(corpus, `Oxford and UCL share ${figure} of new funding for open-source AI labs.`));
      assert.strictEqual(s.verdict, 'supported', figure);
      const e = evidenceAt(s);
      assert.deepStrictEqual([e.key, e.stance, e.text], ['ukopenlabs', 'supports', '£60 million funding allocated to Oxford and UCL'], figure);
      assert.deepStrictEqual(s.corrections, []);
    }
  });

  it('$300,000 is supported by the "$300k" passage', () => {
    const s = sentenceAt(check(corpus, 'DeepSeek R1 post-training cost $300,000.'));
    assert.strictEqual(s.verdict, 'supported');
    assert.deepStrictEqual([evidenceAt(s).key, evidenceAt(s).text], ['sovereignthread', '6. On research - DeepSeek R1 post-train cost $300k .']);
  });

  it('a claim no source makes is unsupported', () => {
    const s = sentenceAt(check(corpus, 'Singapore has pledged $1 billion to sovereign AI compute.'));
    assert.strictEqual(s.verdict, 'unsupported');
    assert.ok(s.evidence.every((e) => e.stance === 'related'));
  });

  it('recommendations, questions and hedged views are opinion and never flagged', () => {
    const text = [
      'We recommend a fast-track grid connection for data centres.',
      'How can middle powers keep their best AI researchers?',
      'In our assessment, open weights reduce dependency on foreign suppliers.',
      'The government should publish a sovereign AI strategy within a year.',
    ].join('\n\n');
    const result = check(corpus, text);
    assert.deepStrictEqual(result.sentences.map((s) => s.verdict), ['opinion', 'opinion', 'opinion', 'opinion']);
    assert.deepStrictEqual(result.findings, []);
  });

  it('a cited, supported claim has no finding', () => {
    const result = check(corpus, 'Huawei and ZTE have been declared national security risks by the United States [@opensourcechina].');
    assert.strictEqual(sentenceAt(result).verdict, 'supported');
    assert.strictEqual(evidenceAt(sentenceAt(result)).key, 'opensourcechina');
    assert.deepStrictEqual(result.findings, []);
  });

  it('reports sentence and citation ranges on the right lines', () => {
    const text = '# Title\n\nSome intro text here.\n\nOxford and UCL share £60 million [@ukopenlabs].';
    const result = check(corpus, text);
    assert.deepStrictEqual(result.sentences.map((s) => [s.text, s.range.start.line, s.range.start.character, s.range.end.character]), [
      ['Some intro text here.', 2, 0, 21],
      ['Oxford and UCL share £60 million [@ukopenlabs].', 4, 0, 47],
    ]);
    assert.deepStrictEqual(result.citations.map((c) => [c.key, c.range]), [['ukopenlabs', { start: { line: 4, character: 35 }, end: { line: 4, character: 45 } }]]);
    assert.deepStrictEqual(sentenceAt(result, 1).citations.map((c) => c.key), ['ukopenlabs']);
  });

  it('returns the cached result for the same uri, version and text, and re-checks another text or version', () => {
    const checker = new BriefChecker(corpus);
    const v1 = checker.check('Oxford and UCL share £40 million of new funding for open-source AI labs.', 'a.md', 1);
    assert.strictEqual(checker.check('Oxford and UCL share £40 million of new funding for open-source AI labs.', 'a.md', 1), v1);
    assert.strictEqual(checker.cached('a.md', 1), v1);
    // Another text under the same version (a reopened brief) is checked, not served from the cache.
    const other = checker.check('How can middle powers keep their best AI researchers?', 'a.md', 1);
    assert.notStrictEqual(other, v1);
    assert.deepStrictEqual(other.sentences.map((s) => s.verdict), ['opinion']);
    assert.strictEqual(sentenceAt(checker.check('Oxford and UCL share £40 million of new funding for open-source AI labs.', 'a.md', 1)).verdict, 'contradicted');
    assert.strictEqual(checker.cached('a.md', 2), undefined);
    const v2 = checker.check('Oxford and UCL share £60 million of new funding for open-source AI labs.', 'a.md', 2);
    assert.deepStrictEqual([v2.version, sentenceAt(v2).verdict], [2, 'supported']);
    checker.forget('a.md');
    assert.strictEqual(checker.cached('a.md', 2), undefined);
  });

  it('an empty brief has no sentences and no findings', () => {
    const result = check(corpus, '');
    assert.deepStrictEqual([result.sentences, result.findings, result.citations], [[], [], []]);
  });
});

describe('engine: a check in slices (the editor\'s first check of a long brief)', () => {
  let corpus: Corpus;
  let brief: string;
  before(async () => {
    corpus = await seedCorpus();
    brief = fs.readFileSync(path.join(__dirname, '../../../examples/sample-brief.md'), 'utf8');
  });

  it('gives exactly what check gives, and the event loop runs between slices', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await new BriefChecker(corpus).checkInSlices(brief, 'sliced.md', 1, { sliceMs: 0 });
    clearInterval(timer);
    const whole = new BriefChecker(corpus).check(brief, 'sliced.md', 1);
    assert.deepStrictEqual(sliced, whole);
    assert.ok(ticks > 0, 'timers ran while the sentences were verified');
  });

  it('the finding rules read a claim at a time give the same findings, in the same order, as over all claims', async () => {
    const text = `${brief}\n\n${brief}`;
    const whole = new BriefChecker(corpus).check(text, 'steps.md', 1);
    const kinds = new Set(whole.findings.map((f) => f.code));
    assert.ok(kinds.size >= 5, `the brief gives findings of ${[...kinds].join(', ')}`);
    assert.deepStrictEqual(new BriefChecker(corpus, { claimsPerStep: 1 }).check(text, 'steps.md', 1), whole);
    const sliced = await new BriefChecker(corpus, { claimsPerStep: 3 }).checkInSlices(text, 'steps.md', 1, { sliceMs: 0 });
    assert.deepStrictEqual(sliced, whole);
  });

  it('a check cancelled while the rules run keeps no result, and a later check is complete', async () => {
    let steps = 0;
    const whole = await new BriefChecker(corpus, { claimsPerStep: 1 }).checkInSlices(brief, 'count.md', 1, { sliceMs: 0, isCancelled: () => (steps++, false) });
    // The last steps make the result's sentences, one each; before them the citations are placed
    // (sixteen a step) and the findings settled, a sentence a step; the rules' steps come just before.
    const sentences = whole?.sentences.length ?? 0;
    const inRules = steps - sentences - Math.floor((whole?.citations.length ?? 0) / CITATIONS_PER_CLAIM_STEP) - (sentences + 1) - 2;
    const checker = new BriefChecker(corpus, { claimsPerStep: 1 });
    let asked = 0;
    const cancelled = await checker.checkInSlices(brief, 'rules.md', 1, { sliceMs: 0, isCancelled: () => ++asked > inRules });
    assert.strictEqual(cancelled, undefined);
    assert.strictEqual(checker.cached('rules.md', 1), undefined);
    assert.deepStrictEqual(checker.check(brief, 'rules.md', 1), new BriefChecker(corpus).check(brief, 'rules.md', 1));
  });

  it('verifies a sentence in steps: after reading it, after retrieval, after each passage compared (issue 16)', () => {
    const text = 'Oxford and UCL share £40 million of new funding for open-source AI labs.';
    const steps = verifySentenceSteps(corpus, text, 0, ['ukopenlabs']);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    assert.deepStrictEqual(step.value, verifySentence(corpus, text, 0, ['ukopenlabs']));
    assert.strictEqual(step.value.verdict, 'contradicted');
    assert.ok(step.value.comparisons.length >= 5, `${step.value.comparisons.length} passages compared`);
    assert.strictEqual(count, step.value.comparisons.length + 2);
  });

  it('checkInSlices gives the event loop back within a sentence\'s first verification, not only between sentences', async () => {
    const text = 'Oxford and UCL share £40 million of new funding for open-source AI labs.';
    const checker = new BriefChecker(corpus);
    let first = 0;
    const sliced = await checker.checkInSlices(text, 'one.md', 1, { sliceMs: 0, isCancelled: () => (first++, false) });
    // The same sentence in another brief is memoised: its check pauses only where no sentence is verified.
    let memoised = 0;
    await checker.checkInSlices(text, 'again.md', 1, { sliceMs: 0, isCancelled: () => (memoised++, false) });
    const compared = verifySentence(corpus, text, 0, []).comparisons.length;
    // Reading, retrieval, each comparison, the same-statement review: a pause after each.
    assert.strictEqual(first - memoised, compared + 3);
    assert.deepStrictEqual(sliced, new BriefChecker(corpus).check(text, 'one.md', 1));
  });

  it('stops when cancelled between slices, and a later check is complete', async () => {
    const checker = new BriefChecker(corpus);
    let asked = 0;
    const cancelled = await checker.checkInSlices(brief, 'cancel.md', 1, { sliceMs: 0, isCancelled: () => ++asked > 1 });
    assert.strictEqual(cancelled, undefined);
    assert.strictEqual(checker.cached('cancel.md', 1), undefined);
    assert.deepStrictEqual(checker.check(brief, 'cancel.md', 1), new BriefChecker(corpus).check(brief, 'cancel.md', 1));
  });
});
