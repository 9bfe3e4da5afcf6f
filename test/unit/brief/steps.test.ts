// A brief parsed piece by piece (brief/steps.ts) gives exactly the whole brief's parse, and
// checkInSlices gives the event loop back during the parse, not only between sentences (issue 16).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { BriefChecker } from '../../../src/core';
import { CITATIONS_PER_CLAIM_STEP, CLAIMS_PER_STEP, claimsPerStepOf, PER_CLAIM_RULES, RULES } from '../../../src/core/engine';
import { editedMask } from '../../../src/core/brief/incremental';
import { briefFromMask, joinedTraits, markupTraits, parseBrief, type MarkupTraits, type ParsedBrief } from '../../../src/core/brief/parse';
import { briefFromMaskInSteps, parseBriefInSteps, pieceStarts, TRAIT_PIECES } from '../../../src/core/brief/steps';
import { FIGURE_CLAIMS_PER_STEP } from '../../../src/core/findings/rules/inconsistentFact';
import { SentenceMemo } from '../../../src/core/sentenceMemo';
import { HOSTILE_LINES } from '../../../scripts/lib/hostileLines';
import { briefText, generatedMarkdown, makeEnv, type Env } from '../property/properties';

const SEED = 20261204;

/** Runs a stepped parse to its end: the brief, and how many times it stopped. */
function run<T>(steps: Generator<void, T, void>): { value: T; steps: number } {
  let count = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) count++;
  return { value: step.value, steps: count };
}

/** What a parse holds, without its line table and suppression closures (compared by behaviour below). */
function data(brief: ParsedBrief): unknown {
  return { text: brief.text, sentences: brief.sentences, citations: brief.citations, mask: brief.mask, lines: brief.lines.lineCount };
}

function assertSameParse(stepped: ParsedBrief, whole: ParsedBrief): void {
  assert.deepStrictEqual(data(stepped), data(whole));
  for (let line = 0; line < whole.lines.lineCount; line++) {
    for (const code of ['contradiction', 'unsupported']) assert.equal(stepped.suppressions.isSuppressed(code, line), whole.suppressions.isSuppressed(code, line));
  }
}

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../../examples/sample-brief.md'), 'utf8');

