// Pandoc locators, and citation-locator on a real PDF: the cited page against the evidence's.
import { strict as assert } from 'node:assert';
import { copyFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { BriefChecker, loadCorpus, applyEdits, locatorNote } from '../../../src/core';
import { headingNumber } from '../../../src/core/findings/sectionNumbers';
import { pdfReader } from '../../../src/core/sources/pdf';
import { makePdf } from '../../fixtures/makePdf';
import { parseLocator } from '../../../src/core/brief/locator';
import { nodeFileSystem } from '../../../src/node';
import { makeTempDir, removeDir } from '../corpus/helpers';
import { FIXTURES } from '../sources/fixtures';

describe('locators', () => {
  it('parses labels and numbers as Pandoc does, a bare number being a page', () => {
    const shown = (text: string) => {
      const locator = parseLocator(text);
      return locator && [locator.label, locator.ranges.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(','), text.slice(locator.valueSpan.start, locator.valueSpan.end)];
    };
    assert.deepEqual(shown('p. 12'), ['page', '12', '12']);
    assert.deepEqual(shown('pp. 12–14'), ['page', '12-14', '12–14']);
    assert.deepEqual(shown('pp. 3-4, 7'), ['page', '3-4,7', '3-4, 7']);
    assert.deepEqual(shown('33'), ['page', '33', '33']);
    assert.deepEqual(shown('§ 3'), ['section', '3', '3']);
    assert.deepEqual(shown('chap. 2'), ['chapter', '2', '2']);
    assert.deepEqual(shown('sec. 4'), ['section', '4', '4']);
    assert.equal(shown('emphasis added'), undefined);
    assert.equal(shown('vol. 2'), undefined);
  });
});

describe('rule: citation-locator (real PDF)', function () {
  this.timeout(30_000);
  let folder: string;
  let checker: BriefChecker;
  before(async () => {
    folder = makeTempDir();
    copyFileSync(path.join(FIXTURES, 'truman-1946.pdf'), path.join(folder, 'truman1946.pdf'));
    checker = new BriefChecker(await loadCorpus([folder], nodeFileSystem));
  });
  after(() => removeDir(folder));

  const SENTENCE = 'About 6 million workers, more than 20 percent of employees in nonagricultural establishments, received wage increases since August 18, 1945';

  it('flags the wrong page and fixes it to the page of the evidence', () => {
    const brief = `${SENTENCE} [@truman1946, p. 1].\n`;
    const result = checker.check(brief, 'brief.md', 1);
    const found = result.findings.filter((f) => f.code === 'citation-locator');
    assert.equal(found.length, 1);
    const [locator] = found;
    assert.equal(brief.slice(locator?.span.start, locator?.span.end), 'p. 1');
    assert.match(locator?.message ?? '', /^Citation locator: the passage of @truman1946 this sentence rests on is on p\. 2, not p\. 1: “It is estimated that about 6 million workers/);
    assert.equal(locator?.evidence?.page, 2);
    const fix = locator?.fixes[0];
    assert.equal(fix?.title, 'Change the locator to p. 2');
    assert.equal(applyEdits(brief, fix?.edits ?? []), `${SENTENCE} [@truman1946, p. 2].\n`);
    assert.deepEqual(checker.check(applyEdits(brief, fix?.edits ?? []), 'brief.md', 2).findings.filter((f) => f.code === 'citation-locator'), []);
  });

  it('accepts a range that holds the page, and a citation without a page', () => {
    for (const citation of ['[@truman1946, pp. 1–3]', '[@truman1946]', '[@truman1946, § 2]']) {
      const result = checker.check(`${SENTENCE} ${citation}.\n`, 'brief.md', 1);
      assert.deepEqual(result.findings.filter((f) => f.code === 'citation-locator'), [], citation);
    }
  });
});

describe('locators: sections and chapters', function () {
  this.timeout(30_000);
  const page = [
    '<!DOCTYPE html><html><head><title>Postwar wages</title></head><body><article>',
    '<h1>Postwar wages</h1><p>A report to the Congress on prices and pay after the war, in three numbered sections.</p>',
    '<h2>1. Prices</h2><p>The cost of living rose by about 3 percent between August and December of 1945.</p>',
    '<h2>2. Wages</h2><p>About 6 million workers received wage increases since August 18, 1945.</p>',
    '<h3>Background</h3><p>The Conciliation Service settled over 3,000 disputes affecting over 1,300,000 workers.</p>',
    '<h2>3. Outlook</h2><p>Production of civilian goods is expected to exceed the prewar level during 1946.</p>',
    '</article></body></html>',
  ].join('\n');
  let folder: string;
  let checker: BriefChecker;
  before(async () => {
    folder = makeTempDir();
    writeFileSync(path.join(folder, 'wages.html'), page);
    copyFileSync(path.join(FIXTURES, 'truman-1946.html'), path.join(folder, 'truman1946web.html'));
    writeFileSync(path.join(folder, 'notes.md'), '# Notes\n\nAbout 6 million workers received wage increases since August 18, 1945.\n');
    checker = new BriefChecker(await loadCorpus([folder], nodeFileSystem));
  });
  after(() => removeDir(folder));

  it('reads the numbers headings give themselves, not their order', () => {
    const shown = (title: string) => {
      const number = headingNumber(title);
      return number && `${number.kind} ${number.parts.join('.')}`;
    };
    assert.equal(shown('3. Outlook'), 'section 3');
    assert.equal(shown('3.2 Pay in the steel industry'), 'section 3.2');
    assert.equal(shown('Section 4: Housing'), 'section 4');
    assert.equal(shown('§ 5 Prices'), 'section 5');
    assert.equal(shown('Chapter II. Labour'), 'chapter 2');
    assert.equal(shown('Chap. 7'), 'chapter 7');
    assert.equal(shown('IV. Conclusions'), 'section 4');
    assert.equal(shown('I think so'), undefined);
    assert.equal(shown('Table 3'), undefined);
    assert.equal(shown('Background'), undefined);
    assert.equal(shown('1946 in review'), undefined, 'a year');
    assert.equal(shown('Section 1946'), 'section 1946');
  });

  it('flags a section the evidence is not in, keeps the writer’s label, and fixes the number', () => {
    const sentence = 'About 6 million workers received wage increases since August 18, 1945';
    for (const [given, label] of [['§ 3', '§ '], ['sec. 3', 'sec. ']] as const) {
      const brief = `${sentence} [@wages, ${given}].\n`;
      const found = checker.check(brief, 'brief.md', 1).findings.filter((f) => f.code === 'citation-locator');
      assert.equal(found.length, 1, given);
      const [locator] = found;
      assert.equal(brief.slice(locator?.span.start, locator?.span.end), given);
      assert.match(locator?.message ?? '', new RegExp(`^Citation locator: the passage of @wages this sentence rests on is in ${label.replace('.', '\\.')}2 \\(“2\\. Wages”\\), not ${given.replace('.', '\\.')}: “About 6 million workers`));
      assert.equal(locator?.fixes[0]?.title, `Change the locator to ${label}2`);
      assert.equal(applyEdits(brief, locator?.fixes[0]?.edits ?? []), `${sentence} [@wages, ${label}2].\n`);
    }
  });

  it('counts an unnumbered subsection as part of the numbered section before it; a right section passes', () => {
    for (const citation of ['[@wages, § 2]', '[@wages, §§ 1–2]', '[@wages, sec. 2]']) {
      const result = checker.check(`The Conciliation Service settled over 3,000 disputes affecting over 1,300,000 workers ${citation}.\n`, 'brief.md', 1);
      assert.deepEqual(result.findings.filter((f) => f.code === 'citation-locator'), [], citation);
    }
  });

  it('says plainly why a locator is not checked, with no finding: unnumbered headings, no sections, no pages, no chapters', () => {
    const corpus = checker.corpus;
    const cases: Array<[string, string, string | undefined]> = [
      ['truman1946web', '§ 2', "this source's headings are not numbered as sections"],
      ['notes', '§ 2', 'this source has no sections (a PDF without an outline, or plain text)'],
      ['notes', 'p. 4', 'this source has no pages (only PDFs do)'],
      ['wages', 'chap. 2', "this source's headings are not numbered as chapters"],
      ['wages', '§ 2', undefined],
    ];
    for (const [key, locator, note] of cases) assert.equal(locatorNote(corpus, key, locator, 0 + (corpus.sourceText(key)?.indexOf('About 6 million') ?? 0)), note, `${key} ${locator}`);
    const result = checker.check('About 6 million workers received wage increases since August 18, 1945 [@notes, § 2].\n', 'brief.md', 1);
    assert.deepEqual(result.findings.filter((f) => f.code === 'citation-locator'), []);
  });
});

describe('locators: a PDF with an outline', function () {
  this.timeout(30_000);
  it('takes the outline as sections (at the title on its page) and checks § against them', async () => {
    const filler = (topic: string) => Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} on ${topic} says the committee met again in the spring.`);
    const bytes = makePdf(
      [
        ['Prices and wages after the war', '1. Prices', 'The cost of living rose by about 3 percent between August and December of 1945.', ...filler('prices')],
        [...filler('prices again'), '2. Wages', 'About 6 million workers received wage increases since August 18, 1945.'],
        ['3. Outlook', 'Production of civilian goods is expected to exceed the prewar level during 1946.', ...filler('the outlook')],
      ],
      [{ title: '1. Prices', page: 1 }, { title: '2. Wages', page: 2 }, { title: '3. Outlook', page: 3 }],
    );
    const outcome = await pdfReader.read(bytes);
    assert.ok(outcome.ok);
    const { text, sections } = outcome.extracted;
    assert.deepEqual(sections?.map((s) => [s.title, text.slice(s.start, s.start + s.title.length)]), [['1. Prices', '1. Prices'], ['2. Wages', '2. Wages'], ['3. Outlook', '3. Outlook']]);

    const folder = makeTempDir();
    try {
      writeFileSync(path.join(folder, 'postwar.pdf'), bytes);
      const checker = new BriefChecker(await loadCorpus([folder], nodeFileSystem));
      const brief = 'About 6 million workers received wage increases since August 18, 1945 [@postwar, § 3].\n';
      const [locator] = checker.check(brief, 'brief.md', 1).findings.filter((f) => f.code === 'citation-locator');
      assert.match(locator?.message ?? '', /^Citation locator: the passage of @postwar this sentence rests on is in § 2 \(“2\. Wages”\), not § 3:/);
      assert.equal(applyEdits(brief, locator?.fixes[0]?.edits ?? []), brief.replace('§ 3', '§ 2'));
    } finally {
      removeDir(folder);
    }
  });
});
