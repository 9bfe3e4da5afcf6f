// Issue 7, safety: no corpus file, brief or setting is ever written except by an edit the writer
// applied. Two guards:
//  - root hooks hash every corpus, brief and settings file of the repository before the whole unit
//    suite and compare after every test and at the end, whatever the other suites do;
//  - loading, checking, hovering, listing and the CLI run in-process against a copy of the corpus
//    while every node:fs write function is spied on: nothing is written anywhere except the index
//    cache folder, and the copy's files, sizes, times and hashes are unchanged.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { BriefChecker, describeAt, loadCorpus, referencesSection } from '../../../src/core';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import { nodeEngine } from '../../../src/cli/nodeEngine';
import { run } from '../../../src/cli/run';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** The writer's files in this repository: the bundled corpus, example briefs, workspace fixtures and settings. */
const GUARDED = ['seeds', 'examples', path.join('test', 'integration', 'fixtures'), '.vscode'].map((p) => path.join(ROOT, p));

interface FileState {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** Every file under the given folders (links not followed), with size, time and hash. */
export function snapshot(folders: string[]): Map<string, FileState> {
  const states = new Map<string, FileState>();
  const visit = (location: string): void => {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(location);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(location).sort()) visit(path.join(location, name));
    } else if (stat.isFile()) {
      states.set(location, { size: stat.size, mtimeMs: stat.mtimeMs, sha256: createHash('sha256').update(fs.readFileSync(location)).digest('hex') });
    } else if (stat.isSymbolicLink()) {
      states.set(location, { size: 0, mtimeMs: stat.mtimeMs, sha256: `link:${fs.readlinkSync(location)}` });
    }
  };
  folders.forEach(visit);
  return states;
}

export function differences(before: Map<string, FileState>, after: Map<string, FileState>, compareTimes = true): string[] {
  const changes: string[] = [];
  for (const [file, state] of before) {
    const now = after.get(file);
    if (!now) changes.push(`deleted: ${file}`);
    else if (now.sha256 !== state.sha256 || now.size !== state.size) changes.push(`changed: ${file}`);
    else if (compareTimes && now.mtimeMs !== state.mtimeMs) changes.push(`touched (mtime): ${file}`);
  }
  for (const file of after.keys()) if (!before.has(file)) changes.push(`created: ${file}`);
  return changes;
}

// Root hooks: they wrap every unit suite, not just this file's. After each test the guarded files
// are hashed again (a few milliseconds), so a change is pinned on the test that made it.
// Failing in a root afterEach would stop every later test, so changes are collected and the
// root after hook fails with the list.
let suiteStart: Map<string, FileState>;
let lastSeen: Map<string, FileState>;
const culprits: string[] = [];
before(function () {
  suiteStart = snapshot(GUARDED);
  lastSeen = suiteStart;
});
afterEach(function () {
  const now = snapshot(GUARDED);
  const changes = differences(lastSeen, now, false);
  if (changes.length > 0) culprits.push(`"${this.currentTest?.fullTitle()}": ${changes.join('; ')}`);
  lastSeen = now;
});
after(function () {
  const changes = differences(suiteStart, snapshot(GUARDED), false);
  assert.deepEqual(
    { changes, culprits },
    { changes: [], culprits: [] },
    `the unit suite changed corpus, brief or settings files:\n${[...changes, ...culprits].join('\n')}`,
  );
});

const WRITERS = [
  'writeFile', 'appendFile', 'rename', 'unlink', 'rm', 'rmdir', 'mkdir', 'copyFile', 'cp', 'truncate', 'chmod', 'chown',
  'utimes', 'lutimes', 'symlink', 'link', 'mkdtemp', 'createWriteStream',
] as const;