describe('brief parsed in pieces (issue 16)', function () {
  this.timeout(120_000);
  let env: Env;
  before(async () => {
    env = await makeEnv();
  });

  it('property: pieces of one character at every boundary give exactly the whole parse', () => {
    // Several generated briefs in a row, most without the markup that keeps a brief in one piece.
    const long = fc.tuple(fc.array(generatedMarkdown(env), { minLength: 2, maxLength: 5 }), fc.boolean()).map(([parts, fences]) => {
      const joined = parts.join('\n');
      return fences ? joined : joined.replace(/```|\]:/g, '');
    });
    let split = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 1, arbitrary: briefText(env) }, { weight: 2, arbitrary: long }), (text) => {
        const stepped = run(parseBriefInSteps(text, 1));
        if (stepped.steps > 1) split++;
        assertSameParse(stepped.value, parseBrief(text));
      }),
      { seed: SEED, numRuns: 150 },
    );
    // The property is about pieces: most generated briefs must have been split.
    assert.ok(split >= 40, `${split} of 150 briefs were split`);
  });

  it('property: after an edit that keeps the Markdown, the mask read in pieces gives briefFromMask', () => {
    const brief = `${SAMPLE}\n\n${SAMPLE.replace(/^---[\s\S]*?\n---\n/, '')}`;
    const previous = parseBrief(brief);
    fc.assert(
      fc.property(fc.nat({ max: brief.length - 1 }), fc.constantFrom('x', 'Q', '7'), (at, letter) => {
        const word = /[A-Za-z]/.exec(brief.slice(at));
        if (!word) return;
        const where = at + word.index;
        const text = brief.slice(0, where) + letter + brief.slice(where);
        const mask = editedMask(previous, text);
        if (!mask) return;
        const stepped = run(briefFromMaskInSteps(text, mask, 1)).value;
        if (stepped) assertSameParse(stepped, briefFromMask(text, mask));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('splits a long brief at blank lines before a letter (not a heading: a line of citations after it cites the sentence before), never inside front matter, a comment or a references section', () => {
    const text = [
      '---\ntitle: Brief\n\nAbstract: a line of front matter after a blank line\n---',
      'The first paragraph states that £40 million was spent in 2024 [@ukopenlabs].',
      '<!-- a comment\n\nHolding a blank line and a letter line -->',
      '# References\n\nSmith, J. (2020). A book.',
      '## Books\n\nJones, K. (2021). Another book.',
      '# Findings\n\nThe programme cost £40 million in 2024.\n',
    ].join('\n\n');
    const starts = pieceStarts(text, 1);
    const lineAt = (at: number) => text.slice(at, text.indexOf('\n', at));
    assert.deepStrictEqual(
      starts.map(lineAt),
      ['---', 'The first paragraph states that £40 million was spent in 2024 [@ukopenlabs].', 'Smith, J. (2020). A book.', 'Jones, K. (2021). Another book.', 'The programme cost £40 million in 2024.'],
    );
    const stepped = run(parseBriefInSteps(text, 1));
    // A step after each piece, then after each of the two passes over the whole brief (the mask joined, the line table).
    assert.equal(stepped.steps, starts.length + 2);
    assertSameParse(stepped.value, parseBrief(text));
    // The reference under "## Books", in a piece of its own, is still no claim.
    assert.deepStrictEqual(
      stepped.value.sentences.map((s) => s.text),
      ['The first paragraph states that £40 million was spent in 2024 [@ukopenlabs].', 'The programme cost £40 million in 2024.'],
    );
  });

  it('property: the markup of the pieces, joined, is the markup of the whole (which parser reads it)', () => {
    // Each kind of markup that decides the parser, alone in one paragraph among plain ones.
    const deciding = ['| a | b |\n| --- | --- |\n| 1 | 2 |', 'See https://example.org.', 'Write to a@b.org.', '- [x] done', `${'- '.repeat(40)}deep`, `${'*'.repeat(500)}`, Array.from({ length: 220 }, () => 'x@').join(' ')];
    const paragraph = fc.oneof(fc.constantFrom(...deciding), fc.lorem({ maxCount: 12 }).map((words) => `Some ${words}.`));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 12 }), (paragraphs) => {
        const text = paragraphs.join('\n\n');
        const starts = pieceStarts(text, 1);
        const joined = starts.reduce<MarkupTraits>((traits, start, index) => joinedTraits(traits, markupTraits(text.slice(start, starts[index + 1] ?? text.length))), { pathological: false, ats: 0, gfmSyntax: false });
        assert.deepStrictEqual(joined, markupTraits(text));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('keeps a brief with link or footnote definitions in one piece', () => {
    for (const markup of ['[^1]: A footnote.\n\nText', '[a]: https://example.org']) {
      assert.deepStrictEqual(pieceStarts(`${SAMPLE}\n\n${markup}\n\n${SAMPLE}`, 1), [0], markup);
    }
  });

  it('splits a brief with fenced code and HTML blocks around them, never inside, in one pass (issue 16)', () => {
    const inside = 'Inside the block\n\nStill inside it';
    const blocks = ['```\n' + inside + '\n```', '~~~~ js\n' + inside + '\n~~~\n' + inside + '\n~~~~', '<pre>\n' + inside + '\n</pre>', '<?php\n' + inside + ' ?>', '<!DOCTYPE html\n' + inside + '>', '<![CDATA[\n' + inside + ' ]]>', '<!--\n' + inside + ' -->'];
    for (const block of blocks) {
      const text = `First paragraph.\n\n${block}\n\nAfter the block.\n`;
      const starts = pieceStarts(text, 1);
      assert.deepStrictEqual(starts.map((at) => text.slice(at, text.indexOf('\n', at))), ['First paragraph.', 'After the block.'], block);
      assertSameParse(run(parseBriefInSteps(text, 1)).value, parseBrief(text));
    }
    // What the scan cannot place for sure keeps the brief whole: an indented opening (top level or in a list item?), a fence inside what may be an HTML block.
    for (const unsure of ['- item\n\n  ```\n' + inside + '\n  ```', '<div>\n```\n' + inside + '\n```', '<!-->\n\n' + inside]) {
      assert.deepStrictEqual(pieceStarts(`First paragraph.\n\n${unsure}\n\nAfter.\n`, 1), [0], unsure);
    }
  });

  it('a brief of fenced code or HTML blocks is read in pieces whose number grows with it: 4× the blocks, about 4× the pieces (issue 16)', () => {
    for (const line of HOSTILE_LINES.filter((l) => l.name === 'fenced code between paragraphs' || l.name === 'HTML blocks between paragraphs')) {
      const small = pieceStarts(line.make(300));
      const large = pieceStarts(line.make(1200));
      assert.ok(small.length >= 2, `${line.name}: ${small.length} pieces`);
      const ratio = large.length / small.length;
      assert.ok(ratio >= 3.5 && ratio <= 4.5, `${line.name}: ${small.length} then ${large.length} pieces`);
    }
  });

  it('property: briefs mixing fences, HTML blocks, lists and quotes in pieces of one character give exactly the whole parse', () => {
    const prose = fc.constantFrom('Text of a line.', 'Another sentence here.', 'A third one.', '', '', '', '# Heading', '- item', '  indented', '| a | b |', '| --- | --- |');
    const opening = fc.constantFrom('```', '````', '``` js', '```not `a` fence', '~~~', '    ```', '\t```', '- ```', '> ```', '<pre>', '</pre>', '<!--', '-->', '<?x', '?>', '<!X', '>', '<![CDATA[', ']]>', '<pre></pre>');
    // Rarer: what keeps the brief whole (an indented fence, a fence after a tag, an ambiguous end).
    const unsure = fc.constantFrom('  ```', '<div>', '</div>', '<b>inline</b> text', '<!-->', '<?>');
    const line = fc.oneof({ weight: 30, arbitrary: prose }, { weight: 5, arbitrary: opening }, { weight: 1, arbitrary: unsure });
    const text = fc.array(line, { minLength: 4, maxLength: 40 }).map((lines) => `${lines.join('\n')}\n`);
    let split = 0;
    fc.assert(
      fc.property(text, (brief) => {
        const stepped = run(parseBriefInSteps(brief, 1));
        if (stepped.steps > 1) split++;
        assertSameParse(stepped.value, parseBrief(brief));
      }),
      { seed: SEED, numRuns: 400 },
    );
    assert.ok(split >= 100, `${split} of 400 briefs were split`);
  });

  it('checkInSlices yields during the parse: with slices of 0 ms it is asked to stop once per piece, once per claim and once per step of a verification', async () => {
    const text = Array.from({ length: 30 }, () => SAMPLE.replace(/^---[\s\S]*?\n---\n/, '')).join('\n\n');
    const pieces = pieceStarts(text).length;
    assert.ok(pieces >= 4, `a brief of ${text.length} characters is parsed in ${pieces} pieces`);
    const whole = new BriefChecker(env.corpus).check(text, 'long.md', 1);
    const claims = whole.sentences.reduce((n, s) => n + (s.claims?.length ?? 0), 0);
    let asked = 0;
    let slicesTold = 0;
    const sliced = await new BriefChecker(env.corpus).checkInSlices(text, 'long.md', 1, { sliceMs: 0, isCancelled: () => (asked++, false), onSlice: () => slicesTold++ });
    assert.deepStrictEqual(sliced, whole);
    // Each pause ends a slice; the last question (before the rules) follows no pause.
    assert.equal(slicesTold, asked - 1);
    // Pauses: after every TRAIT_PIECES pieces' markup is read; before each piece but the first and
    // after the parse; before each claim and after
    // each step of its first verification (none for a sentence met before); once before the
    // rules; then after each step of the result: every CLAIMS_PER_STEP claims read, each rule
    // (a per-claim rule once per claimsPerStepOf claims), every CLAIMS_PER_STEP sentences made.
    const memo = new SentenceMemo(env.corpus);
    const units = parseBrief(text).sentences.flatMap((s) => s.claims);
    const checks = units.map((u) => run(memo.checkSteps(u.prose, u.span.start, u.citations.map((c) => c.key))));
    const verifying = checks.reduce((n, check) => n + check.steps, 0);
    // inconsistent-fact reads the claims with a figure in four passes of FIGURE_CLAIMS_PER_STEP
    // (its first pass yields sooner after FIGURE_PAIRS_PER_STEP pairs compared: no 32 claims here compare as many).
    const figured = checks.filter((check) => check.value.analysis.quantities.length > 0).length;
    const figureSteps = 4 * Math.floor(Math.max(0, figured - 1) / FIGURE_CLAIMS_PER_STEP);
    assert.ok(figureSteps > 0, `${figured} claims with a figure`);
    const distinct = new Set(units.map((u) => u.prose)).size;
    assert.ok(verifying >= 3 * distinct, `${verifying} steps of verification for ${distinct} distinct claims`);
    const ruleSteps = RULES.reduce((n, rule) => n + (PER_CLAIM_RULES.has(rule) ? Math.ceil(claims / claimsPerStepOf(rule, CLAIMS_PER_STEP)) : 1), 0);
    // Between the rules and the sentences: the findings settled CLAIMS_PER_STEP sentences at a time
    // (and those before the first sentence), the citations placed CITATIONS_PER_CLAIM_STEP per claim of a step.
    const settleSteps = Math.floor((whole.sentences.length + 1) / CLAIMS_PER_STEP);
    const citationSteps = Math.floor(whole.citations.length / (CLAIMS_PER_STEP * CITATIONS_PER_CLAIM_STEP));
    const resultSteps = Math.floor(claims / CLAIMS_PER_STEP) + ruleSteps + figureSteps + settleSteps + citationSteps + Math.floor(whole.sentences.length / CLAIMS_PER_STEP);
    // The parse: a step after each piece and after its two passes over the whole brief.
    assert.equal(asked, Math.floor(pieces / TRAIT_PIECES) + pieces + 2 + claims + verifying + 1 + resultSteps);
  });

  it('a check cancelled during the parse verifies nothing and returns undefined', async () => {
    const text = Array.from({ length: 6 }, () => SAMPLE).join('\n\n');
    const checker = new BriefChecker(env.corpus);
    const cancelled = await checker.checkInSlices(text, 'cancel.md', 1, { sliceMs: 0, isCancelled: () => true });
    assert.equal(cancelled, undefined);
    assert.equal(checker.cached('cancel.md', 1), undefined);
  });
});
