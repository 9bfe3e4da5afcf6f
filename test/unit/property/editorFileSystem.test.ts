// The editor reads corpora through VscodeCorpusFileSystem (src/extension/fileSystem.ts). Like the
// CLI's file system it must resolve links, so that a symbolic link inside a corpus folder that
// leads outside it is refused, not indexed. Runs the adapter over a `vscode` stub whose
// workspace.fs is node:fs.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { loadCorpus } from '../../../src/core';

const FileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 };

function typeOf(stat: fs.Stats): number {
  return stat.isFile() ? FileType.File : stat.isDirectory() ? FileType.Directory : FileType.Unknown;
}

/** A virtual file system's scheme (as a remote or virtual workspace has): workspace.fs reads it whole. */
const VIRTUAL = 'vfs:';
function uri(s: string, scheme = s.startsWith(VIRTUAL) ? 'vfs' : 'file') {
  if (scheme === 'vfs') {
    const fsPath = s.startsWith(VIRTUAL) ? s.slice(VIRTUAL.length) : s;
    return { scheme, fsPath, toString: () => `${VIRTUAL}${fsPath}` };
  }
  return { scheme, fsPath: s.startsWith('file:') ? fileURLToPath(s) : s, toString: () => (s.startsWith('file:') ? s : pathToFileURL(s).href) };
}
/** What the stub's workspace.fs was asked: a stat that lies about sizes, and whole-file reads. */
const stubState = { lyingSize: undefined as number | undefined, wholeReads: 0 };

const vscodeStub = {
  FileType,
  Uri: {
    parse: (s: string) => uri(s),
    file: (p: string) => uri(p),
    joinPath: (base: { fsPath: string; scheme: string }, ...parts: string[]) => uri(path.join(base.fsPath, ...parts), base.scheme),
  },
  workspace: {
    fs: {
      async readDirectory(u: { fsPath: string }) {
        return fs.readdirSync(u.fsPath, { withFileTypes: true }).map((e) => {
          const full = path.join(u.fsPath, e.name);
          if (e.isSymbolicLink()) {
            const target = fs.existsSync(full) ? typeOf(fs.statSync(full)) : FileType.Unknown;
            return [e.name, FileType.SymbolicLink | target];
          }
          return [e.name, typeOf(fs.statSync(full))];
        });
      },
      async stat(u: { fsPath: string }) {
        const s = fs.statSync(u.fsPath);
        const link = fs.lstatSync(u.fsPath).isSymbolicLink() ? FileType.SymbolicLink : 0;
        return { type: typeOf(s) | link, size: stubState.lyingSize ?? s.size, mtime: s.mtimeMs, ctime: s.ctimeMs };
      },
      async readFile(u: { fsPath: string }) {
        stubState.wholeReads++;
        return new Uint8Array(fs.readFileSync(u.fsPath));
      },
    },
  },
};

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };

