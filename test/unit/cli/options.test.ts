// End-to-end (node dist/cli.js, built by cli.test.ts's before hook or here): the project file,
// the seeds default, standard input, --min-severity, --quiet and --fix, with exact output and exit codes.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeFixed } from '../../../src/cli/fix';
import { makeCorpus, removeDir } from '../corpus/helpers';

import { ROOT, runCli, type Run } from './spawn';

function cli(args: string[], cwd: string, input?: string): Run {
  return runCli(args, cwd, input === undefined ? {} : { input });
}

/** The finding lines of a text report as `file:line:col severity code`, and its summary line. */
function findingsOf(stdout: string): string[] {
  return stdout.split('\n').flatMap((line) => {
    if (/^\d+ errors?, /.test(line)) return [line];
    const [where, severity, code] = line.split(' ');
    return /^\S+:\d+:\d+$/.test(where ?? '') && severity !== 'fixed' ? [`${where} ${severity} ${code}`] : [];
  });
}

const LABS = 'Open labs\n\nThe government gave £60 million to open-source AI labs in 2026.\n';
const BRIEF = [
  '# Labs',
  '',
  'The government gave £50 million to open-source AI labs in 2026 [@labs].',
  '',
  'The labs opened in Leeds [@nokey].',
  '',
  'The government gave £60 million to open-source AI labs in 2026.',
  '',
  'The Humber bridge cost £98 million in 1981.',
  '',
].join('\n');
const FIXED = BRIEF.replace('£50 million', '£60 million').replace('labs in 2026.\n', 'labs in 2026 [@labs].\n');
const PROJECT = '{\n  "corpus": { "folders": ["sources"] },\n  "severity": { "unknown-citation": "information" }\n}\n';

const made: string[] = [];
function folder(files: Record<string, string | Uint8Array>): string {
  const root = makeCorpus(files);
  made.push(root);
  return root;
}

