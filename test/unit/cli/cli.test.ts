// End-to-end: spawns the bundled `node dist/cli.js` as a user would.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { version } from '../../../package.json';
import { FINDING_CODES } from '../../../src/core/types';
import { makeCorpus, removeDir } from '../corpus/helpers';

import { ROOT, runCli, type Run } from './spawn';

function cli(args: string[], cwd: string): Run {
  return runCli(args, cwd);
}

function assertNoStack(run: Run): void {
  assert.doesNotMatch(run.stderr, /^\s+at .+\(.+:\d+:\d+\)$/m, `stderr has a stack trace:\n${run.stderr}`);
}

const made: string[] = [];
function folder(files: Record<string, string | Uint8Array>): string {
  const root = makeCorpus(files);
  made.push(root);
  return root;
}

const OPINION_BRIEF = '# A view\n\nWe should fund more research.\n\nShould the government act now?\n';
const ERROR_BRIEF = '# Brief\n\nThe labs are described elsewhere [@nosuchkey].\n';

describe('cli (node dist/cli.js)', function () {
  this.timeout(120_000);
  let work: string;

  before(function () {
    this.timeout(300_000);
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'pipe' });
    work = folder({ 'opinion.md': OPINION_BRIEF, 'error.md': ERROR_BRIEF, 'briefs/one.md': OPINION_BRIEF, 'briefs/two.markdown': OPINION_BRIEF });
  });
  after(() => made.forEach(removeDir));

  describe('usage', () => {
    it('--help prints usage and exits 0', () => {
      const run = cli(['--help'], work);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^brief-lens — /);
      assert.match(run.stdout, /brief-lens check <files or globs\.\.\.> \[--corpus DIR\]\.\.\. \[--format text\|json\|sarif\]/);
    });

    it('--version prints the package version', () => {
      const run = cli(['--version'], work);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, `brief-lens ${version}\n`);
    });

    const bad: [string[], RegExp][] = [
      [[], /^brief-lens: missing command/],
      [['frobnicate'], /^brief-lens: unknown command "frobnicate"/],
      [['check'], /^brief-lens: check needs at least one brief/],
      [['check', 'opinion.md', '--format', 'xml'], /^brief-lens: unknown format "xml"/],
      [['check', 'opinion.md', '--nope'], /^brief-lens: Unknown option '--nope'/],
      [['sources', '--format', 'sarif'], /^brief-lens: unknown format "sarif" for sources/],
    ];
    for (const [args, message] of bad) {
      it(`exits 2 with a message for ${JSON.stringify(args)}`, () => {
        const run = cli(args, work);
        assert.equal(run.status, 2);
        assert.equal(run.stdout, '');
        assert.match(run.stderr, message);
        assert.match(run.stderr, /Run "brief-lens --help" for usage\./);
        assertNoStack(run);
      });
    }
  });

  describe('sources', () => {
    it('lists the bundled corpus by default', () => {
      const run = cli(['sources'], work);
      assert.equal(run.status, 0, run.stderr);
      for (const key of ['lwin2026gold', 'ukopenlabs', 'sovereignthread', 'opensourcechina']) assert.match(run.stdout, new RegExp(`^${key}  `, 'm'));
      assert.match(run.stdout, /^ {4}author: Zin Lwin$/m);
      assert.match(run.stdout, /^4 sources, \d+ passages$/m);
    });

    it('prints JSON with key, title, author, date, file and passage count', () => {
      const run = cli(['sources', '--format', 'json'], work);
      assert.equal(run.status, 0, run.stderr);
      const output = JSON.parse(run.stdout);
      assert.deepEqual(Object.keys(output), ['sources', 'problems']);
      assert.equal(output.sources.length, 4);
      const first = output.sources[0];
      assert.equal(first.key, 'lwin2026gold');
      assert.equal(first.author, 'Zin Lwin');
      assert.equal(first.date, '2026-02-02');
      assert.ok(path.isAbsolute(first.file) && first.file.endsWith('000_5fa7cb3d19954ec5.txt'));
      assert.ok(output.sources.every((source: { passageCount: number }) => source.passageCount > 0));
      assert.deepEqual(output.problems, []);
    });
  });

  describe('check', () => {
    it('exits 0 when there is no error-level finding', () => {
      const run = cli(['check', 'opinion.md'], work);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /0 errors, .* in 1 brief \(\d+ sentences? checked\)\n$/);
    });

    it('exits 1 on an error-level finding and prints it like a linter', () => {
      const run = cli(['check', 'error.md'], work);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /^error\.md:3:\d+ error unknown-citation .*nosuchkey/m);
      for (const line of run.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l))) {
        assert.match(line, /^[^:]+:\d+:\d+ (error|warning|information|hint) [a-z-]+ \S/);
      }
    });

    it('quotes the evidence a finding rests on', () => {
      const brief = folder({ 'b.md': 'DeepSeek R1 post-train cost $300k [@lwin2026gold].\n' });
      const run = cli(['check', 'b.md'], brief);
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      assert.match(run.stdout, /^ {4}evidence \((supports|contradicts|related)\) \[@\w+\] \S+:\d+:\d+: ".+"$/m);
    });

    it('expands globs and folders, and checks each brief once', () => {
      const run = cli(['check', 'briefs', '*.md', 'briefs/*.md', '--format', 'json'], work);
      assert.equal(run.status, 1, run.stderr);
      const files = JSON.parse(run.stdout).files.map((file: { file: string }) => file.file);
      assert.deepEqual(files, ['briefs/one.md', 'briefs/two.markdown', 'error.md', 'opinion.md']);
    });

    it('prints the documented JSON shape', () => {
      const run = cli(['check', 'error.md', 'opinion.md', '--format', 'json'], work);
      assert.equal(run.status, 1, run.stderr);
      const output = JSON.parse(run.stdout);
      assert.deepEqual(Object.keys(output), ['version', 'files', 'problems']);
      assert.equal(output.version, 2);
      for (const file of output.files) {
        assert.deepEqual(Object.keys(file), ['file', 'sentences', 'findings']);
        for (const sentence of file.sentences) {
          assert.deepEqual(Object.keys(sentence), ['text', 'range', 'verdict', 'evidence', 'corrections', 'citations', 'claims']);
          assert.ok(sentence.claims.length >= 1);
          for (const claim of sentence.claims) assert.deepEqual(Object.keys(claim), ['text', 'range', 'verdict', 'evidence', 'corrections', 'citations']);
          assert.deepEqual(Object.keys(sentence.range.start), ['line', 'character']);
          for (const evidence of sentence.evidence) assert.deepEqual(Object.keys(evidence), ['key', 'file', 'start', 'end', 'text', 'stance']);
        }
        for (const finding of file.findings) {
          assert.deepEqual(Object.keys(finding), ['code', 'severity', 'message', 'range', 'fixes']);
          for (const fix of finding.fixes) {
            assert.deepEqual(Object.keys(fix), ['title', 'edits']);
            for (const edit of fix.edits) assert.deepEqual(Object.keys(edit), ['range', 'newText']);
          }
        }
      }
      const unknown = output.files[0].findings.find((finding: { code: string }) => finding.code === 'unknown-citation');
      assert.ok(unknown, run.stdout);
      assert.equal(unknown.severity, 'error');
    });

    it('gives evidence offsets into the source text (UTF-16 code units)', () => {
      const brief = folder({ 'b.md': 'The UK invested £60 million in open-source AI labs at Oxford and UCL.\n' });
      const run = cli(['check', 'b.md', '--format', 'json'], brief);
      const output = JSON.parse(run.stdout);
      const evidence = output.files[0].sentences.flatMap((sentence: { evidence: unknown[] }) => sentence.evidence);
      assert.ok(evidence.length > 0, run.stdout);
      for (const item of evidence) {
        const text = readFileSync(path.resolve(brief, item.file), 'utf8').replace(/^\uFEFF/, '');
        assert.equal(text.slice(item.start, item.end), item.text);
      }
    });

    it('prints SARIF 2.1.0 that code scanning accepts', () => {
      const run = cli(['check', 'error.md', 'opinion.md', '--format', 'sarif'], work);
      assert.equal(run.status, 1, run.stderr);
      const sarif = JSON.parse(run.stdout);
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      assert.equal(sarif.runs.length, 1);
      const { driver } = sarif.runs[0].tool;
      assert.equal(driver.name, 'brief-lens');
      assert.deepEqual(driver.rules.map((rule: { id: string }) => rule.id), [...FINDING_CODES]);
      const results = sarif.runs[0].results;
      assert.ok(results.length > 0);
      for (const result of results) {
        assert.ok(FINDING_CODES.includes(result.ruleId));
        assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(result.level));
        assert.ok(result.message.text.length > 0);
        const { artifactLocation, region } = result.locations[0].physicalLocation;
        assert.ok(['error.md', 'opinion.md'].includes(artifactLocation.uri));
        assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
        assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endColumn >= 1);
      }
    });

    it('exits 2 for a missing brief, with a message and no stack, and still checks the others', () => {
      const run = cli(['check', 'missing.md', 'opinion.md'], work);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^brief-lens: cannot check missing\.md: no such file$/m);
      assert.match(run.stdout, /in 1 brief/);
      assertNoStack(run);
    });

    it('reads a brief that is not UTF-8 as Windows-1252, with a warning', () => {
      const brief = folder({ 'legacy.md': Buffer.from('We should act \x93now\x94.\n', 'latin1') });
      const run = cli(['check', 'legacy.md', '--format', 'json'], brief);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /^brief-lens: warning: legacy\.md is not valid UTF-8 .*read as Windows-1252/m);
      assert.equal(JSON.parse(run.stdout).files[0].sentences[0].text, 'We should act “now”.');
    });

    it('exits 2 when a glob matches nothing', () => {
      const run = cli(['check', 'nothing/**/*.md'], work);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /cannot check nothing\/\*\*\/\*\.md: no file matches this pattern/);
      assert.equal(run.stdout, '');
    });

    it('exits 2 for a brief that is not text', () => {
      const brief = folder({ 'b.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) });
      const run = cli(['check', 'b.md'], brief);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /cannot check b\.md: is binary, not text/);
      assertNoStack(run);
    });
  });

  describe('a faulty corpus', () => {
    let corpus: string;
    before(() => {
      corpus = folder({
        'manifest.json': '{ "sources": [ { "file": "labs.md", "key": ',
        'labs.md': 'Open labs\n\nThe government gave £60 million to open-source AI labs in 2026.\n',
        'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
        'empty.txt': '',
      });
    });

    it('sources lists the problems, naming each file, and the rest', () => {
      const run = cli(['sources', '--corpus', corpus], work);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^labs {2}Open labs$/m);
      assert.match(run.stdout, /^3 problems:$/m);
      // The manifest stops short: the fault is at its end, line 1 column 44.
      assert.match(run.stdout, /manifest\.json:1:44: manifest is not valid JSON: /);
      assert.match(run.stdout, /image\.md: is binary, not text \(NUL byte at offset 8\); not indexed/);
      assert.match(run.stdout, /empty\.txt: is empty; not indexed/);
    });

    it('check reports the problems in JSON and still checks against the rest', () => {
      const brief = folder({ 'b.md': 'The government gave £60 million to open-source AI labs in 2026 [@labs].\n' });
      const run = cli(['check', 'b.md', '--corpus', corpus, '--format', 'json'], brief);
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      const output = JSON.parse(run.stdout);
      const files = output.problems.map((problem: { file: string }) => path.basename(problem.file)).sort();
      assert.deepEqual(files, ['empty.txt', 'image.md', 'manifest.json']);
      const findings = output.files[0].findings.map((finding: { code: string }) => finding.code);
      assert.ok(!findings.includes('unknown-citation'), JSON.stringify(findings));
    });

    it('check in text format reports the problems on stderr', () => {
      const run = cli(['check', 'opinion.md', '--corpus', corpus], work);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /^brief-lens: corpus problem: .*image\.md: is binary/m);
    });

    it('points a manifest fault at its entry on stderr (file:line:col, 1-based)', () => {
      const listed = folder({
        'manifest.yaml': 'sources:\n  - file: labs.md\n    key: labs\n    title: Labs\n  - file: gone.md\n    key: gone\n',
        'labs.md': 'Open labs\n\nThe government gave £60 million to open-source AI labs in 2026.\n',
      });
      const run = cli(['check', 'opinion.md', '--corpus', listed], work);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /^brief-lens: corpus problem: \S*manifest\.yaml:5:5: sources\[1\] \("gone\.md"\): title is required$/m);
    });

    it('exits 2 when the corpus has no usable source', () => {
      const unusable = folder({ 'image.md': Buffer.from([0x00, 0x01]), 'manifest.yaml': 'sources: [' });
      for (const args of [['sources'], ['check', path.join(work, 'opinion.md')]]) {
        const run = cli([...args, '--corpus', unusable], work);
        assert.equal(run.status, 2, args.join(' '));
        assert.match(run.stderr, /brief-lens: corpus problem: .*image\.md: is binary/);
        assert.match(run.stderr, /brief-lens: the corpus has no usable source/);
        assert.equal(run.stdout, '');
        assertNoStack(run);
      }
    });

    it('exits 2 when the corpus folder does not exist', () => {
      const run = cli(['check', 'opinion.md', '--corpus', 'no-such-dir'], work);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /corpus problem: no-such-dir: corpus folder does not exist/);
    });

    it('--max-file-mb skips larger source files with a problem', () => {
      const sized = folder({ 'big.txt': `Big\n${'word '.repeat(300_000)}`, 'small.txt': 'Small\n\nA fact.\n' });
      const run = cli(['sources', '--corpus', sized, '--max-file-mb', '1', '--format', 'json'], work);
      assert.equal(run.status, 0, run.stderr);
      const output = JSON.parse(run.stdout);
      assert.deepEqual(output.sources.map((source: { key: string }) => source.key), ['small']);
      assert.match(output.problems[0].message, /^is 1\.4 MB, over the 1 MB limit for a source file; not indexed$/);
    });

    it('reads several --corpus folders', () => {
      const second = folder({ 'other.txt': 'Another source\n\nBridges need steel.\n' });
      const run = cli(['sources', '--corpus', corpus, '--corpus', second, '--format', 'json'], work);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout).sources.map((source: { key: string }) => source.key), ['labs', 'other']);
    });
  });
});
