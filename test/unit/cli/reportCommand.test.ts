// End-to-end: `node dist/cli.js report` as a user runs it.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { makeCorpus, removeDir } from '../corpus/helpers';

import { ROOT, runCli } from './spawn';

const EXAMPLE = path.join(ROOT, 'examples', 'sample-brief.md');

function cli(args: string[], cwd: string) {
  return runCli(args, cwd, { env: { BRIEF_LENS_CACHE: 'off' } });
}

/** Exit code of `check` on the same brief. */
function check(cwd: string): number | null {
  return cli(['check', 'briefs/brief.md'], cwd).status;
}

describe('cli report (node dist/cli.js report)', function () {
  this.timeout(120_000);
  let work: string;

  before(function () {
    this.timeout(300_000);
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'pipe' });
    work = makeCorpus({ 'brief.md': readFileSync(EXAMPLE, 'utf8'), 'opinion.md': '# View\n\nWe should fund more research.\n', 'corpus/labs.md': 'Labs\n\nThe labs opened in 2026.\n' });
  });
  after(() => removeDir(work));

  it('writes the HTML report to -o and exits 1, as check does, on an error-level finding', () => {
    const run = cli(['report', 'brief.md', '-o', 'out/../report.html'], work);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /wrote report\.html \(1 brief\)/);
    const html = readFileSync(path.join(work, 'report.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.equal(html.match(/<li class="card v-/g)?.length, 17);
    assert.match(html, /Made by brief-lens \d+\.\d+\.\d+/);
  });

  it('prints Markdown and CSV to standard output; exit 0 without an error-level finding', () => {
    const markdown = cli(['report', 'opinion.md', '--format', 'markdown'], work);
    assert.equal(markdown.status, 0, markdown.stderr);
    assert.match(markdown.stdout, /^# Fact-check report\n/);
    assert.match(markdown.stdout, /\| 1 \| 3 \| 💬 Opinion \/ analysis \| We should fund more research\. \|/);
    const csv = cli(['report', 'brief.md', 'opinion.md', '-f', 'csv'], work);
    assert.equal(csv.status, 1, csv.stderr);
    const records = csv.stdout.split('\r\n').filter(Boolean);
    assert.equal(records.length, 1 + 17 + 1);
    assert.match(records[18]!, /^opinion\.md,1,3,View,We should fund more research\.,opinion,/);
  });

  it('never writes into a brief or a corpus folder, and says why (exit 2)', () => {
    const intoBrief = cli(['report', 'brief.md', '-o', 'brief.md'], work);
    assert.equal(intoBrief.status, 2);
    assert.match(intoBrief.stderr, /will not write the report to brief\.md: it is one of the briefs/);
    assert.equal(readFileSync(path.join(work, 'brief.md'), 'utf8'), readFileSync(EXAMPLE, 'utf8'));
    const intoCorpus = cli(['report', 'opinion.md', '--corpus', 'corpus', '-o', 'corpus/report.html'], work);
    assert.equal(intoCorpus.status, 2);
    assert.match(intoCorpus.stderr, /it is inside the corpus folder corpus/);
    assert.ok(!existsSync(path.join(work, 'corpus', 'report.html')));
  });

  it('an unwritable target is a clear message, exit 2, no stack', () => {
    const run = cli(['report', 'opinion.md', '-o', 'no/such/folder/report.html'], work);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^brief-lens: cannot write the report to no\/such\/folder\/report\.html: .+$/m);
    assert.doesNotMatch(run.stderr, /^\s+at /m);
  });

  it('honours the project file as check does: its corpus folders and severities, the seeds only without a corpus folder', () => {
    const project = makeCorpus({
      '.brief-lens.json': '{ "corpus.folders": ["sources"], "severity": { "unsupported-claim": "error" } }\n',
      'sources/labs.md': 'Labs\n\nThe labs opened in 2026 with 40 staff.\n',
      'briefs/brief.md': '# Labs\n\nThe labs opened in 2026 with 40 staff.\n\nThe labs pledged €9 billion to chip tooling.\n\nOxford and UCL share £60 million for open-source AI labs.\n',
    });
    try {
      const run = cli(['report', 'briefs/brief.md', '-f', 'markdown'], project);
      assert.equal(run.status, 1, 'unsupported-claim is an error by the project file');
      assert.match(run.stdout, /\| 1 \| 3 \| ✅ Supported \| The labs opened in 2026 with 40 staff\. \|  \| .* \| `@labs`: “The labs opened in 2026 with 40 staff\.” \| `supported-uncited` \|/);
      assert.match(run.stdout, /## Sources\n\n- `@labs` Labs: supports 1, contradicts 0\n$/, 'the project file\'s corpus only');
      assert.equal(check(project), run.status, 'the same exit code as check');
      assert.doesNotMatch(run.stdout, /Supported \| Oxford and UCL/, 'a corpus folder is configured: no seeds');
      assert.match(cli(['report', 'briefs/brief.md', '-f', 'markdown', '--seeds'], project).stdout, /✅ Supported \| Oxford and UCL share £60 million/);
    } finally {
      removeDir(project);
    }
  });

  it('an unreadable brief exits 2 (as check), and the report holds the others', () => {
    const run = cli(['report', 'opinion.md', 'missing.md', '-f', 'csv'], work);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot check missing\.md: no such file/);
    assert.equal(run.stdout.split('\r\n').filter(Boolean).length, 2);
  });
});
