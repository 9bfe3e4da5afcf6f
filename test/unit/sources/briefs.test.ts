// A brief checked against the same report as PDF, web page and Word file: the verdicts it gets,
// and evidence that says where it is (page, section) and is the source's text at its offsets.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { BriefChecker, loadCorpus, type BriefResult } from '../../../src/core';
import { nodeFileSystem } from '../../../src/node';
import { makeCorpus, removeDir } from '../corpus/helpers';
import { fixture } from './fixtures';

describe('sources: a brief checked against PDF, web and Word sources', function () {
  this.timeout(60_000);
  let root: string;
  let checker: BriefChecker;
  let result: BriefResult;
  const brief = [
    '# Wages',
    '',
    'The Conciliation Service has settled over 3,000 disputes affecting over 1,300,000 workers without a strike threat [@report].',
    '',
    'The Conciliation Service has settled over 4,000 disputes affecting over 1,300,000 workers without a strike threat [@page].',
    '',
    'Management has a no less direct interest because on management rests the responsibility for conducting a growing business [@memo].',
    '',
  ].join('\n');

  before(async () => {
    root = makeCorpus({ 'report.pdf': fixture('truman-1946.pdf'), 'page.html': fixture('truman-1946.html'), 'memo.docx': fixture('truman-1946.docx') });
    checker = new BriefChecker(await loadCorpus([root], nodeFileSystem));
    result = checker.check(brief, 'brief.md', 1);
  });
  after(() => removeDir(root));

  it('supports, contradicts (with the fix to the source’s figure) and supports again', () => {
    assert.deepEqual(result.sentences.map((s) => s.verdict), ['supported', 'contradicted', 'supported']);
    const figure = result.findings.find((f) => f.code === 'contradicted-figure');
    assert.equal(brief.slice(figure?.span.start, figure?.span.end), '4,000');
    assert.equal(figure?.fixes[0]?.edits[0]?.newText, '3,000');
  });

  it('gives each evidence its page (PDF) or section (web page, Word), at offsets that hold its text', () => {
    const where = result.sentences.map((s) => {
      const evidence = s.evidence.find((e) => e.key === s.citations[0]?.key);
      assert.ok(evidence, s.text);
      assert.equal(checker.corpus.sourceText(evidence.key)?.slice(evidence.start, evidence.end), evidence.text);
      return [evidence.key, evidence.page, evidence.section, path.basename(evidence.file)];
    });
    assert.deepEqual(where, [
      ['report', 3, undefined, 'report.pdf'],
      ['page', undefined, 'Wages and Labor Relations', 'page.html'],
      ['memo', undefined, 'Wages and Labor Relations', 'memo.docx'],
    ]);
  });
});
