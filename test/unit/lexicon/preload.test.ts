// The editor reads the lexicon ahead of the first check, in slices (lexicon/source.ts
// preloadLexicon, issue 16). Run in a fresh process: the test set-up has read it in this one.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** In a fresh process: preloads with slices of `sliceMs` and counts the event loop's turns after the file is read. */
function preloadInFreshProcess(sliceMs: number): { before: boolean; after: boolean; turns: number; steps: number } {
  const script = `
    const { lexiconLoaded, preloadLexicon } = require(${JSON.stringify(path.join(ROOT, 'src/core/lexicon/source'))});
    const { wordNetTextInSteps } = require(${JSON.stringify(path.join(ROOT, 'src/core/lexicon/wordnet'))});
    const { readNodeLexicon, readNodeLexiconAsync } = require(${JSON.stringify(path.join(ROOT, 'src/node/lexicon'))});
    let turns = 0;
    let spinning = true;
    const spin = () => { turns++; if (spinning) setImmediate(spin); };
    const before = lexiconLoaded();
    const read = async () => { const text = await readNodeLexiconAsync(); turns = 0; setImmediate(spin); return text; };
    preloadLexicon(read, ${sliceMs}).then(() => {
      spinning = false;
      let steps = 0;
      const counted = wordNetTextInSteps(readNodeLexicon());
      while (!counted.next().done) steps++;
      console.log(JSON.stringify({ before, after: lexiconLoaded(), turns, steps }));
    });
  `;
  const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

describe('the lexicon read ahead of the first check (preloadLexicon)', () => {
  it('reads it in slices: the event loop turns between them, and afterwards it is loaded', function () {
    this.timeout(30_000);
    const run = preloadInFreshProcess(0);
    assert.equal(run.before, false);
    assert.equal(run.after, true);
    // Slices of 0 ms pause after every step: the loop turns at least once in each pause.
    assert.ok(run.steps >= 20, `${run.steps} steps`);
    assert.ok(run.turns >= run.steps, `${run.turns} turns of the event loop for ${run.steps} steps`);
  });
});
