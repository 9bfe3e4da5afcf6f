// The README's worked example ("Use your own sources") is real: examples/own-sources checks
// as the README shows, and the manifest and brief the README quotes are the files' own lines.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BriefChecker, loadCorpus } from '../../../src/core';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'own-sources');

/** The lines of a file that are not comments or blank, as the README quotes them. */
function quotedLines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

describe('docs: the README worked example with your own sources', () => {
  it('the manifest gives each source its key, title and date', async () => {
    const corpus = await loadCorpus([path.join(EXAMPLE, 'corpus')], nodeFileSystem);
    assert.deepEqual(corpus.problems, []);
    assert.deepEqual(
      corpus.sources.map((s) => [s.key, s.title, s.date]),
      [
        ['budget2025', 'Northshire Council Budget Report 2025', '2025-03-01'],
        ['transitsurvey', 'Northshire Transit Survey', '2025-04'],
      ],
    );
  });

  it('the brief gets the three findings the README shows, at the positions it shows', async () => {
    const corpus = await loadCorpus([path.join(EXAMPLE, 'corpus')], nodeFileSystem);
    const result = new BriefChecker(corpus).check(fs.readFileSync(path.join(EXAMPLE, 'brief.md'), 'utf8'), 'brief.md', 1);
    assert.deepEqual(
      result.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code}`),
      ['4:53 error contradicted-figure', '5:68 error unknown-citation', '6:37 error contradicted-polarity'],
    );
    assert.deepEqual(result.sentences.map((s) => s.verdict), ['supported', 'contradicted', 'supported', 'contradicted', 'opinion']);
  });

  it('the README quotes the example files as they are', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const missing = [...quotedLines(path.join(EXAMPLE, 'corpus', 'manifest.yaml')), ...quotedLines(path.join(EXAMPLE, 'brief.md'))].filter((line) => !readme.includes(`\n${line}\n`));
    assert.deepEqual(missing, []);
  });
});