describe('cli options (node dist/cli.js)', function () {
  this.timeout(120_000);

  before(function () {
    this.timeout(300_000);
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'pipe' });
  });
  after(() => made.forEach(removeDir));

  it('--help documents every option, the project file and the exit codes', () => {
    const run = cli(['--help'], ROOT);
    assert.equal(run.status, 0);
    for (const option of ['--seeds', '--no-seeds', '--min-severity S', '-q, --quiet', '--fix', '--stdin-filename N', 'brief-lens check - [--stdin-filename NAME]', 'Project file (check, sources, report): .brief-lens.json or .brief-lens.yaml']) {
      assert.ok(run.stdout.includes(option), option);
    }
    assert.match(run.stdout, /file:line:col fixed <code>: "old" → "new"/);
    assert.match(run.stdout, /Exit codes \(check and report\):\n {2}0 {2}no error-level finding \(after --fix: none left\)\n {2}1 {2}at least one error-level finding \(no filter hides errors\)\n/);
  });

  describe('the project file and the seeds', () => {
    it('finds .brief-lens.json by walking up from the brief: its corpus (relative to it) replaces the seeds, its severities apply', () => {
      const work = folder({ '.brief-lens.json': PROJECT, 'sources/labs.md': LABS, 'briefs/deep/a.md': BRIEF });
      const run = cli(['check', 'briefs/deep/a.md'], work);
      assert.equal(run.stderr, '');
      assert.equal(run.status, 1);
      assert.deepEqual(findingsOf(run.stdout), [
        'briefs/deep/a.md:3:21 error inconsistent-fact',
        'briefs/deep/a.md:5:28 information unknown-citation',
        'briefs/deep/a.md:7:1 hint supported-uncited',
        'briefs/deep/a.md:9:1 warning unsupported-claim',
        '1 error, 1 warning, 1 info, 1 hint in 1 brief (4 sentences checked)',
      ]);
      const sources = cli(['sources', '--format', 'json'], path.join(work, 'briefs'));
      assert.deepEqual(JSON.parse(sources.stdout).sources.map((source: { key: string }) => source.key), ['labs']);
    });

    it('reads .brief-lens.yaml, and --seeds / includeSeeds: always add the seeds to the corpus', () => {
      const work = folder({ '.brief-lens.yaml': 'corpus:\n  folders: [sources]\n', 'sources/labs.md': LABS });
      const keys = (args: string[]) => JSON.parse(cli(['sources', '--format', 'json', ...args], work).stdout).sources.map((source: { key: string }) => source.key);
      assert.deepEqual(keys([]), ['labs']);
      assert.deepEqual(keys(['--seeds']), ['lwin2026gold', 'ukopenlabs', 'sovereignthread', 'opensourcechina', 'labs']);
      writeFileSync(path.join(work, '.brief-lens.yaml'), 'corpus:\n  folders: [sources]\n  includeSeeds: always\n');
      assert.deepEqual(keys([]).length, 5);
      assert.deepEqual(keys(['--no-seeds']), ['labs']);
    });

    it('--corpus replaces the project file\'s folders; without any folder the seeds are the corpus, --no-seeds leaves none', () => {
      const work = folder({ '.brief-lens.yaml': 'corpus:\n  folders: [sources]\n', 'sources/labs.md': LABS, 'other/bridges.txt': 'Bridges\n\nThe Humber bridge cost £98 million in 1981.\n' });
      const keys = (args: string[], cwd = work) => JSON.parse(cli(['sources', '--format', 'json', ...args], cwd).stdout).sources.map((source: { key: string }) => source.key);
      assert.deepEqual(keys(['--corpus', 'other']), ['bridges']);
      const bare = folder({ 'a.md': 'We should act.\n' });
      assert.equal(keys([], bare).length, 4);
      const none = cli(['sources', '--no-seeds'], bare);
      assert.equal(none.status, 2);
      assert.equal(none.stderr, 'brief-lens: the corpus has no usable source (no folder)\n');
    });

    it('a bibliography is a source of one\'s own too: with one and no folder, the seeds are left out unless --seeds', () => {
      const work = folder({ 'refs.bib': '@report{smith2020,\n  title = {A Report},\n  author = {Smith, Jo},\n  year = {2020}\n}\n' });
      const keys = (args: string[]) => JSON.parse(cli(['sources', '--format', 'json', ...args], work).stdout).sources.map((source: { key: string }) => source.key);
      assert.deepEqual(keys(['--bibliography', 'refs.bib']), ['smith2020']);
      assert.deepEqual(keys(['-b', 'refs.bib', '--seeds']).sort(), ['lwin2026gold', 'opensourcechina', 'smith2020', 'sovereignthread', 'ukopenlabs']);
      writeFileSync(path.join(work, '.brief-lens.yaml'), 'bibliography: [refs.bib]\n');
      assert.deepEqual(keys([]), ['smith2020']);
    });

    it('reports faults of the project file with line and column, uses its valid keys, and never crashes', () => {
      const work = folder({
        '.brief-lens.yaml': 'corpus:\n  folders: [sources]\n  includeSeeds: sometimes\nseverity:\n  misquote: fatal\nfiles:\n  exclude: 3\n',
        'sources/labs.md': LABS,
        'a.md': 'We should act.\n',
      });
      const run = cli(['check', 'a.md'], work);
      assert.equal(run.status, 0);
      assert.equal(run.stderr, [
        'brief-lens: project file problem: .brief-lens.yaml:3:17: corpus.includeSeeds: expected "auto", "always" or "never"; this setting is ignored',
        'brief-lens: project file problem: .brief-lens.yaml:5:13: severity.misquote: Invalid option: expected one of "error"|"warning"|"information"|"hint"|"off"; this setting is ignored',
        'brief-lens: project file problem: .brief-lens.yaml:7:12: files.exclude: Invalid input: expected array, received number; this setting is ignored',
        '',
      ].join('\n'));
      const jsonRun = cli(['check', 'a.md', '--format', 'json'], work);
      assert.equal(jsonRun.stderr, '', 'JSON lists the problems in its output, not on stderr');
      const json = JSON.parse(jsonRun.stdout);
      assert.deepEqual(json.problems.map((problem: { file: string }) => path.basename(problem.file)), ['.brief-lens.yaml', '.brief-lens.yaml', '.brief-lens.yaml']);
      const sarif = JSON.parse(cli(['check', 'a.md', '--format', 'sarif'], work).stdout);
      const notifications = sarif.runs[0].invocations[0].toolExecutionNotifications as { descriptor: { id: string }; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[];
      assert.deepEqual(notifications.map(({ descriptor, locations }) => `${descriptor.id} ${locations[0]!.physicalLocation.region.startLine}:${locations[0]!.physicalLocation.region.startColumn}`), [
        'project-file-problem 3:17',
        'project-file-problem 5:13',
        'project-file-problem 7:12',
      ]);
      writeFileSync(path.join(work, '.brief-lens.yaml'), 'corpus: [');
      const broken = cli(['check', 'a.md'], work);
      assert.equal(broken.status, 0);
      assert.match(broken.stderr, /^brief-lens: project file problem: \.brief-lens\.yaml:1:\d+: not valid YAML: /);
      assert.match(broken.stdout, /in 1 brief/);
    });

    it('applies files.exclude to what folders and globs find, never to a brief named on the command line', () => {
      const work = folder({ '.brief-lens.json': '{ "files": { "exclude": ["drafts/**"] } }', 'drafts/d.md': 'We should act.\n', 'final/f.md': 'We should act.\n', 'CHANGELOG.md': '# Changes\n' });
      const files = (args: string[]) => JSON.parse(cli(['check', '--format', 'json', ...args], work).stdout).files.map((file: { file: string }) => file.file);
      assert.deepEqual(files(['.']), ['CHANGELOG.md', 'final/f.md']);
      assert.deepEqual(files(['drafts/d.md']), ['drafts/d.md']);
      const none = cli(['check', 'drafts'], work);
      assert.equal(none.status, 2);
      assert.equal(none.stderr, 'brief-lens: cannot check drafts: every file found is excluded by files.exclude\n');
    });
  });

  it('searches folders for the project file\'s files.include globs too, and takes its corpus.maxFileBytes', () => {
    const work = folder({
      '.brief-lens.yaml': 'files:\n  include: ["**/*.qmd"]\ncorpus:\n  folders: [sources]\n  maxFileBytes: 2048\n',
      'sources/labs.md': LABS,
      'sources/big.txt': `Big\n${'word '.repeat(1000)}`,
      'briefs/a.md': 'We should act.\n',
      'briefs/b.qmd': 'We should act.\n',
      'briefs/c.txt': 'We should act.\n',
    });
    const run = cli(['check', 'briefs', '--format', 'json'], work);
    assert.equal(run.status, 0, run.stderr);
    const output = JSON.parse(run.stdout);
    assert.deepEqual(output.files.map((file: { file: string }) => file.file), ['briefs/a.md', 'briefs/b.qmd']);
    assert.deepEqual(output.problems.map((problem: { message: string }) => problem.message), ['is 4.9 KB, over the 2 KB limit for a source file; not indexed']);
  });

  describe('standard input', () => {
    it('check - reads the brief from stdin, shown as <stdin>; --stdin-filename names it and places it for the project file', () => {
      const work = folder({ '.brief-lens.json': PROJECT, 'sources/labs.md': LABS, 'sub/keep.txt': '' });
      const plain = cli(['check', '-', '--no-seeds', '--corpus', 'sources'], work, BRIEF);
      assert.equal(plain.status, 1);
      assert.deepEqual(findingsOf(plain.stdout).slice(0, 3), ['<stdin>:3:21 error inconsistent-fact', '<stdin>:5:28 information unknown-citation', '<stdin>:7:1 hint supported-uncited']);
      const named = cli(['check', '-', '--stdin-filename', 'sub/brief.md', '--format', 'json'], work, BRIEF);
      const output = JSON.parse(named.stdout);
      assert.equal(output.files[0].file, 'sub/brief.md');
      assert.equal(output.files[0].findings.find((finding: { code: string }) => finding.code === 'unknown-citation').severity, 'information');
    });
  });

  describe('--min-severity and --quiet', () => {
    let work: string;
    before(() => {
      work = folder({ '.brief-lens.json': PROJECT, 'sources/labs.md': LABS, 'a.md': BRIEF, 'calm.md': 'The Humber bridge cost £98 million in 1981.\n' });
    });

    it('--min-severity shows that level and the more severe ones, in every format; the exit code still follows errors', () => {
      const warning = cli(['check', 'a.md', '--min-severity', 'warning'], work);
      assert.equal(warning.status, 1);
      assert.deepEqual(findingsOf(warning.stdout), [
        'a.md:3:21 error inconsistent-fact',
        'a.md:9:1 warning unsupported-claim',
        '1 error, 1 warning, 0 info, 0 hints in 1 brief (4 sentences checked)',
      ]);
      const information = cli(['check', 'a.md', '--min-severity', 'information', '--format', 'json'], work);
      assert.deepEqual(JSON.parse(information.stdout).files[0].findings.map((finding: { severity: string }) => finding.severity), ['error', 'information', 'warning']);
      const sarif = JSON.parse(cli(['check', 'a.md', '--min-severity', 'error', '--format', 'sarif'], work).stdout);
      assert.deepEqual(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId), ['inconsistent-fact']);
      const calm = cli(['check', 'calm.md', '--min-severity', 'error'], work);
      assert.equal(calm.status, 0);
      assert.equal(calm.stdout, '0 errors, 0 warnings, 0 info, 0 hints in 1 brief (1 sentence checked)\n');
    });

    it('--quiet prints errors only: no other finding, no warning on stderr, no summary when there is no error', () => {
      const corpus = folder({ 'labs.md': LABS, 'empty.txt': '' });
      const loud = cli(['check', 'a.md', '--corpus', corpus], work);
      assert.match(loud.stderr, /corpus problem: .*empty\.txt: is empty/);
      const quiet = cli(['check', 'a.md', '--corpus', corpus, '--quiet'], work);
      assert.equal(quiet.status, 1);
      assert.equal(quiet.stderr, '');
      assert.deepEqual(findingsOf(quiet.stdout), ['a.md:3:21 error inconsistent-fact', '1 error, 0 warnings, 0 info, 0 hints in 1 brief (4 sentences checked)']);
      const calm = cli(['check', 'calm.md', '-q'], work);
      assert.deepEqual([calm.status, calm.stdout, calm.stderr], [0, '', '']);
    });
  });

  describe('--fix', () => {
    it('applies the safe fixes, prints each change, writes the brief and reports what remains', () => {
      const work = folder({ '.brief-lens.json': PROJECT, 'sources/labs.md': LABS, 'a.md': BRIEF });
      const run = cli(['check', 'a.md', '--fix', '--min-severity', 'warning'], work);
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0);
      assert.deepEqual(run.stdout.split('\n').slice(0, 2), [
        'a.md:3:21 fixed inconsistent-fact: "£50 million" → "£60 million"',
        'a.md:7:63 fixed supported-uncited: "" → " [@labs]"',
      ]);
      assert.deepEqual(findingsOf(run.stdout), ['a.md:9:1 warning unsupported-claim', '0 errors, 1 warning, 0 info, 0 hints in 1 brief (4 sentences checked)']);
      assert.equal(readFileSync(path.join(work, 'a.md'), 'utf8'), FIXED);
      const again = cli(['check', 'a.md', '--fix', '--format', 'json'], work);
      assert.deepEqual([again.status, again.stderr], [0, '']);
      assert.equal(readFileSync(path.join(work, 'a.md'), 'utf8'), FIXED);
    });

    it('keeps a UTF-8 byte order mark, prints the changes on stderr for JSON, and leaves corpus sources alone', () => {
      const work = folder({ '.brief-lens.json': PROJECT, 'sources/labs.md': LABS, 'sources/note.md': 'Note\n\nThe government gave £60 million to open-source AI labs in 2026.\n', 'a.md': `\uFEFF${BRIEF}` });
      const run = cli(['check', 'a.md', 'sources/note.md', '--fix', '--format', 'json'], work);
      assert.equal(run.status, 0);
      assert.doesNotThrow(() => JSON.parse(run.stdout));
      assert.match(run.stderr, /^a\.md:3:21 fixed inconsistent-fact: "£50 million" → "£60 million"$/m);
      assert.match(run.stderr, /^brief-lens: warning: sources\/note\.md is a source of the corpus; not fixed$/m);
      assert.equal(readFileSync(path.join(work, 'a.md'), 'utf8'), `\uFEFF${FIXED}`);
      assert.equal(readFileSync(path.join(work, 'sources/note.md'), 'utf8'), 'Note\n\nThe government gave £60 million to open-source AI labs in 2026.\n');
    });

    it('leaves a brief that is not UTF-8 as it is, with a note', () => {
      const legacy = Buffer.from(BRIEF.replace('£', '\u00a3'), 'latin1');
      const work = folder({ '.brief-lens.json': PROJECT, 'sources/labs.md': LABS, 'a.md': Buffer.concat([legacy, Buffer.from('\x93quoted\x94\n', 'latin1')]) });
      const run = cli(['check', 'a.md', '--fix', '--min-severity', 'error'], work);
      assert.match(run.stderr, /^brief-lens: warning: a\.md is windows-1252, not UTF-8; not fixed$/m);
      assert.doesNotMatch(run.stdout, / fixed /);
      assert.equal(run.status, 1);
      assert.deepEqual(readFileSync(path.join(work, 'a.md')), Buffer.concat([legacy, Buffer.from('\x93quoted\x94\n', 'latin1')]));
    });

    it('with stdin, writes the fixed brief to stdout and the changes to stderr', () => {
      const work = folder({ '.brief-lens.json': PROJECT, 'sources/labs.md': LABS });
      const run = cli(['check', '-', '--fix', '--stdin-filename', 'brief.md'], work, BRIEF);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, FIXED);
      assert.equal(run.stderr, 'brief.md:3:21 fixed inconsistent-fact: "£50 million" → "£60 million"\nbrief.md:7:63 fixed supported-uncited: "" → " [@labs]"\n');
      const clean = cli(['check', '-', '--fix'], work, 'We should act.\n');
      assert.deepEqual([clean.status, clean.stdout, clean.stderr], [0, 'We should act.\n', '']);
    });

    it('never writes a brief whose bytes changed since they were read', async () => {
      const work = folder({ 'a.md': 'old text\n' });
      const file = path.join(work, 'a.md');
      const read = readFileSync(file);
      writeFileSync(file, 'someone else typed\n');
      assert.equal(await writeFixed(file, read, 'fixed text\n'), 'it changed since it was read; not fixed');
      assert.equal(readFileSync(file, 'utf8'), 'someone else typed\n');
      assert.equal(await writeFixed(file, readFileSync(file), 'fixed text\n'), undefined);
      assert.equal(readFileSync(file, 'utf8'), 'fixed text\n');
    });
  });
});
