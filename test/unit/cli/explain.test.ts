// `check --format json --explain`: every sentence says which check decided its verdict and what
// each check saw; the claim and source pieces are cut from the sentence and its top evidence.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describeExplanation } from '../../../src/core/explain';
import type { Explanation } from '../../../src/core/types';
import { makeCorpus, removeDir } from '../corpus/helpers';

const CLI = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');

interface JsonSentence {
  text: string;
  verdict: string;
  evidence: Array<{ text: string }>;
  explanation?: Explanation;
}

describe('check --explain', function () {
  this.timeout(120_000);
  let root: string;
  before(() => {
    root = makeCorpus({
      'corpus/budget.md': 'The city council approved the new transit budget in March. Bus fares rose by ten cents.\n',
      'brief.md': 'Bus fares fell by ten cents.\n\nThe city council approved the new transit budget.\n\nWe should build more bike lanes.\n',
    });
  });
  after(() => removeDir(root));

  function run(args: string[]): { status: number | null; sentences: JsonSentence[]; stderr: string } {
    const result = spawnSync(process.execPath, [CLI, 'check', 'brief.md', '--corpus', 'corpus', ...args], { cwd: root, encoding: 'utf8' });
    const sentences = result.stdout ? (JSON.parse(result.stdout) as { files: Array<{ sentences: JsonSentence[] }> }).files[0]!.sentences : [];
    return { status: result.status, sentences, stderr: result.stderr };
  }

  it('adds the deciding check and its observations to every sentence', () => {
    const { sentences } = run(['--format', 'json', '--explain']);
    const [fell, approved, opinion] = sentences;
    // "fell" / "rose": antonyms in WordNet, beside the shared "fares".
    assert.equal(fell?.verdict, 'contradicted');
    assert.equal(fell?.explanation?.decidedBy, 'antonym');
    assert.deepEqual(fell?.explanation?.observations.find((o) => o.effect === 'contradicts'), { check: 'antonym', effect: 'contradicts', claim: 'fell', source: 'rose' });
    assert.equal(approved?.verdict, 'supported');
    assert.equal(approved?.explanation?.decidedBy, 'words');
    assert.equal(opinion?.explanation?.decidedBy, 'opinion');
    // Analysis says why it is analysis: the classifier's cue and the sentence's words that are it.
    assert.deepEqual(opinion?.explanation?.analysis, { cue: 'modal', words: ['should'] });
    assert.equal(describeExplanation(opinion!.explanation!), 'Analysis, not checked against the sources: a modal verb (“should”).');
    for (const s of sentences) {
      for (const o of s.explanation?.observations ?? []) {
        assert.ok(s.text.includes(o.claim), `claim piece “${o.claim}” is in “${s.text}”`);
        if (o.source !== undefined) assert.ok(s.evidence[0]?.text.includes(o.source), `source piece “${o.source}” is in the top evidence`);
      }
    }
    assert.match(describeExplanation(fell!.explanation!), /^Decided by the antonym check: the brief's “fell” conflicts with the source's “rose”/);
  });

  it('leaves explanations out without --explain, and refuses --explain without json', () => {
    assert.equal(run(['--format', 'json']).sentences[0]?.explanation, undefined);
    const text = run(['--explain']);
    assert.equal(text.status, 2);
    assert.match(text.stderr, /--explain goes with check --format json/);
  });
});
