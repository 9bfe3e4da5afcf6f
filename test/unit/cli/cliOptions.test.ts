// `check -`, --min-severity, --quiet, --fix and the project file, as a user runs them.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { makeCorpus, removeDir } from '../corpus/helpers';

const CLI = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');

function cli(args: string[], cwd: string, input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, ...(input !== undefined ? { input } : {}) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const WRONG = 'Oxford and UCL share £40 million of new funding for open-source AI labs.\n';
const MIXED = `${WRONG}\nSingapore has pledged $1 billion to sovereign AI compute.\n`;

describe('cli: check -, --min-severity, --quiet, --fix, .brief-lens.yaml', function () {
  this.timeout(120_000);
  const made: string[] = [];
  const folder = (files: Record<string, string>): string => {
    const root = makeCorpus(files);
    made.push(root);
    return root;
  };
  after(() => made.forEach(removeDir));

  it('check - reads the brief from standard input', () => {
    const run = cli(['check', '-'], folder({}), WRONG);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^<stdin>:1:22 error contradicted-figure Source says “£60 million”, not “£40 million” \[@ukopenlabs\]$/m);
  });

  it('--min-severity and --quiet leave out the findings below', () => {
    const work = folder({});
    assert.match(cli(['check', '-'], work, MIXED).stdout, / warning unsupported-claim /);
    const errors = cli(['check', '-', '--min-severity', 'error'], work, MIXED);
    assert.doesNotMatch(errors.stdout, / warning /);
    assert.match(errors.stdout, / error contradicted-figure /);
    assert.equal(cli(['check', '-', '--quiet'], work, MIXED).stdout, errors.stdout);
    assert.equal(cli(['check', '-', '--min-severity', 'loud'], work, MIXED).status, 2);
  });

  it('--fix applies the safe fixes, writes the brief back and says what it changed', () => {
    const work = folder({ 'brief.md': WRONG });
    const run = cli(['check', 'brief.md', '--fix'], work);
    assert.match(run.stderr, /^brief\.md:1:22 fixed contradicted-figure: Replace “£40 million” with “£60 million” \(as the source states\)$/m);
    assert.equal(readFileSync(path.join(work, 'brief.md'), 'utf8'), 'Oxford and UCL share £60 million of new funding for open-source AI labs.\n');
    assert.equal(run.status, 0, run.stdout);
    // From standard input the fixed brief is printed.
    assert.equal(cli(['check', '-', '--fix'], work, WRONG).stdout, 'Oxford and UCL share £60 million of new funding for open-source AI labs.\n');
  });

  it('.brief-lens.yaml names the corpus (the seeds left out while it names a folder) and the severities', () => {
    const work = folder({
      '.brief-lens.yaml': 'corpus.folders: [sources]\nseverity:\n  contradicted-figure: warning\n',
      'sources/labs.md': '# Labs\n\nOxford and UCL share £70 million of new funding for open-source AI labs.\n',
    });
    const run = cli(['check', '-'], work, WRONG);
    assert.match(run.stdout, /^<stdin>:1:22 warning contradicted-figure Source says “£70 million”, not “£40 million” \[@labs\]$/m);
    assert.equal(run.status, 0, run.stderr);
    const sources = cli(['sources', '--format', 'json'], work);
    assert.deepEqual(JSON.parse(sources.stdout).sources.map((s: { key: string }) => s.key), ['labs']);
  });

  it('a project file with a bad setting warns and uses the default', () => {
    const work = folder({ '.brief-lens.json': '{ "corpus.includeSeeds": "sometimes" }' });
    const run = cli(['check', '-'], work, WRONG);
    assert.match(run.stderr, /warning: \.brief-lens\.json: corpus\.includeSeeds is invalid/);
    assert.match(run.stdout, /contradicted-figure/);
  });
});
