// A source's value standing where the claim's stands (the same thing counted, or a word beside
// both) contradicts the claim even when the rest of it is paraphrased (issue 13).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadCorpus, type Corpus } from '../../../../src/core';
import { nodeFileSystem } from '../../../../src/node/nodeFileSystem';
import { check, codes, seedCorpus } from '../helpers';

describe('contradiction by a value in the claim\'s own slot', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('flags a wrong amount beside the same words, though the rest is worded otherwise', () => {
    const text = 'The essay counts many Chinese unicorns, meaning businesses valued at more than USD 5 billion [@opensourcechina].';
    const result = check(corpus, text);
    const f = result.findings.find((x) => x.code === 'contradicted-figure');
    assert.ok(f, `findings: ${codes(result).join(', ')}`);
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.targetText, 'USD 5 billion');
    assert.deepStrictEqual(f.span, { start: 79, end: 92 });
    assert.strictEqual(f.message, 'Source says “USD 1 billion”, not “USD 5 billion” [@opensourcechina]');
    assert.strictEqual(f.fixes[0]?.kind, 'replace-value');
  });

  it('compares an uncited claim the same way: the slot, not the citation, says which value it is', () => {
    const result = check(corpus, 'The essay counts many Chinese unicorns, meaning businesses valued at more than USD 5 billion.');
    assert.deepStrictEqual(result.findings.map((f) => [f.code, f.targetText]), [['contradicted-figure', 'USD 5 billion']]);
  });

  it('reads no slot into a shift in time ("Eight years later the story had changed"): the words beside it are the story\'s', async () => {
    const speeches = await loadCorpus([path.join(__dirname, '../../../../eval/heldout/corpus')], nodeFileSystem);
    const result = check(speeches, 'Eight years later the story had changed.');
    assert.deepStrictEqual(result.findings.filter((f) => f.code.startsWith('contradicted')), []);
  });

  it('reads the shared end of a range as the slot of its other end ("from $10 billion to …")', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-lens-range-'));
    fs.writeFileSync(path.join(dir, 'budget.txt'), 'Lyndon Johnson, the budget message of 1964.\n\nIt will cut our deficit in half-from $10 billion to $4,900 million.\n');
    const budget = await loadCorpus([dir], nodeFileSystem);
    const text = 'Johnson promised to halve the deficit, from $10 billion to $5,900 million [@budget].';
    const result = check(budget, text);
    assert.deepStrictEqual(result.findings.map((f) => [f.code, f.targetText, f.span.start, f.message]), [
      ['contradicted-figure', '$5,900 million', text.indexOf('$5,900'), 'Source says “$4,900 million”, not “$5,900 million” [@budget]'],
    ]);
    assert.deepStrictEqual(codes(check(budget, text.replace('$5,900', '$4,900'))).filter((code) => code.startsWith('contradicted')), []);
  });

  it('flags a wrong year written into a name of the cited source ("Europe 2031")', () => {
    const text = 'Europe 2029, a scenario launched alongside that comparison, imagines what might happen to the continent if nothing changes [@sovereignthread].';
    const result = check(corpus, text);
    const f = result.findings.find((x) => x.code === 'contradicted-date');
    assert.ok(f, `findings: ${codes(result).join(', ')}`);
    assert.strictEqual(f.targetText, '2029');
    assert.deepStrictEqual(f.span, { start: 7, end: 11 });
    assert.strictEqual(f.message, 'Source says “2031”, not “2029” [@sovereignthread]');
  });

  it('compares the date of a reporting frame when the source dates the same words itself', () => {
    const text = 'Speaking in 1995, President Bill Clinton argued that openness would make it harder for China\'s government to stand in the way [@opensourcechina].';
    const result = check(corpus, text);
    assert.deepStrictEqual(result.findings.map((f) => [f.code, f.targetText, f.span.start, f.message]), [
      ['contradicted-date', '1995', 12, 'Source says “1997”, not “1995” [@opensourcechina]'],
    ]);
    assert.deepStrictEqual(codes(check(corpus, text.replace('1995', '1997'))), []);
    // The year the source is from, in the frame, is not a date its passages must repeat.
    assert.deepStrictEqual(codes(check(corpus, 'Writing in 2026, Lwin said the UK has long been Europe\'s number one in open source software and AI [@lwin2026gold].')), []);
  });
});
