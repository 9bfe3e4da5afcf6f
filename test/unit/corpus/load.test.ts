import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CorpusFileSystem } from '../../../src/core/corpus/fileSystem';
import { readCorpusFolders } from '../../../src/core/corpus/load';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import type { Problem } from '../../../src/core/types';
import { isRoot, makeCorpus, makeTempDir, removeDir } from './helpers';
import { nth } from '../../support/present';

const made: string[] = [];
function corpus(files: Record<string, string | Uint8Array>): string {
  const root = makeCorpus(files);
  made.push(root);
  return root;
}

async function load(folders: string | string[], fs: CorpusFileSystem = nodeFileSystem, maxFileBytes?: number) {
  return readCorpusFolders(Array.isArray(folders) ? folders : [folders], fs, { maxFileBytes });
}

function problemFor(problems: Problem[], file: string): Problem {
  const found = problems.find((problem) => problem.file === file);
  assert.ok(found, `expected a problem for ${file}, got ${JSON.stringify(problems, null, 2)}`);
  return found;
}

const manifest = (sources: unknown) => JSON.stringify({ sources });

describe('corpus/load readCorpusFolders', () => {
  after(() => made.forEach(removeDir));

  describe('files and defaults', () => {
    it('reads .md, .markdown and .txt files recursively in sorted order, reports a broken PDF and ignores others', async () => {
      const root = corpus({
        'b.txt': 'Bee text.\n',
        'a.md': '# Alpha report\n\nBody.\n',
        'sub/c.markdown': 'Sea\n',
        'sub/deeper/d.TXT': 'Dee\n',
        'notes.pdf': '%PDF-1.4',
        'image.png': 'x',
        '.hidden/e.md': 'hidden\n',
        'node_modules/f.md': 'dependency\n',
      });
      const { sources, problems } = await load(root);
      assert.deepEqual(problems, [{ file: path.join(root, 'notes.pdf'), message: 'is not a readable PDF (damaged or truncated: Invalid PDF structure.); not indexed' }]);
      assert.deepEqual(
        sources.map((source) => [source.key, source.file]),
        [
          ['a', path.join(root, 'a.md')],
          ['b', path.join(root, 'b.txt')],
          ['c', path.join(root, 'sub', 'c.markdown')],
          ['d', path.join(root, 'sub', 'deeper', 'd.TXT')],
        ],
      );
    });

    it('takes the title from the first non-empty line, without heading marks, at most 200 characters', async () => {
      const long = 'word '.repeat(100).trim();
      const root = corpus({
        'a.md': '\n\n   ## Alpha report ##  \nBody\n',
        'b.txt': `  \n${long}\nmore\n`,
        'c.md': '---\ntitle: From front matter\nauthor: [Ann One, Bo Two]\ndate: 2025\n---\n# Heading\n',
        'd.md': '---\n: not yaml [\n---\n\nFirst line after front matter\n',
      });
      const { sources } = await load(root);
      const byKey = new Map(sources.map((source) => [source.key, source]));
      assert.equal(byKey.get('a')?.title, 'Alpha report');
      const title = byKey.get('b')?.title ?? '';
      assert.ok(title.length <= 200, `title has ${title.length} characters`);
      assert.ok(title.endsWith('…'));
      assert.ok(long.startsWith(title.slice(0, -1)));
      assert.equal(byKey.get('c')?.title, 'From front matter');
      assert.equal(byKey.get('c')?.author, 'Ann One, Bo Two');
      assert.equal(byKey.get('c')?.date, '2025');
      assert.equal(byKey.get('d')?.title, 'First line after front matter');
    });

    it('makes a citable key from a file stem', async () => {
      const root = corpus({ 'My report (draft).md': 'Text\n', '2024_budget.txt': 'Budget\n' });
      const { sources } = await load(root);
      assert.deepEqual(sources.map((source) => source.key).sort(), ['2024_budget', 'My-report-draft']);
    });

    it('strips a UTF-8 BOM and keeps everything else exactly (CRLF, tabs, trailing space)', async () => {
      const body = 'Title\r\n\tLine two  \r\nLine three';
      const root = corpus({ 'a.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]) });
      const { sources, problems } = await load(root);
      assert.deepEqual(problems, []);
      assert.equal(nth(sources, 0, 'source').text, body);
    });

    it('reads UTF-16 files that have a byte order mark', async () => {
      const root = corpus({ 'a.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Héllo £60M\n', 'utf16le')]) });
      const { sources, problems } = await load(root);
      assert.deepEqual(problems, []);
      assert.equal(nth(sources, 0, 'source').text, 'Héllo £60M\n');
    });

    it('reads several folders in the order given', async () => {
      const first = corpus({ 'z.md': 'Zed\n' });
      const second = corpus({ 'a.md': 'Ay\n' });
      const { sources } = await load([first, second]);
      assert.deepEqual(sources.map((source) => source.key), ['z', 'a']);
    });

    it('reads the same folder given twice only once', async () => {
      const root = corpus({ 'a.md': 'A\n' });
      symlinkSync(root, `${root}-link`);
      made.push(`${root}-link`);
      const { sources, problems } = await load([root, `${root}/`, `${root}-link`]);
      assert.deepEqual(problems, []);
      assert.deepEqual(sources.map((source) => source.key), ['a']);
    });

    it('gives the same result whatever order the file system lists entries in', async () => {
      const root = corpus({ 'b.md': 'B\n', 'a.md': 'A\n', 'sub/x.md': 'X\n', 'sub/a.txt': 'dup\n', 'c.txt': 'C\n' });
      const reversed: CorpusFileSystem = {
        ...nodeFileSystem,
        readDirectory: async (location) => (await nodeFileSystem.readDirectory(location)).reverse(),
      };
      assert.deepEqual(await load(root, reversed), await load(root));
    });
  });

  describe('manifest', () => {
    it('applies manifest.json metadata and keeps unlisted files with defaults', async () => {
      const root = corpus({
        'manifest.json': manifest([
          { file: 'sub/a.md', key: 'smith2024', title: 'A Title', author: 'J. Smith', date: '2024-05-01', publisher: 'Press', url: 'https://example.org/a' },
        ]),
        'sub/a.md': 'First line\n',
        'b.txt': 'Bee\n',
      });
      const { sources, problems } = await load(root);
      assert.deepEqual(problems, []);
      assert.deepEqual(
        sources.map(({ text: _text, ...rest }) => rest),
        [
          { key: 'b', title: 'Bee', file: path.join(root, 'b.txt') },
          {
            key: 'smith2024',
            title: 'A Title',
            author: 'J. Smith',
            date: '2024-05-01',
            publisher: 'Press',
            url: 'https://example.org/a',
            file: path.join(root, 'sub', 'a.md'),
          },
        ],
      );
    });

    for (const name of ['manifest.yaml', 'manifest.yml']) {
      it(`reads ${name}, as a list or under "sources"`, async () => {
        const root = corpus({
          [name]: '- file: a.md\n  key: ann2026\n  title: "Ann: a report"\n  date: 2026\n',
          'a.md': 'x\n',
        });
        const { sources, problems } = await load(root);
        assert.deepEqual(problems, []);
        assert.equal(nth(sources, 0, 'source').key, 'ann2026');
        assert.equal(nth(sources, 0, 'source').title, 'Ann: a report');
        assert.equal(nth(sources, 0, 'source').date, '2026');
      });
    }

    it('uses manifest.json when there are several manifests and says the others are ignored', async () => {
      const root = corpus({
        'manifest.json': manifest([{ file: 'a.md', key: 'fromjson', title: 'J' }]),
        'manifest.yaml': 'sources: []\n',
        'a.md': 'x\n',
      });
      const { sources, problems } = await load(root);
      assert.equal(nth(sources, 0, 'source').key, 'fromjson');
      assert.match(problemFor(problems, path.join(root, 'manifest.yaml')).message, /ignored: manifest\.json is the manifest/);
    });

    it('reports a manifest that is not JSON and still loads every file', async () => {
      const root = corpus({ 'manifest.json': '{ "sources": [ { "file": "a.md", ', 'a.md': 'Alpha\n', 'b.md': 'Beta\n' });
      const { sources, problems } = await load(root);
      assert.match(problemFor(problems, path.join(root, 'manifest.json')).message, /^manifest is not valid JSON: /);
      assert.deepEqual(sources.map((source) => source.key), ['a', 'b']);
    });

    it('reports a manifest that is not YAML and still loads every file', async () => {
      const root = corpus({ 'manifest.yaml': 'sources:\n  - file: a.md\n   key: [oops\n', 'a.md': 'Alpha\n' });
      const { sources, problems } = await load(root);
      assert.match(problemFor(problems, path.join(root, 'manifest.yaml')).message, /^manifest is not valid YAML: /);
      assert.deepEqual(sources.map((source) => source.key), ['a']);
    });

    it('reports each entry failing the schema by field, and uses the valid entries', async () => {
      const root = corpus({
        'manifest.json': manifest([
          { file: 'a.md', title: 'No key' },
          { file: 'b.md', key: 'bee', title: 'Bee', autor: 'typo' },
          { file: 'c.md', key: 'has space', title: 'C' },
          { file: 'd.md', key: 'dee', title: 'Dee', date: { year: 2020 } },
          { file: 'e.md', key: 'eee', title: 'Eee' },
        ]),
        'a.md': 'a\n',
        'b.md': 'b\n',
        'c.md': 'c\n',
        'd.md': 'd\n',
        'e.md': 'e\n',
      });
      const { sources, problems } = await load(root);
      const messages = problems.filter((problem) => problem.file === path.join(root, 'manifest.json')).map((problem) => problem.message);
      assert.deepEqual(messages, [
        'sources[0] ("a.md"): key is required',
        'sources[1] ("b.md"): unknown field(s) "autor" (allowed: file, key, title, author, date, publisher, url)',
        'sources[2] ("c.md"): key must be a citation key: letters, digits, _ and inner :.#$%&+?<>~/-',
        'sources[3] ("d.md"): date must be a string such as 2026-02-02',
      ]);
      assert.deepEqual(sources.map((source) => source.key), ['a', 'b', 'c', 'd', 'eee']);
    });

    it('reports a manifest whose top level has the wrong shape', async () => {
      const root = corpus({ 'manifest.json': '{"entries": []}', 'a.md': 'a\n' });
      const { sources, problems } = await load(root);
      assert.match(problemFor(problems, path.join(root, 'manifest.json')).message, /must be a list of entries or an object with a "sources" list/);
      assert.equal(sources.length, 1);
    });

    it('keeps the first of two entries with the same key and reports the other file', async () => {
      const root = corpus({
        'manifest.json': manifest([
          { file: 'b.md', key: 'same', title: 'B' },
          { file: 'a.md', key: 'same', title: 'A' },
        ]),
        'a.md': 'a\n',
        'b.md': 'b\n',
      });
      const { sources, problems } = await load(root);
      assert.deepEqual(sources.map((source) => [source.key, source.title]), [['same', 'A']]);
      assert.match(problemFor(problems, path.join(root, 'b.md')).message, /^duplicate key "same" \(from its manifest key\) is already used by .*a\.md; not indexed/);
    });

    it('reports a file listed twice', async () => {
      const root = corpus({
        'manifest.json': manifest([
          { file: 'a.md', key: 'one', title: 'One' },
          { file: './a.md', key: 'two', title: 'Two' },
        ]),
        'a.md': 'a\n',
      });
      const { sources, problems } = await load(root);
      assert.deepEqual(sources.map((source) => source.key), ['one']);
      assert.match(problemFor(problems, path.join(root, 'manifest.json')).message, /sources\[1\] \("\.\/a\.md"\): a\.md is listed twice/);
    });

    it('reports an entry whose file is missing', async () => {
      const root = corpus({ 'manifest.json': manifest([{ file: 'gone.md', key: 'gone', title: 'Gone' }]), 'a.md': 'a\n' });
      const { sources, problems } = await load(root);
      assert.equal(problemFor(problems, path.join(root, 'manifest.json')).message, 'sources[0] ("gone.md"): file does not exist; entry ignored');
      assert.deepEqual(sources.map((source) => source.key), ['a']);
    });

    it('points each problem of an entry at the entry in the manifest (0-based), and others at no position', async () => {
      const yaml = [
        'sources:',
        '  - file: a.md',
        '    key: a',
        '    title: A',
        '  - file: gone.md',
        '    key: gone',
        '    title: Gone',
        '  - file: ./a.md',
        '    key: again',
        '    title: Again',
        '  - file: notes.csv',
        '    key: notes',
        '    title: Notes',
        '  - file: ../out.md',
        '    key: out',
        '    title: Out',
        '  - file: b.md',
        '    key: b',
        '',
      ].join('\n');
      const root = corpus({ 'manifest.yaml': yaml, 'a.md': 'a\n', 'b.md': 'b\n', 'empty.md': '' });
      const { problems } = await load(root);
      const located = (problem: Problem) => [problem.message, problem.range && [problem.range.start.line, problem.range.start.character]];
      assert.deepEqual(problems.filter((problem) => problem.file === path.join(root, 'manifest.yaml')).map(located), [
        ['sources[5] ("b.md"): title is required', [16, 4]],
        ['sources[1] ("gone.md"): file does not exist; entry ignored', [4, 4]],
        ['sources[2] ("./a.md"): a.md is listed twice; the first entry is used', [7, 4]],
        ['sources[3] ("notes.csv"): only .md, .markdown, .txt, .pdf, .html, .htm, .xhtml, .docx files are indexed; entry ignored', [10, 4]],
        ['sources[4] ("../out.md"): file path escapes the corpus folder (absolute or ".."); entry ignored', [13, 4]],
      ]);
      assert.deepEqual(problemFor(problems, path.join(root, 'empty.md')), { file: path.join(root, 'empty.md'), message: 'is empty; not indexed' });
    });

    it('reports entries whose path escapes the folder (.., absolute) and never reads them', async () => {
      const outside = corpus({ 'secret.md': 'Secret\n' });
      const root = corpus({
        'manifest.json': manifest([
          { file: `../${path.basename(outside)}/secret.md`, key: 'up', title: 'Up' },
          { file: path.join(outside, 'secret.md'), key: 'abs', title: 'Abs' },
          { file: 'sub/../../x.md', key: 'mid', title: 'Mid' },
          { file: 'C:\\x.md', key: 'drive', title: 'Drive' },
        ]),
        'a.md': 'a\n',
      });
      const { sources, problems } = await load(root);
      const messages = problems.map((problem) => problem.message);
      assert.equal(messages.filter((message) => /escapes the corpus folder/.test(message)).length, 4, messages.join('\n'));
      assert.deepEqual(sources.map((source) => source.key), ['a']);
    });

    it('indexes a listed file in a hidden folder, and refuses a listed file of another type', async () => {
      const root = corpus({
        'manifest.json': manifest([
          { file: '.private/a.md', key: 'priv', title: 'Private' },
          { file: 'data.csv', key: 'csv', title: 'CSV' },
        ]),
        '.private/a.md': 'a\n',
        'data.csv': 'a,b\n',
      });
      const { sources, problems } = await load(root);
      assert.deepEqual(sources.map((source) => source.key), ['priv']);
      assert.match(problemFor(problems, path.join(root, 'manifest.json')).message, /sources\[1\] \("data\.csv"\): only \.md, \.markdown, \.txt, \.pdf, \.html, \.htm, \.xhtml, \.docx files are indexed/);
    });
  });

  describe('faults in files', () => {
    it('keeps the first of two files with the same stem in sorted order and reports the other', async () => {
      const root = corpus({ 'b/report.md': 'second\n', 'a/report.txt': 'first\n', 'report.markdown': 'third\n' });
      const { sources, problems } = await load(root);
      assert.deepEqual(sources.map((source) => source.file), [path.join(root, 'a', 'report.txt')]);
      for (const other of [path.join(root, 'b', 'report.md'), path.join(root, 'report.markdown')]) {
        assert.match(problemFor(problems, other).message, /^duplicate key "report" \(from its file name\) is already used by .*a.report\.txt; not indexed/);
      }
    });

    it('reports a duplicate key across two corpus folders', async () => {
      const first = corpus({ 'x.md': 'one\n' });
      const second = corpus({ 'x.md': 'two\n', 'y.md': 'why\n' });
      const { sources, problems } = await load([first, second]);
      assert.deepEqual(sources.map((source) => source.file), [path.join(first, 'x.md'), path.join(second, 'y.md')]);
      assert.match(problemFor(problems, path.join(second, 'x.md')).message, /duplicate key "x"/);
    });

    it('reports a binary file (NUL bytes) and loads the rest', async () => {
      const root = corpus({ 'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'ok.md': 'ok\n' });
      const { sources, problems } = await load(root);
      assert.equal(problemFor(problems, path.join(root, 'bin.md')).message, 'is binary, not text (NUL byte at offset 8); not indexed');
      assert.deepEqual(sources.map((source) => source.key), ['ok']);
    });

    it('reports a file made mostly of control characters as binary', async () => {
      const bytes = Buffer.alloc(200);
      for (let i = 0; i < bytes.length; i += 1) bytes[i] = i % 3 === 0 ? 0x41 : 0x01 + (i % 7);
      const root = corpus({ 'ctl.txt': bytes });
      const { sources, problems } = await load(root);
      assert.match(problemFor(problems, path.join(root, 'ctl.txt')).message, /^is binary, not text \(\d+% control characters\); not indexed$/);
      assert.equal(sources.length, 0);
    });

    it('reports empty and whitespace-only files', async () => {
      const root = corpus({ 'empty.md': '', 'blank.txt': ' \n\t\r\n', 'ok.md': 'ok\n' });
      const { sources, problems } = await load(root);
      assert.equal(problemFor(problems, path.join(root, 'empty.md')).message, 'is empty; not indexed');
      assert.equal(problemFor(problems, path.join(root, 'blank.txt')).message, 'is empty (only whitespace); not indexed');
      assert.deepEqual(sources.map((source) => source.key), ['ok']);
    });

    it('reports a file over the size limit without reading it', async () => {
      const root = corpus({ 'big.txt': 'x'.repeat(3000), 'small.txt': 'small\n' });
      const read: string[] = [];
      const spy: CorpusFileSystem = { ...nodeFileSystem, readFile: (location) => (read.push(location), nodeFileSystem.readFile(location)) };
      const { sources, problems } = await load(root, spy, 2048);
      assert.equal(problemFor(problems, path.join(root, 'big.txt')).message, 'is 2.9 KB, over the 2 KB limit for a source file; not indexed');
      assert.deepEqual(read, [path.join(root, 'small.txt')]);
      assert.deepEqual(sources.map((source) => source.key), ['small']);
    });

    it('has a default size limit of 20 MB', async () => {
      const root = corpus({ 'a.txt': 'a\n' });
      const huge: CorpusFileSystem = {
        ...nodeFileSystem,
        stat: async (location) => {
          const stat = await nodeFileSystem.stat(location);
          return stat.kind === 'file' ? { ...stat, size: 20 * 1024 * 1024 + 1 } : stat;
        },
        readFile: async () => assert.fail('must not read a file over the limit'),
      };
      const { problems } = await load(root, huge);
      assert.match(problemFor(problems, path.join(root, 'a.txt')).message, /over the 20 MB limit/);
    });

    it('decodes text that is not UTF-8 as Windows-1252 and notes it', async () => {
      // "Café “60%” – ok" in Windows-1252
      const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x36, 0x30, 0x25, 0x94, 0x20, 0x96, 0x20, 0x6f, 0x6b, 0x0a]);
      const root = corpus({ 'legacy.txt': bytes });
      const { sources, problems } = await load(root);
      assert.equal(nth(sources, 0, 'source').text, 'Café “60%” – ok\n');
      assert.equal(nth(sources, 0, 'source').title, 'Café “60%” – ok');
      assert.match(
        problemFor(problems, path.join(root, 'legacy.txt')).message,
        /^is not valid UTF-8 \(first bad byte at offset 3\); read as Windows-1252/,
      );
    });

    const chmodTitle = 'reports a file it has no permission to read (chmod 000)';
    it(isRoot ? `${chmodTitle} — skipped: running as root, which reads any file; the simulated EACCES test covers it` : chmodTitle, async function () {
      if (isRoot) this.skip();
      const root = corpus({ 'locked.md': 'secret\n', 'ok.md': 'ok\n' });
      chmodSync(path.join(root, 'locked.md'), 0o000);
      try {
        const { sources, problems } = await load(root);
        assert.equal(problemFor(problems, path.join(root, 'locked.md')).message, 'cannot be read: permission denied');
        assert.deepEqual(sources.map((source) => source.key), ['ok']);
      } finally {
        chmodSync(path.join(root, 'locked.md'), 0o644);
      }
    });

    it('reports a file whose read fails with EACCES (simulated, runs as root too)', async () => {
      const root = corpus({ 'locked.md': 'secret\n', 'ok.md': 'ok\n' });
      const denied: CorpusFileSystem = {
        ...nodeFileSystem,
        readFile: async (location) => {
          if (location.endsWith('locked.md')) throw Object.assign(new Error(`EACCES: permission denied, open '${location}'`), { code: 'EACCES' });
          return nodeFileSystem.readFile(location);
        },
      };
      const { sources, problems } = await load(root, denied);
      assert.equal(problemFor(problems, path.join(root, 'locked.md')).message, 'cannot be read: permission denied');
      assert.deepEqual(sources.map((source) => source.key), ['ok']);
    });

    it('reports a folder that disappears while being indexed, and a file that does', async () => {
      const root = corpus({ 'a.md': 'a\n', 'gone/b.md': 'b\n', 'c.md': 'c\n', 'z.md': 'z\n' });
      let listedRoot = false;
      const vanishing: CorpusFileSystem = {
        ...nodeFileSystem,
        readDirectory: async (location) => {
          const entries = await nodeFileSystem.readDirectory(location);
          if (location === root && !listedRoot) {
            listedRoot = true;
            rmSync(path.join(root, 'gone'), { recursive: true });
            rmSync(path.join(root, 'c.md'));
          }
          return entries;
        },
      };
      const { sources, problems } = await load(root, vanishing);
      assert.equal(problemFor(problems, path.join(root, 'gone')).message, 'folder disappeared while being indexed');
      assert.equal(problemFor(problems, path.join(root, 'c.md')).message, 'disappeared while being indexed');
      assert.deepEqual(sources.map((source) => source.key), ['a', 'z']);
    });

    it('reports a corpus folder that does not exist, or is a file, and still reads the others', async () => {
      const root = corpus({ 'a.md': 'a\n', 'file.md': 'f\n' });
      const missing = path.join(root, 'no-such-folder');
      const { sources, problems } = await load([missing, path.join(root, 'file.md'), root]);
      assert.equal(problemFor(problems, missing).message, 'corpus folder does not exist');
      assert.equal(problemFor(problems, path.join(root, 'file.md')).message, 'corpus folder is not a folder');
      assert.deepEqual(sources.map((source) => source.key), ['a', 'file']);
    });
  });

  describe('symbolic links', () => {
    it('reports a link to a file outside the folder and never reads it', async () => {
      const outside = corpus({ 'secret.md': 'Secret\n' });
      const root = corpus({ 'a.md': 'a\n' });
      symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'leak.md'));
      mkdirSync(path.join(root, 'sub'));
      symlinkSync(outside, path.join(root, 'sub', 'outdir'));
      const read: string[] = [];
      const spy: CorpusFileSystem = { ...nodeFileSystem, readFile: (location) => (read.push(location), nodeFileSystem.readFile(location)) };
      const { sources, problems } = await load(root, spy);
      assert.match(problemFor(problems, path.join(root, 'leak.md')).message, /^is a symbolic link to .*secret\.md, outside the corpus folder .*; not indexed$/);
      assert.match(problemFor(problems, path.join(root, 'sub', 'outdir')).message, /outside the corpus folder/);
      assert.deepEqual(sources.map((source) => source.key), ['a']);
      assert.ok(read.every((location) => !location.includes('secret') && !location.includes('outdir')), read.join(', '));
    });

    it('refuses a manifest entry that reaches outside through a link', async () => {
      const outside = corpus({ 'secret.md': 'Secret\n' });
      const root = corpus({ 'manifest.json': manifest([{ file: 'out/secret.md', key: 'sec', title: 'S' }]) });
      symlinkSync(outside, path.join(root, 'out'));
      const { sources, problems } = await load(root);
      assert.equal(sources.length, 0);
      assert.ok(problems.some((problem) => /sources\[0\] \("out\/secret\.md"\): file resolves \(through a symbolic link\) to a location outside/.test(problem.message)), JSON.stringify(problems));
    });

    it('follows links that stay inside the folder, without looping', async () => {
      const root = corpus({ 'real/a.md': 'a\n' });
      symlinkSync(path.join(root, 'real', 'a.md'), path.join(root, 'alias.md'));
      symlinkSync(root, path.join(root, 'real', 'loop'));
      const { sources } = await load(root);
      assert.deepEqual(
        sources.map((source) => [source.key, source.file]),
        [
          ['alias', path.join(root, 'alias.md')],
          ['a', path.join(root, 'real', 'a.md')],
        ],
      );
    });

    it('reports a broken link', async () => {
      const root = corpus({ 'a.md': 'a\n' });
      symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'broken.md'));
      const { problems } = await load(root);
      assert.equal(problemFor(problems, path.join(root, 'broken.md')).message, 'is a broken symbolic link; not indexed');
    });

    it('follows no link, and indexes no unwalked manifest entry, when the file system cannot resolve links', async () => {
      const outside = corpus({ 'secret.md': 'Secret\n' });
      const root = corpus({
        'real/a.md': 'a\n',
        '.hidden/h.md': 'h\n',
        'manifest.json': manifest([{ file: '.hidden/h.md', key: 'hid', title: 'Hidden' }]),
      });
      symlinkSync(path.join(root, 'real'), path.join(root, 'linked'));
      symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'leak.md'));
      const { realPath: _realPath, ...withoutRealPath } = nodeFileSystem;
      const { sources, problems } = await load(root, withoutRealPath);
      assert.deepEqual(sources.map((source) => source.key), ['a']);
      for (const link of ['linked', 'leak.md']) {
        assert.match(problemFor(problems, path.join(root, link)).message, /^is a symbolic link, not followed: this file system cannot tell/);
      }
      assert.match(problemFor(problems, path.join(root, 'manifest.json')).message, /sources\[0\] \("\.hidden\/h\.md"\): not found by the folder walk/);
    });
  });

  it('is never thrown off by a file system that throws odd errors', async () => {
    const root = makeTempDir();
    made.push(root);
    writeFileSync(path.join(root, 'a.md'), 'a\n');
    const odd: CorpusFileSystem = {
      ...nodeFileSystem,
      readFile: async () => {
        throw 'not an Error';
      },
    };
    const { sources, problems } = await load(root, odd);
    assert.equal(sources.length, 0);
    assert.equal(problemFor(problems, path.join(root, 'a.md')).message, 'cannot be read: not an Error');
  });
});
