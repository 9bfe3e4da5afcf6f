// Reading only what the user pointed at (issue 16): every file read from a corpus folder, the
// manifest included, resolves inside the folder; devices, FIFOs and sockets are problems, never
// read; reads stop at the size limit + 1 even when stat lies; a file name that is not UTF-8 is
// reported as such.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusFileSystem } from '../../../src/core/corpus/fileSystem';
import { readCorpusFolders } from '../../../src/core/corpus/load';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import { makeCorpus, removeDir } from '../corpus/helpers';

const posix = process.platform !== 'win32';
const TEXT = '# Budget\n\nThe programme cost £40 million in 2024.\n';

describe('safety: corpus reads stay inside the corpus', function () {
  this.timeout(30_000);
  const made: string[] = [];
  const corpus = (files: Record<string, string | Uint8Array>) => {
    const root = makeCorpus(files);
    made.push(root);
    return root;
  };
  after(() => made.forEach(removeDir));

  it('a manifest that is a link to another folder’s manifest is not read, and says why', async function () {
    if (!posix) this.skip();
    const elsewhere = corpus({ 'manifest.yaml': '- file: budget.md\n  key: secret\n  title: Secret title from elsewhere\n' });
    const root = corpus({ 'budget.md': TEXT });
    fs.symlinkSync(path.join(elsewhere, 'manifest.yaml'), path.join(root, 'manifest.yaml'));
    const { sources, problems } = await readCorpusFolders([root], nodeFileSystem);
    assert.deepEqual(
      sources.map((s) => [s.key, s.title]),
      [['budget', 'Budget']],
    );
    assert.deepEqual(problems, [
      { file: path.join(root, 'manifest.yaml'), message: `manifest resolves to ${fs.realpathSync(path.join(elsewhere, 'manifest.yaml'))}, outside the corpus folder; ignored` },
    ]);
  });

  it('links to /dev/zero and /dev/urandom and a FIFO are reported, never read', async function () {
    if (!posix || !fs.existsSync('/dev/zero')) this.skip();
    const root = corpus({ 'budget.md': TEXT });
    fs.symlinkSync('/dev/zero', path.join(root, 'zero.md'));
    fs.symlinkSync('/dev/urandom', path.join(root, 'random.txt'));
    execFileSync('mkfifo', [path.join(root, 'pipe.md')]);
    const { sources, problems } = await readCorpusFolders([root], nodeFileSystem);
    assert.deepEqual(sources.map((s) => s.key), ['budget']);
    assert.deepEqual(problems, [
      { file: path.join(root, 'pipe.md'), message: 'is a device, FIFO or socket, not a regular file; not indexed' },
      { file: path.join(root, 'random.txt'), message: 'is a symbolic link to a device, FIFO or socket, not a regular file; not indexed' },
      { file: path.join(root, 'zero.md'), message: 'is a symbolic link to a device, FIFO or socket, not a regular file; not indexed' },
    ]);
  });

  it('a manifest that is a FIFO is reported, not waited on', async function () {
    if (!posix) this.skip();
    const root = corpus({ 'budget.md': TEXT });
    execFileSync('mkfifo', [path.join(root, 'manifest.json')]);
    const { sources, problems } = await readCorpusFolders([root], nodeFileSystem);
    assert.equal(sources.length, 1);
    assert.deepEqual(problems, [{ file: path.join(root, 'manifest.json'), message: 'manifest is a device, FIFO or socket, not a regular file; ignored' }]);
  });

  it('reads at most the limit + 1 bytes when stat lies about the size', async () => {
    const root = corpus({ 'big.md': `# Big\n\n${'word '.repeat(100_000)}\n`, 'small.md': TEXT });
    const asked: number[] = [];
    const lying: CorpusFileSystem = {
      ...nodeFileSystem,
      stat: async (location) => ({ ...(await nodeFileSystem.stat(location)), size: 10 }),
      readFile: async (location, maxBytes) => {
        const bytes = await nodeFileSystem.readFile(location, maxBytes);
        asked.push(bytes.length);
        return bytes;
      },
    };
    const { sources, problems } = await readCorpusFolders([root], lying, { maxFileBytes: 4096 });
    assert.deepEqual(sources.map((s) => s.key), ['small']);
    assert.deepEqual(problems, [{ file: path.join(root, 'big.md'), message: 'is over the 4 KB limit for a source file (it grew after it was listed); not indexed' }]);
    assert.ok(asked.every((length) => length <= 4097), `read lengths ${asked.join(', ')}`);
    assert.equal((await nodeFileSystem.readFile(path.join(root, 'big.md'), 4097)).length, 4097);
  });

  it('a file name that is not UTF-8 is reported as such, not as “disappeared”', async function () {
    if (process.platform !== 'linux') this.skip();
    const root = corpus({ 'budget.md': TEXT });
    fs.writeFileSync(Buffer.concat([Buffer.from(`${root}/bad`), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]), TEXT);
    const { sources, problems } = await readCorpusFolders([root], nodeFileSystem);
    assert.deepEqual(sources.map((s) => s.key), ['budget']);
    assert.deepEqual(problems, [{ file: path.join(root, 'bad\ufffd\ufffd.md'), message: 'has a file name that is not valid UTF-8 and cannot be opened by name; not indexed' }]);
  });
});
