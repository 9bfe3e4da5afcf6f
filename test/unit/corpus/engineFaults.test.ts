// Corpus faults through the engine (issue 7): problems reach Corpus.problems and the rest checks.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { BriefChecker, loadCorpus } from '../../../src/core';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import { makeCorpus, removeDir } from './helpers';
import { nth } from '../../support/present';

describe('corpus faults through the engine', () => {
  let root: string;
  before(() => {
    root = makeCorpus({
      'manifest.yaml': 'sources:\n  - file: labs.md\n    key: labs\n    title: Open labs\n  - file: ../outside.md\n    key: out\n    title: Out\n',
      'labs.md': 'Open labs\n\nThe government gave £60 million to open-source AI labs at Oxford and UCL in 2026.\n',
      'labs.txt': 'A second file with the stem labs.\n',
      'binary.md': Buffer.from([0x00, 0x01, 0x02]),
      'empty.md': '',
      'legacy.txt': Buffer.from('Legacy \x93quoted\x94 text about bridges.\n', 'latin1'),
    });
  });
  after(() => removeDir(root));

  it('lists every problem with its file and indexes the rest', async () => {
    const corpus = await loadCorpus([root, path.join(root, 'missing')], nodeFileSystem);
    assert.deepEqual(corpus.sources.map((source) => source.key), ['labs', 'legacy']);
    const problems = corpus.problems.map((problem) => `${path.relative(root, problem.file)}: ${problem.message}`);
    assert.deepEqual(problems, [
      'manifest.yaml: sources[1] ("../outside.md"): file path escapes the corpus folder (absolute or ".."); entry ignored',
      'binary.md: is binary, not text (NUL byte at offset 0); not indexed',
      'empty.md: is empty; not indexed',
      'labs.txt: duplicate key "labs" (from its file name) is already used by ' + path.join(root, 'labs.md') + '; not indexed — give it another key in the manifest',
      'legacy.txt: is not valid UTF-8 (first bad byte at offset 7); read as Windows-1252 — save it as UTF-8 to be sure its characters are right',
      'missing: corpus folder does not exist',
    ]);
  });

  it('checks a brief against what did load', async () => {
    const corpus = await loadCorpus([root], nodeFileSystem);
    const result = new BriefChecker(corpus).check('The government gave £60 million to open-source AI labs at Oxford and UCL in 2026 [@labs].\n', 'brief.md', 1);
    assert.equal(result.sentences.length, 1);
    assert.equal(nth(result.sentences, 0, 'sentence').verdict, 'supported');
    assert.equal(nth(nth(result.sentences, 0, 'sentence').evidence, 0, 'evidence').key, 'labs');
    assert.ok(!result.findings.some((finding) => finding.code === 'unknown-citation'));
  });
});
