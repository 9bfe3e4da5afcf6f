import * as assert from 'assert';
import type { Corpus } from '../../../../src/core';
import { check, codes, seedCorpus } from '../helpers';

describe('rule: unsupported-claim', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('flags the whole uncited factual sentence, quoting the closest passage, with only a suppress fix', () => {
    const text = 'Singapore has pledged $1 billion to sovereign AI compute.';
    const result = check(corpus, text);
    assert.deepStrictEqual(codes(result), ['unsupported-claim']);
    const [f] = result.findings;
    assert.strictEqual(f.severity, 'warning');
    assert.strictEqual(f.targetText, text);
    assert.deepStrictEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 57 } });
    assert.strictEqual(
      f.message,
      "Unsupported: no source in the corpus states this. Closest passage: “- •The initiative is part of the UK's broader 'AI Sovereignty Strategy' which seeks to establish a domestic compute infrastructure independent of hyperscalers …” — UK Invests £60M in Open-Source AI Research Labs [@ukopenlabs]",
    );
    assert.deepStrictEqual(f.fixes.map((x) => x.kind), ['suppress']);
  });

  it('is not reported for a sentence that cites a source, nor for opinion', () => {
    assert.ok(!codes(check(corpus, 'Singapore has pledged $1 billion to sovereign AI compute [@ukopenlabs].')).includes('unsupported-claim'));
    assert.deepStrictEqual(codes(check(corpus, 'Singapore should pledge $1 billion to sovereign AI compute.')), []);
  });
});
