// Re-parsing after a small edit (brief/incremental.ts) gives exactly what a full parse gives.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { editedMask, reparseBrief } from '../../../src/core/brief/incremental';
import { parseBrief, type ParsedBrief } from '../../../src/core/brief/parse';
import { FINDING_CODES } from '../../../src/core/types';
import { generateBrief, seededRandom } from '../../../scripts/bench/brief';
import { loadSmallCorpus, ROOT } from './fixtures';

const MARKDOWN_RICH = [
  '---',
  'title: A brief',
  '---',
  '',
  '# Heading with words',
  '',
  'A paragraph with *emphasis*, **strong words**, `code`, a [link](https://example.org/page) and [@key, p. 3] citations.',
  'Another line of the same paragraph with_underscores and www.example.com plus mail@example.org here.',
  '',
  '1. A numbered item with 12 figures.',
  '2. Another item [@other].',
  '',
  '- bullet one with a ~~strike~~ word',
  '- bullet two <span>html</span> inline',
  '',
  '| Column | Value |',
  '| --- | --- |',
  '| cell words | 42 |',
  '',
  '> A quotation block with some words.',
  '',
  '<!-- brief-lens-disable-next-line unsupported-claim -->',
  'Setext heading text',
  '===',
  '',
  '    indented code words',
  '',
  'Final paragraph with @inline citation and a footnote[^1] and a [ref] link.',
  '',
  '[^1]: The footnote text.',
  '',
].join('\n');

/** A parse as plain data (suppressions are a closure: compared by what they answer). */
function comparable(brief: ParsedBrief): unknown {
  const lines = brief.text.split('\n').length;
  const suppressed: string[] = [];
  for (let line = 0; line <= lines; line++) for (const code of FINDING_CODES) if (brief.suppressions.isSuppressed(code, line)) suppressed.push(`${line}:${code}`);
  return { text: brief.text, sentences: brief.sentences, citations: brief.citations, mask: brief.mask, suppressed, lineStarts: Array.from({ length: lines }, (_, l) => brief.lines.lineStart(l)) };
}

describe('perf: incremental re-parse', function () {
  this.timeout(120_000);
  const texts: string[] = [MARKDOWN_RICH, MARKDOWN_RICH.replace('[^1]: The footnote text.', 'No definitions here.')];

  before(async () => {
    const corpus = await loadSmallCorpus();
    texts.push(generateBrief(corpus, { words: 600, seed: 5 }).text);
    const sample = path.join(ROOT, 'examples', 'sample-brief.md');
    if (fs.existsSync(sample)) texts.push(fs.readFileSync(sample, 'utf8'));
  });

  it('equals a full parse after random edits (typing letters and digits, deleting, punctuation, spaces)', () => {
    const random = seededRandom(99);
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789é';
    const other = ' .,*_[]@`#-\n|:<>!';
    let fast = 0;
    let total = 0;
    for (const original of texts) {
      let previous = parseBrief(original);
      for (let i = 0; i < 80; i++) {
        const text = previous.text;
        const at = Math.floor(random() * (text.length + 1));
        const roll = random();
        let next: string;
        if (roll < 0.45) next = text.slice(0, at) + alphabet.charAt(Math.floor(random() * alphabet.length)) + text.slice(at);
        else if (roll < 0.75) next = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 2));
        else if (roll < 0.9) next = text.slice(0, at) + other.charAt(Math.floor(random() * other.length)) + text.slice(at);
        else next = text.slice(0, at) + 'ab' + text.slice(at + 3);
        if (editedMask(previous, next)) fast++;
        total++;
        const incremental = reparseBrief(previous, next);
        assert.deepEqual(comparable(incremental), comparable(parseBrief(next)), `edit ${i} at ${at} of text ${texts.indexOf(original)}`);
        previous = incremental;
      }
    }
    // The fast path must actually be exercised.
    assert.ok(fast > total / 5, `${fast} of ${total} edits took the fast path`);
  });
});
