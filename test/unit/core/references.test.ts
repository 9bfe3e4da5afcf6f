// Insert References: citeproc entries in Chicago author-date, or in a brief's own CSL style.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { BriefChecker, Corpus, readCorpusFolders, referencesSection } from '../../../src/core';
import { nodeFileSystem } from '../../../src/node';
import { makeCorpus, makeTempDir, removeDir } from '../corpus/helpers';
import { FIXTURES } from '../sources/fixtures';

/** A minimal CSL style: "Title (year)." — enough to see that the style given is the one used. */
const TITLE_YEAR_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Title and year</title><id>title-year</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout suffix="."><text variable="title"/><date variable="issued" prefix=" (" suffix=")"><date-part name="year"/></date></layout></bibliography>
</style>`;

describe('references section (citeproc)', function () {
  this.timeout(30_000);
  const made: string[] = [];
  after(() => made.forEach(removeDir));

  async function corpusWithBibliography(): Promise<Corpus> {
    const root = makeTempDir('brief-lens-refs-');
    made.push(root);
    mkdirSync(path.join(root, 'corpus'));
    copyFileSync(path.join(FIXTURES, 'truman-1946.pdf'), path.join(root, 'corpus', 'truman1946.pdf'));
    const { sources, problems } = await readCorpusFolders([path.join(root, 'corpus')], nodeFileSystem, { bibliographies: [path.join(FIXTURES, 'truman-1946.bib')] });
    return new Corpus(sources, problems);
  }

  it('renders cited bibliography entries in Chicago author-date, sorted, each with its key', async () => {
    const corpus = await corpusWithBibliography();
    const result = new BriefChecker(corpus).check('Wages rose [@truman1947]. Strikes were settled [@truman1946web; @truman1946]. Again [@truman1946].\n', 'b.md', 1);
    assert.equal(
      referencesSection(result, corpus),
      [
        '## References',
        '',
        '- [@truman1946] Truman, Harry S. 1946. “Message to the Congress on the State of the Union and on the Budget for 1947.” Washington, DC: United States Government Printing Office.',
        '- [@truman1946web] Truman, Harry S. 1946. “State of the Union, 1946.” Public Papers of the Presidents. January 21, 1946. https://example.gov/papers/truman/1946-01-21.',
        '- [@truman1947] Truman, Harry S. 1947. “Annual Message to the Congress on the State of the Union.” United States Government Printing Office.',
        '',
      ].join('\n'),
    );
  });

  it('uses the CSL style given (a brief’s csl:), and renders sources without a bibliography from their cards', async () => {
    const root = makeCorpus({ 'manifest.json': JSON.stringify([{ file: 'labs.md', key: 'labs2026', title: 'UK Invests in AI Labs', author: 'Department for Science', date: '2026-02-02', publisher: 'GOV.UK' }]), 'labs.md': '# Labs\n\nThe UK invests £60 million in two labs.\n' });
    made.push(root);
    const { sources, problems } = await readCorpusFolders([root], nodeFileSystem);
    const corpus = new Corpus(sources, problems);
    const result = new BriefChecker(corpus).check('The UK invests £60 million in two labs [@labs2026].\n', 'b.md', 1);
    assert.equal(referencesSection(result, corpus, '## Sources', { styleXml: TITLE_YEAR_STYLE }), '## Sources\n\n- [@labs2026] UK Invests in AI Labs (2026).\n');
    assert.equal(referencesSection(result, corpus), '## References\n\n- [@labs2026] Department for Science. 2026. “UK Invests in AI Labs.” GOV.UK.\n');
    // A style citeproc cannot use: said, and the default style used.
    const told: string[] = [];
    assert.equal(referencesSection(result, corpus, '## References', { styleXml: '<style>not CSL', onStyleError: (m) => told.push(m) }), referencesSection(result, corpus));
    assert.equal(told.length, 1);
    assert.match(told[0] ?? '', /^the CSL style cannot be used \(.+\); Chicago author-date is used$/);
  });
});
