// The bundled example brief (examples/sample-brief.md) triggers every finding code on purpose.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FINDING_CODES, applyEdits, type BriefResult, type Corpus, type Finding, type Fix, type TextEdit } from '../../../src/core';
import { check, codes, seedCorpus } from './helpers';
import { first, nth } from '../../support/present';

const SAMPLE = path.join(__dirname, '../../../examples/sample-brief.md');

/** Where an offset of the original text lands after the edits (an insertion at the offset pushes it right). */
function mapOffset(offset: number, edits: readonly TextEdit[], isEnd: boolean): number {
  let delta = 0;
  for (const e of edits) {
    const grows = e.newText.length - (e.span.end - e.span.start);
    if (e.span.end < offset || (e.span.end === offset && (e.span.start < offset || !isEnd || e.span.start === e.span.end))) delta += grows;
    else if (e.span.start < offset && offset < e.span.end) delta += isEnd ? grows : 0;
  }
  return offset + delta;
}

describe('examples/sample-brief.md', () => {
  let corpus: Corpus;
  let text: string;
  let result: BriefResult;
  before(async () => {
    corpus = await seedCorpus();
    text = fs.readFileSync(SAMPLE, 'utf8');
    result = check(corpus, text);
  });

  it('yields exactly the expected findings: code, line (1-based), text', () => {
    assert.deepStrictEqual(
      result.findings.map((f) => [f.code, f.range.start.line + 1, f.targetText]),
      [
        ['contradicted-figure', 11, '£40 million'],
        ['contradicted-date', 17, '1993'],
        ['contradicted-name', 18, 'OpenAI'],
        ['contradicted-polarity', 19, 'open'],
        ['misquote', 20, 'lose the open source AI race'],
        ['citation-mismatch', 21, 'lwin2026gold'],
        ['supported-uncited', 22, 'Huawei and ZTE have been declared national security risks by the United States.'],
        ['unsupported-claim', 23, 'Singapore has pledged $1 billion to sovereign AI compute.'],
        ['unknown-citation', 24, 'smith2024'],
        ['inconsistent-fact', 36, '$2 billion'],
        ['supported-uncited', 37, 'The new labs at Oxford and UCL will focus on efficient open-source models.'],
        ['consider-citing', 38, 'Britain should follow now that Washington has changed course on open weights.'],
      ],
    );
  });

  it('yields every finding code, and no other', () => {
    // citation-locator needs a paged source (a PDF): test/unit/core/locator.test.ts has it.
    assert.deepStrictEqual(new Set(codes(result)), new Set(FINDING_CODES.filter((code) => code !== 'citation-locator')));
  });

  it('every finding\'s targetText is the brief text at its span and range', () => {
    const lines = text.split('\n');
    for (const f of result.findings) {
      assert.strictEqual(text.slice(f.span.start, f.span.end), f.targetText);
      assert.strictEqual(f.range.start.line, f.range.end.line);
      assert.strictEqual(nth(lines, f.range.start.line, 'line').slice(f.range.start.character, f.range.end.character), f.targetText);
    }
  });

  it('gives the sentence verdicts of the sample', () => {
    const verdicts = Object.fromEntries(result.sentences.map((s) => [s.text.slice(0, 30), s.verdict]));
    assert.deepStrictEqual(verdicts, {
      'Oxford and UCL share £40 milli': 'contradicted',
      'The research labs will focus o': 'supported',
      'We recommend a fast-track grid': 'opinion',
      'President Clinton spoke about ': 'contradicted',
      'The Model Context Protocol is ': 'contradicted',
      'The US approach to AI has been': 'contradicted',
      'Chinese startups have begun to': 'contradicted',
      'DeepSeek R1 post-training cost': 'supported',
      'Huawei and ZTE have been decla': 'supported',
      'Singapore has pledged $1 billi': 'unsupported',
      "Big Tech's success was built o": 'supported',
      'How can middle powers keep the': 'opinion',
      'In our assessment, open weight': 'opinion',
      'The Digital Silk Road covers 6': 'unsupported',
      "Singapore's pledge of $2 billi": 'unsupported',
      'The new labs at Oxford and UCL': 'supported',
      'Britain should follow now that': 'opinion',
    });
  });

  it('honours the suppression comment in the sample: the Digital Silk Road claim is unsupported but not reported', () => {
    const silk = result.sentences.findIndex((s) => s.text.startsWith('The Digital Silk Road'));
    assert.strictEqual(nth(result.sentences, silk, 'sentence').verdict, 'unsupported');
    assert.ok(!result.findings.some((f) => f.sentenceIndex === silk));
    const unsuppressed = check(corpus, text.replace('<!-- brief-lens-disable-next-line unsupported-claim -->\n', ''));
    assert.deepStrictEqual(
      unsuppressed.findings.filter((f) => f.code === 'unsupported-claim').map((f) => f.targetText),
      ['Singapore has pledged $1 billion to sovereign AI compute.', 'The Digital Silk Road covers 60 countries.'],
    );
  });

  describe('suppression comments and severities', () => {
    it('disable-file with a code hides that code everywhere, and only that code', () => {
      const r = check(corpus, `<!-- brief-lens-disable-file supported-uncited contradicted-polarity -->\n${text}`);
      assert.deepStrictEqual(
        codes(r),
        codes(result).filter((c) => c !== 'supported-uncited' && c !== 'contradicted-polarity'),
      );
    });

    it('disable-file without a code hides everything', () => {
      assert.deepStrictEqual(codes(check(corpus, `${text}\n<!-- brief-lens-disable-file -->\n`)), []);
    });

    it('disable-line hides the findings of its own line only', () => {
      const edited = text.replace('[@lwin2026gold].\nThe US approach', '[@lwin2026gold]. <!-- brief-lens-disable-line contradicted-name -->\nThe US approach');
      assert.notStrictEqual(edited, text);
      assert.deepStrictEqual(codes(check(corpus, edited)), codes(result).filter((c) => c !== 'contradicted-name'));
    });

    it('disable-next-line without a code hides every finding of the next line', () => {
      const edited = text.replace('Chinese startups have begun', '<!-- brief-lens-disable-next-line -->\nChinese startups have begun');
      const r = check(corpus, edited);
      assert.ok(!r.findings.some((f) => f.targetText.startsWith('lose')));
      assert.strictEqual(r.findings.length, result.findings.length - 1);
    });

    it('severity "off" drops a code; another severity replaces the default', () => {
      const r = check(corpus, text, { severities: { 'supported-uncited': 'off', 'unsupported-claim': 'information', 'contradicted-figure': 'warning' } });
      assert.deepStrictEqual(codes(r), codes(result).filter((c) => c !== 'supported-uncited'));
      assert.deepStrictEqual(r.findings.find((f) => f.code === 'unsupported-claim')?.severity, 'information');
      assert.deepStrictEqual(r.findings.find((f) => f.code === 'contradicted-figure')?.severity, 'warning');
      assert.deepStrictEqual(r.findings.find((f) => f.code === 'contradicted-date')?.severity, 'error');
    });

    it('default severities follow the README table', () => {
      const bySeverity = Object.fromEntries(result.findings.map((f) => [f.code, f.severity]));
      assert.deepStrictEqual(bySeverity, {
        'contradicted-figure': 'error',
        'contradicted-date': 'error',
        'contradicted-name': 'error',
        'contradicted-polarity': 'error',
        misquote: 'error',
        'unknown-citation': 'error',
        'citation-mismatch': 'warning',
        'unsupported-claim': 'warning',
        'inconsistent-fact': 'warning',
        'supported-uncited': 'hint',
        'consider-citing': 'information',
      });
    });
  });

  describe('fixes', () => {
    it('every finding offers a suppress fix, and its other fixes are the expected kinds', () => {
      assert.deepStrictEqual(
        result.findings.map((f) => [f.code, f.fixes.map((x) => x.kind)]),
        [
          ['contradicted-figure', ['replace-value', 'suppress']],
          ['contradicted-date', ['replace-value', 'suppress']],
          ['contradicted-name', ['replace-value', 'suppress']],
          ['contradicted-polarity', ['replace-value', 'suppress']],
          ['misquote', ['restore-quote', 'suppress']],
          ['citation-mismatch', ['swap-citation', 'suppress']],
          ['supported-uncited', ['insert-citation', 'suppress']],
          ['unsupported-claim', ['suppress']],
          ['unknown-citation', ['swap-citation', 'swap-citation', 'swap-citation', 'suppress']],
          // Neither of the two values is borne out by a source: no value to move either to.
          ['inconsistent-fact', ['suppress']],
          ['supported-uncited', ['insert-citation', 'suppress']],
          ['consider-citing', ['suppress']],
        ],
      );
    });

    it('applying any fix of any finding and re-checking no longer reports that code at that place', () => {
      const failures: string[] = [];
      let applied = 0;
      for (const f of result.findings) {
        for (const fix of f.fixes) {
          const fixed = applyEdits(text, fix.edits);
          assert.notStrictEqual(fixed, text, `${f.code}: ${fix.title} changes nothing`);
          const start = mapOffset(f.span.start, fix.edits, false);
          const end = mapOffset(f.span.end, fix.edits, true);
          const again = check(corpus, fixed);
          const still = again.findings.filter((g: Finding) => g.code === f.code && g.span.start < Math.max(end, start + 1) && g.span.end > start);
          if (still.length) failures.push(`${f.code} "${f.targetText}" after "${fix.title}": still ${still.map((g) => `"${g.targetText}"`).join(', ')}`);
          applied++;
        }
      }
      assert.strictEqual(applied, 23);
      assert.deepStrictEqual(failures, []);
    });

    it('a fix edits only its own range: the text around it is unchanged', () => {
      for (const f of result.findings) {
        for (const fix of f.fixes as Fix[]) {
          const e = first(fix.edits, 'edit');
          const fixed = applyEdits(text, fix.edits);
          assert.strictEqual(fix.edits.length, 1);
          assert.strictEqual(fixed.slice(0, e.span.start), text.slice(0, e.span.start));
          assert.strictEqual(fixed.slice(e.span.start + e.newText.length), text.slice(e.span.end));
        }
      }
    });

    it('applying all the safe, preferred fixes at once leaves no error', () => {
      const edits = result.findings.flatMap((f) => f.fixes.filter((x) => x.safe && x.isPreferred)).flatMap((x) => x.edits);
      const fixed = applyEdits(text, edits);
      const r = check(corpus, fixed);
      assert.deepStrictEqual(
        r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.targetText]),
        [
          ['contradicted-name', 'OpenAI'],
          ['contradicted-polarity', 'open'],
          ['unknown-citation', 'smith2024'],
        ],
      );
    });
  });
});
