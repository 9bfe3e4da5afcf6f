// A table's source column cites its row (issue 13, item 3: a column of citations applies to its
// row): a key in backticks under "Source" is read as `[@key]` would be.
import * as assert from 'assert';
import { applyEdits, type Corpus } from '../../../src/core';
import { parseBrief } from '../../../src/core/brief/parse';
import { check, seedCorpus } from './helpers';

const HEAD = '| Option | Evidence point | Source |\n|---|---|---|\n';

describe('brief/columnCitations: keys in a source column cite their row', () => {
  // Each row: the source cell as written, and the keys the row then cites.
  const cells: [string, string[]][] = [
    ['`lwin2026gold`', ['lwin2026gold']],
    ['`@lwin2026gold`', ['lwin2026gold']],
    ['`lwin2026gold`; `ukopenlabs`', ['lwin2026gold', 'ukopenlabs']],
    // A bare name or prose names a source as prose does: no key.
    ['Lwin', []],
    ['State of the Union, 1990', []],
    ['`lwin2026gold` and the thread', []],
  ];
  for (const [cell, keys] of cells) {
    it(`${JSON.stringify(cell)} cites ${keys.length ? keys.join(', ') : 'nothing'}`, () => {
      const text = `${HEAD}| Build | Three American labs each run more AI compute than all of Europe | ${cell} |\n`;
      const [row] = parseBrief(text).sentences;
      assert.deepStrictEqual(row?.citations.map((c) => c.key), keys);
      for (const c of row?.citations ?? []) assert.strictEqual(text.slice(c.span.start, c.span.end), c.key);
    });
  }

  it('reads keys only under a header that names sources', () => {
    const text = '| Option | Evidence point | Model |\n|---|---|---|\n| Build | The lab trains one model | `llama3` |\n';
    assert.deepStrictEqual(parseBrief(text).sentences[0]?.citations, []);
  });
});

describe('checking a row cited by its source column', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('judges the row by the key in its source column, and swaps only the key inside the backticks', () => {
    const text = `${HEAD}| Build | Three American labs each run more AI compute than all of Europe combined | \`lwin2026gold\` |\n`;
    const result = check(corpus, text);
    const mismatch = result.findings.find((f) => f.code === 'citation-mismatch');
    assert.ok(mismatch, result.findings.map((f) => f.code).join(', '));
    assert.strictEqual(mismatch.targetText, 'lwin2026gold');
    assert.strictEqual(mismatch.message, '[@lwin2026gold] does not say this; [@sovereignthread] does');
    const swap = mismatch.fixes.find((fix) => fix.kind === 'swap-citation');
    assert.ok(swap);
    assert.ok(applyEdits(text, swap.edits).endsWith('| `sovereignthread` |\n'));
  });

  it('flags a key no source has, as in brackets', () => {
    const text = `${HEAD}| Adopt | Oxford and UCL share £60 million | \`smith2024\` |\n`;
    const unknown = check(corpus, text).findings.find((f) => f.code === 'unknown-citation');
    assert.strictEqual(unknown?.targetText, 'smith2024');
  });
});

describe('a row its own words contradict', () => {
  it('keeps the passage that contradicts it, whatever passage the header words draw in', async () => {
    const corpus = await seedCorpus();
    const text = `${HEAD}| Build | DeepSeek's R1 post-training reportedly cost about $3 million | \`sovereignthread\` |\n`;
    const f = check(corpus, text).findings.find((x) => x.code === 'contradicted-figure');
    assert.strictEqual(f?.message, 'Source says “$300k”, not “$3 million” [@sovereignthread]');
  });
});
