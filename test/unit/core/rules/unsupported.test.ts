import * as assert from 'assert';
import { Corpus as CorpusIndex } from '../../../../src/core/corpus/corpus';
import type { Corpus } from '../../../../src/core';
import { check, codes, findingAt, seedCorpus } from '../helpers';

describe('rule: unsupported-claim', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('flags the whole uncited factual sentence, quoting the closest passage, with only a suppress fix', () => {
    const text = 'Singapore has pledged $1 billion to sovereign AI compute.';
    const result = check(corpus, text);
    assert.deepStrictEqual(codes(result), ['unsupported-claim']);
    const f = findingAt(result);
    assert.strictEqual(f.severity, 'warning');
    assert.strictEqual(f.targetText, text);
    assert.deepStrictEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 57 } });
    assert.strictEqual(f.message, 'No source in the corpus states this');
    assert.strictEqual(f.evidence?.key, 'ukopenlabs');
    assert.deepStrictEqual(f.fixes.map((x) => x.kind), ['suppress']);
  });

  it('is reported for a cited claim whose figure the cited source lacks, even when another source ranks first', () => {
    // The cited passage shares the programme's words but not its date, and covers under half of
    // the claim; another source covers more (and is the top evidence), without the date either.
    const twoSources = new CorpusIndex([
      { key: 'cited', title: 'Cited', file: '/corpus/cited.md', text: 'Farmers planted wheat in the spring. The national compute programme is run by the science ministry from offices in Leeds. Teachers met in the capital.' },
      { key: 'other', title: 'Other', file: '/corpus/other.md', text: 'The harbour opened a new pier. The national compute programme will deliver its first open models, officials said. Teachers met in the capital.' },
    ]);
    const result = check(twoSources, 'The national compute programme in Leeds will deliver its first open models by March 2027 [@cited].');
    assert.deepStrictEqual(codes(result), ['unsupported-claim']);
    assert.strictEqual(findingAt(result).message, 'No source states this; [@cited] says nothing on it');
  });

  it('is reported for a cited claim when the cited source says nothing on its subject', () => {
    const result = check(corpus, 'The Royal Navy commissioned three new frigates in 1987 [@ukopenlabs].');
    assert.deepStrictEqual(codes(result), ['unsupported-claim']);
    assert.strictEqual(result.findings[0]?.message, 'No source states this; [@ukopenlabs] says nothing on it');
  });

  it('is reported for a cited claim whose date the cited source lacks, near less than half of its words', () => {
    const text = 'The Oxford and UCL labs are expected to publish their first models by the end of 2027 [@ukopenlabs].';
    assert.deepStrictEqual(check(corpus, text).findings.map((f) => [f.code, f.severity, f.message, f.range.end.character]), [
      ['unsupported-claim', 'warning', 'No source states this; [@ukopenlabs] says nothing on it', 100],
    ]);
  });

  it('points at a figure the cited source never gives, though it has a passage on the claim\'s subject', () => {
    const shown = (text: string) => check(corpus, text).findings.map((f) => [f.code, f.severity, f.targetText, f.message]);
    assert.deepStrictEqual(shown('The £60 million will fund two new labs at Oxford and UCL, which will train 500 researchers [@ukopenlabs].'), [
      ['unsupported-claim', 'warning', '500', 'No source states “500”; [@ukopenlabs] gives no such figure'],
    ]);
    assert.deepStrictEqual(shown('The labs at Oxford and UCL received £60 million in 2019 [@ukopenlabs].'), [
      ['unsupported-claim', 'warning', '2019', 'No source states “2019”; [@ukopenlabs] gives no such figure'],
    ]);
    // The figure the source gives is not flagged; a different one of the same measure is contradicted.
    assert.deepStrictEqual(shown('The labs at Oxford and UCL received £60 million [@ukopenlabs].'), []);
  });

  it('is not reported for a cited claim whose source has a passage on it (information: not verified), nor for opinion', () => {
    const result = check(corpus, 'Singapore has pledged $1 billion to sovereign AI compute [@ukopenlabs].');
    assert.deepStrictEqual(result.findings.map((f) => [f.code, f.severity, f.message]), [
      ['citation-mismatch', 'information', 'Not verified: the nearest passage of [@ukopenlabs] does not state all of this'],
    ]);
    assert.deepStrictEqual(codes(check(corpus, 'Singapore should pledge $1 billion to sovereign AI compute.')), []);
  });
});

describe('rule: consider-citing (uncited analysis and narrative)', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('an uncited statement with names but no figure, date or quotation is the writer telling: no warning', () => {
    for (const text of ['The Netherlands already has real strengths in chip tooling.', 'The Brussels framing sharpened over time.', 'This would build a home market for Dutch chip firms.']) {
      const result = check(corpus, text);
      assert.deepStrictEqual(result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), [], text);
    }
  });

  it('the same statement with a measured figure, or cited, is a claim to support', () => {
    assert.deepStrictEqual(codes(check(corpus, 'The Netherlands pledged €2 billion to chip tooling.')), ['unsupported-claim']);
    assert.deepStrictEqual(codes(check(corpus, 'The Netherlands already has real strengths in chip tooling [@ukopenlabs].')), ['unsupported-claim']);
  });

  it('a date the corpus records for a source (to the day or month) dates the source: no warning; another date is contradicted by its dateline', () => {
    // lwin2026gold is dated 2026-02-02 in the seeds' manifest.
    const shown = (text: string) => codes(check(corpus, text)).filter((code) => code !== 'consider-citing');
    assert.deepStrictEqual(shown('Zin Lwin\'s piece, dated 2 February 2026, welcomes a more competitive tone in Whitehall.'), []);
    assert.deepStrictEqual(shown('A February 2026 blog welcomes a more competitive tone in Whitehall.'), []);
    assert.deepStrictEqual(shown('Zin Lwin\'s piece, dated 9 March 2026, welcomes a more competitive tone in Whitehall.'), ['contradicted-date']);
  });

  it('suggests a citation, as information, when uncited analysis names an entity and an event', () => {
    const text = 'Britain should follow now that Washington has changed course on open weights.';
    const result = check(corpus, text);
    assert.strictEqual(result.sentences[0]?.verdict, 'opinion');
    assert.deepStrictEqual(
      result.findings.map((f) => [f.code, f.severity, f.targetText, f.message, f.fixes.map((x) => x.kind)]),
      [['consider-citing', 'information', text, 'Consider citing a source: this names “Britain” and what happened (“changed”)', ['suppress']]],
    );
  });

  it('a cited reading with no figure, date, name or quotation that no source bears out is information, not a warning', () => {
    const reading = check(corpus, 'Historical precedent also counsels humility about containment strategies [@opensourcechina].');
    assert.deepStrictEqual(codes(reading), ['unsupported-claim']);
    assert.strictEqual(findingAt(reading).severity, 'information');
    // A name or a figure makes it a fact to support: a warning.
    const named = check(corpus, 'Singapore has pledged $1 billion to sovereign AI compute [@opensourcechina].');
    assert.strictEqual(findingAt(named).severity, 'warning');
  });

  it('says nothing of analysis without an event, nor of cited analysis', () => {
    for (const text of ['Britain should back open weights.', 'The Brussels approach is misguided.', 'Britain should follow now that Washington has changed course [@lwin2026gold].', 'The Brussels speeches reviewed here all framed openness as risk.']) {
      assert.ok(!codes(check(corpus, text)).includes('consider-citing'), text);
    }
  });
});