describe('safety: the editor\'s corpus file system never reads through a link outside the corpus (issue 7)', () => {
  const original = moduleWithLoad._load;
  // Modules loaded here against the stub are dropped afterwards, so no other suite gets them.
  let cachedBefore = new Set<string>();
  let work: string;
  before(() => {
    cachedBefore = new Set(Object.keys(require.cache));
    moduleWithLoad._load = function (request, parent, isMain) {
      return request === 'vscode' ? vscodeStub : original.call(this, request, parent, isMain);
    };
    work = fs.mkdtempSync(path.join(tmpdir(), 'brief-lens-editor-fs-'));
  });
  after(() => {
    moduleWithLoad._load = original;
    for (const key of Object.keys(require.cache)) if (!cachedBefore.has(key) && key.includes(`${path.sep}src${path.sep}extension${path.sep}`)) delete require.cache[key];
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('a symbolic link to a file outside the corpus folder is reported, not read', async () => {
    const { VscodeCorpusFileSystem } = require('../../../src/extension/fileSystem') as typeof import('../../../src/extension/fileSystem');
    const corpus = path.join(work, 'corpus');
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'a.md'), '# A\n\nInside the corpus.\n');
    fs.writeFileSync(path.join(work, 'secret.md'), '# Secret\n\nOutside the corpus.\n');
    fs.symlinkSync(path.join(work, 'secret.md'), path.join(corpus, 'linked.md'));
    const loaded = await loadCorpus([pathToFileURL(corpus).href], new VscodeCorpusFileSystem());
    const indexed = loaded.sources.map((s) => s.key);
    assert.deepEqual(indexed, ['a'], `indexed ${indexed.join(', ')}; problems: ${JSON.stringify(loaded.problems)}`);
  });

  /** A corpus folder holding one 500 KB source whose stat says 10 bytes. */
  function bigCorpusWithLyingStat(name: string): string {
    const corpus = path.join(work, name);
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'big.md'), `# Big\n\n${'word '.repeat(100_000)}\n`);
    stubState.lyingSize = 10;
    stubState.wholeReads = 0;
    return corpus;
  }

  it('reads a file: location at most up to the limit + 1 bytes, even when stat lies (issue 16)', async () => {
    const { VscodeCorpusFileSystem } = require('../../../src/extension/fileSystem') as typeof import('../../../src/extension/fileSystem');
    const corpus = bigCorpusWithLyingStat('lying');
    const files = new VscodeCorpusFileSystem();
    try {
      const bytes = await files.readFile(pathToFileURL(path.join(corpus, 'big.md')).href, 4097);
      assert.equal(bytes.length, 4097);
      const loaded = await loadCorpus([pathToFileURL(corpus).href], new VscodeCorpusFileSystem(), { maxFileBytes: 4096 });
      assert.deepEqual(loaded.problems.map((p) => p.message), ['is over the 4 KB limit for a source file (it grew after it was listed); not indexed']);
      assert.equal(stubState.wholeReads, 0, 'workspace.fs.readFile, which cannot stop at a bound, was not used for file: locations');
    } finally {
      stubState.lyingSize = undefined;
    }
  });

  it('a virtual workspace file larger than its stat said is kept to the limit + 1 bytes and reported (issue 16)', async () => {
    const { VscodeCorpusFileSystem } = require('../../../src/extension/fileSystem') as typeof import('../../../src/extension/fileSystem');
    const corpus = bigCorpusWithLyingStat('virtual');
    const files = new VscodeCorpusFileSystem();
    try {
      const bytes = await files.readFile(`${VIRTUAL}${path.join(corpus, 'big.md')}`, 4097);
      assert.equal(bytes.length, 4097);
      assert.equal(bytes.buffer.byteLength, 4097, 'a copy: the rest of the file is not kept alive');
      const loaded = await loadCorpus([`${VIRTUAL}${corpus}`], files, { maxFileBytes: 4096 });
      assert.deepEqual(loaded.problems.map((p) => p.message), ['is over the 4 KB limit for a source file (it grew after it was listed); not indexed']);
      assert.deepEqual(loaded.sources, []);
      assert.equal(stubState.wholeReads, 2, 'workspace.fs.readFile was used: the over-long read was not cached');
    } finally {
      stubState.lyingSize = undefined;
    }
  });

  it('a virtual workspace file whose stat is over the limit is reported without being read (issue 16)', async () => {
    const { VscodeCorpusFileSystem } = require('../../../src/extension/fileSystem') as typeof import('../../../src/extension/fileSystem');
    const corpus = path.join(work, 'virtual-honest');
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'big.md'), `# Big\n\n${'word '.repeat(2_000)}\n`);
    fs.writeFileSync(path.join(corpus, 'small.md'), '# Small\n\nA short source.\n');
    stubState.wholeReads = 0;
    const loaded = await loadCorpus([`${VIRTUAL}${corpus}`], new VscodeCorpusFileSystem(), { maxFileBytes: 4096 });
    assert.deepEqual(loaded.problems.map((p) => p.message), ['is 9.8 KB, over the 4 KB limit for a source file; not indexed']);
    assert.deepEqual(loaded.sources.map((s) => s.key), ['small']);
    assert.equal(stubState.wholeReads, 1, 'only the small file was read');
  });
});
