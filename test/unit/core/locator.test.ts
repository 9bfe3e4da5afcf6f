// Pandoc locators, and citation-locator on a real PDF: the cited page against the evidence's.
import { strict as assert } from 'node:assert';
import { copyFileSync } from 'node:fs';
import * as path from 'node:path';
import { BriefChecker, loadCorpus, applyEdits } from '../../../src/core';
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
