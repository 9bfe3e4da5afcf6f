// The same corpus hard-wrapped at 72 columns (as a PDF export or an e-mail would be) must give
// the same verdicts and findings as the original, one paragraph per line.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BriefChecker, loadCorpus, type BriefResult, type Corpus } from '../../../src/core';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import { SEEDS } from '../core/helpers';
import { makeTempDir, removeDir } from './helpers';
import { nth } from '../../support/present';

/** Greedy wrapping at `width` columns, at spaces, as `fmt` or Python's textwrap do. */
function wrap(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/ +/)) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

function summary(result: BriefResult): string[] {
  return result.sentences.map((s) => `${s.verdict}: ${s.text}`).concat(result.findings.map((f) => `${f.code} ${f.span.start}-${f.span.end}`));
}

describe('corpus: hard-wrapped sources', function () {
  this.timeout(60_000);
  let folder: string;
  let original: Corpus;
  let wrapped: Corpus;
  before(async () => {
    folder = makeTempDir('brief-lens-wrapped-');
    for (const name of fs.readdirSync(SEEDS)) {
      const text = fs.readFileSync(path.join(SEEDS, name), 'utf8');
      fs.writeFileSync(path.join(folder, name), name.endsWith('.txt') ? text.split('\n').flatMap((line) => wrap(line, 72)).join('\n') : text);
    }
    original = await loadCorpus([SEEDS], nodeFileSystem);
    wrapped = await loadCorpus([folder], nodeFileSystem);
  });
  after(() => removeDir(folder));

  it('the wrapping really cut the sources into short lines', () => {
    const lines = fs.readFileSync(path.join(folder, '000_5fa7cb3d19954ec5.txt'), 'utf8').split('\n');
    assert.ok(lines.every((line) => line.length <= 100) && lines.length > 60, `${lines.length} lines`);
  });

  it('the example brief gets the same verdicts and findings against both', () => {
    const brief = fs.readFileSync(path.join(__dirname, '../../../examples/sample-brief.md'), 'utf8');
    const a = new BriefChecker(original).check(brief, 'brief.md', 1);
    const b = new BriefChecker(wrapped).check(brief, 'brief.md', 1);
    assert.deepEqual(summary(b), summary(a));
    // The evidence is the same statement, with line breaks where the wrapping put them (a
    // paragraph's last line that reaches the wrap width may carry a stray mark of the next).
    const flat = (r: BriefResult) => r.sentences.map((s) => s.evidence[0]?.text.replace(/\s+/g, ' ') ?? '');
    const [before, after] = [flat(a), flat(b)];
    before.forEach((text, i) => {
      const wrapped = nth(after, i, 'evidence of the wrapped source');
      assert.ok(wrapped.includes(text) || text.includes(wrapped), `${text}\n${wrapped}`);
    });
  });
});
