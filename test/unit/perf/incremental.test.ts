// The sentence memo is position-independent: a check moved to a new offset equals a check
// made there, and a checker that has seen earlier versions gives the same result as a fresh one.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BriefChecker, type Corpus } from '../../../src/core';
import { parseBrief } from '../../../src/core/brief/parse';
import { shiftCheck } from '../../../src/core/sentenceMemo';
import { verifySentence } from '../../../src/core/verify/verify';
import { generateBrief, seededRandom } from '../../../scripts/bench/brief';
import { loadSmallCorpus, ROOT } from './fixtures';

describe('perf: incremental checking', function () {
  this.timeout(120_000);
  let corpus: Corpus;
  let brief: string;
  const sample = path.join(ROOT, 'examples', 'sample-brief.md');

  before(async () => {
    corpus = await loadSmallCorpus();
    brief = generateBrief(corpus, { words: 1500, seed: 3 }).text;
  });

  it('a check verified at another offset and moved equals the check verified in place', () => {
    const texts = [brief, ...(fs.existsSync(sample) ? [fs.readFileSync(sample, 'utf8')] : [])];
    let compared = 0;
    for (const text of texts) {
      for (const s of parseBrief(text).sentences) {
        const keys = s.citations.map((c) => c.key);
        const inPlace = verifySentence(corpus, s.prose, s.span.start, keys);
        const moved = shiftCheck(verifySentence(corpus, s.prose, 0, keys), s.span.start);
        assert.deepEqual(moved, inPlace, `sentence at ${s.span.start}: ${s.text}`);
        const elsewhere = s.span.start + 1 + (compared % 500);
        assert.deepEqual(shiftCheck(verifySentence(corpus, s.prose, elsewhere, keys), s.span.start - elsewhere), inPlace, `moved back from ${elsewhere}`);
        compared++;
      }
    }
    assert.ok(compared > 50);
  });

  it('successive edits (typing, deleting, early and late) give the same result as a fresh checker', () => {
    const random = seededRandom(11);
    const checker = new BriefChecker(corpus);
    let text = brief;
    assert.deepEqual(checker.check(text, 'mem://brief.md', 1), new BriefChecker(corpus).check(text, 'mem://brief.md', 1));
    for (let version = 2; version <= 14; version++) {
      // Early edits move every later sentence; some edits delete, some type a figure or a letter.
      const at = version % 3 === 0 ? Math.floor(random() * 200) + 40 : Math.floor(random() * text.length);
      const roll = random();
      text = roll < 0.3 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + (roll < 0.6 ? '7' : 'e') + text.slice(at);
      const incremental = checker.check(text, 'mem://brief.md', version);
      const fresh = new BriefChecker(corpus).check(text, 'mem://brief.md', version);
      assert.deepEqual(incremental, fresh, `version ${version}`);
    }
  });

  it('inserting a paragraph at the top re-verifies only the new sentences', () => {
    const checker = new BriefChecker(corpus);
    const first = checker.check(brief, 'mem://b.md', 1);
    const memo = (checker as unknown as { sentences: { size: number } }).sentences;
    const before = memo.size;
    const moved = `An entirely new opening sentence about harbour dues in 1850.\n\n${brief}`;
    const second = checker.check(moved, 'mem://b.md', 2);
    assert.equal(memo.size, before + 1);
    assert.equal(second.sentences.length, first.sentences.length + 1);
    assert.deepEqual(second, new BriefChecker(corpus).check(moved, 'mem://b.md', 2));
  });
});