/** Replaces every write function of node:fs (callback, sync and promises) with a recorder. */
function spyOnWrites(record: (call: string) => void): () => void {
  const restore: (() => void)[] = [];
  const patch = (target: Record<string, unknown>, name: string, label: string): void => {
    const original = target[name];
    if (typeof original !== 'function') return;
    target[name] = function (this: unknown, ...args: unknown[]) {
      record(`${label}(${String(args[0])})`);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    restore.push(() => {
      target[name] = original;
    });
  };
  // The real module objects (an `import * as` namespace has read-only getters).
  const real = require('node:fs') as typeof fs;
  const api = real as unknown as Record<string, unknown>;
  const promises = real.promises as unknown as Record<string, unknown>;
  for (const name of WRITERS) {
    patch(api, name, `fs.${name}`);
    patch(api, `${name}Sync`, `fs.${name}Sync`);
    patch(promises, name, `fs.promises.${name}`);
  }
  // Opening for writing counts too.
  const isWriteFlag = (flags: unknown): boolean => typeof flags === 'string' ? /[wa+]/.test(flags) : typeof flags === 'number' && (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0;
  for (const [target, name, label] of [[api, 'open', 'fs.open'], [api, 'openSync', 'fs.openSync'], [promises, 'open', 'fs.promises.open']] as const) {
    const original = target[name] as (...a: unknown[]) => unknown;
    target[name] = function (this: unknown, ...args: unknown[]) {
      if (isWriteFlag(args[1])) record(`${label}(${String(args[0])}, ${String(args[1])})`);
      return original.apply(this, args);
    };
    restore.push(() => {
      target[name] = original;
    });
  }
  return () => restore.forEach((undo) => undo());
}

describe('safety: the writer\'s files are never written (issue 7)', function () {
  this.timeout(60_000);
  let work: string;
  let corpus: string;
  let briefFile: string;
  let cache: string;
  const savedCache = process.env.BRIEF_LENS_CACHE;

  before(() => {
    work = fs.mkdtempSync(path.join(tmpdir(), 'brief-lens-safety-'));
    corpus = path.join(work, 'corpus');
    cache = path.join(work, 'cache');
    fs.cpSync(path.join(ROOT, 'seeds'), corpus, { recursive: true });
    briefFile = path.join(work, 'brief.md');
    const example = path.join(ROOT, 'examples', 'sample-brief.md');
    fs.writeFileSync(briefFile, fs.existsSync(example) ? fs.readFileSync(example) : '# Brief\n\nOxford and UCL share £40 million [@ukopenlabs].\n');
    process.env.BRIEF_LENS_CACHE = cache;
  });

  after(() => {
    if (savedCache === undefined) delete process.env.BRIEF_LENS_CACHE;
    else process.env.BRIEF_LENS_CACHE = savedCache;
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('loading, checking, hovers, references and every CLI command write nothing outside the index cache', async () => {
    const before = snapshot([work]);
    const writes: string[] = [];
    const restore = spyOnWrites((call) => writes.push(call));
    let exits: number[];
    try {
      const loaded = await loadCorpus([corpus], nodeFileSystem);
      const text = fs.readFileSync(briefFile, 'utf8');
      const result = new BriefChecker(loaded).check(text, briefFile, 1);
      assert.ok(result.findings.length > 0, 'the brief should have findings (and fixes) to compute');
      for (let offset = 0; offset <= text.length; offset += 97) describeAt(result, loaded, offset);
      referencesSection(result, loaded);
      const io = { stdout: () => undefined, stderr: () => undefined, cwd: work, defaultCorpus: corpus, name: 'brief-lens', version: '0.0.0' };
      exits = [];
      for (const args of [
        ['check', briefFile, '--corpus', corpus],
        ['check', briefFile, '--corpus', corpus, '--format', 'json'],
        ['check', briefFile, '--corpus', corpus, '--format', 'sarif'],
        ['check', work, '--corpus', corpus],
        ['sources', '--corpus', corpus],
        ['sources', '--corpus', corpus, '--format', 'json'],
        ['report', briefFile, '--corpus', corpus],
        ['report', briefFile, '--corpus', corpus, '--format', 'markdown'],
        ['report', briefFile, '--corpus', corpus, '--format', 'csv'],
      ]) {
        exits.push(await run(args, io, nodeEngine));
      }
    } finally {
      restore();
    }
    assert.ok(exits.every((code) => code === 0 || code === 1), `unexpected exit codes ${exits.join(', ')}`);
    const outside = writes.filter((call) => !call.includes(cache));
    assert.deepEqual(outside, [], `writes outside the index cache:\n${outside.join('\n')}`);
    const changes = differences(before, snapshot([work])).filter((change) => !change.includes(cache));
    assert.deepEqual(changes, [], changes.join('\n'));
  });

  it('the write spy itself catches a write (so the test above can fail)', () => {
    const writes: string[] = [];
    const restore = spyOnWrites((call) => writes.push(call));
    try {
      fs.writeFileSync(path.join(work, 'probe.txt'), 'x');
    } finally {
      restore();
      fs.rmSync(path.join(work, 'probe.txt'), { force: true });
    }
    assert.equal(writes.length, 1);
  });
});
