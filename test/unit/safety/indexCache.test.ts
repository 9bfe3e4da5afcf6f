// The index cache is untrusted input: the probes of issue 16 (a FIFO or a link to /dev/zero as
// an entry, a planted temporary-file link, a forged header, bit flips, an in-bounds edit of
// passage offsets, a shared cache folder) each end in a rebuild or a refusal with a message,
// never a hang, an unbounded read, a write through a link, or a changed answer.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BriefChecker, type LoadedSource } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { cacheEntryName, decodeIndex, encodeIndex, loadCorpusCached, sourcesFingerprint } from '../../../src/core/corpus/indexCache';
import { resealed } from '../corpus/resealed';
import { readCorpusFolders } from '../../../src/core/corpus/load';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import { nodeIndexCacheStore } from '../../../src/node/nodeIndexCache';
import { makeCorpus, makeTempDir, removeDir } from '../corpus/helpers';

const posix = process.platform !== 'win32';

const SOURCES: Record<string, string> = {
  'budget.md': '# Budget\n\nThe programme cost £40 million in 2024. Spending rose by 12 per cent over the year.\n\nThe Office for Budget Responsibility (OBR) reviewed it.\n',
  'labs.md': '# Labs\n\nThree new laboratories opened in Leeds. Each employs 200 scientists.\n',
};
const BRIEF = '# Brief\n\nThe programme cost £90 million in 2024 [@budget].\n';


function headerOf(bytes: Uint8Array): { header: Record<string, unknown>; length: number } {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  return { header: JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + length))) as Record<string, unknown>, length };
}

/** An entry whose header is replaced (same length or not), resealed. */
function withHeader(bytes: Uint8Array, header: unknown): Uint8Array {
  const { length } = headerOf(bytes);
  const text = new TextEncoder().encode(JSON.stringify(header));
  const bodyStart = (16 + length + 7) & ~7;
  const newBodyStart = (16 + text.length + 7) & ~7;
  const out = new Uint8Array(newBodyStart + bytes.length - bodyStart);
  out.set(bytes.subarray(0, 16));
  new DataView(out.buffer).setUint32(4, text.length, true);
  out.set(text, 16);
  out.set(bytes.subarray(bodyStart), newBodyStart);
  return resealed(out);
}

describe('safety: the index cache is untrusted input', function () {
  this.timeout(60_000);
  let corpusDir: string;
  let cacheDir: string;
  let sources: LoadedSource[];
  let fresh: Corpus;
  let entry: string;
  let expected: unknown;

  before(async () => {
    corpusDir = makeCorpus(SOURCES);
    sources = (await readCorpusFolders([corpusDir], nodeFileSystem)).sources;
    fresh = new Corpus(sources, []);
    expected = new BriefChecker(fresh).check(BRIEF, 'brief.md', 1).findings.map((f) => [f.code, f.message]);
  });
  after(() => removeDir(corpusDir));
  beforeEach(() => {
    cacheDir = path.join(makeTempDir('brief-lens-cache-'), 'cache');
    entry = path.join(cacheDir, cacheEntryName([corpusDir]));
  });
  afterEach(() => removeDir(path.dirname(cacheDir)));

  async function load(messages: string[] = []) {
    const loaded = await loadCorpusCached([corpusDir], nodeFileSystem, nodeIndexCacheStore(cacheDir), { onCacheError: (m) => messages.push(m) });
    const findings = new BriefChecker(loaded.corpus).check(BRIEF, 'brief.md', 1).findings.map((f) => [f.code, f.message]);
    return { hit: loaded.cacheHit, findings, messages };
  }

  it('creates a private folder (0700) and entries (0600), then hits', async function () {
    if (!posix) this.skip();
    const first = await load();
    assert.deepEqual([first.hit, first.messages], [false, []]);
    assert.equal(fs.statSync(cacheDir).mode & 0o777, 0o700);
    assert.equal(fs.statSync(entry).mode & 0o777, 0o600);
    assert.deepEqual(fs.readdirSync(cacheDir), [path.basename(entry)], 'no temporary file is left');
    const second = await load();
    assert.deepEqual([second.hit, second.findings], [true, expected]);
  });

  it('an entry that is a FIFO is not opened for a blocking read: deleted, rebuilt', async function () {
    if (!posix) this.skip();
    fs.mkdirSync(cacheDir, { mode: 0o700 });
    execFileSync('mkfifo', [entry]);
    const run = await load();
    assert.deepEqual([run.hit, run.findings, run.messages], [false, expected, []]);
    assert.ok(fs.lstatSync(entry).isFile(), 'the FIFO was replaced by a regular entry');
    assert.equal((await load()).hit, true);
  });

  it('an entry linked to /dev/zero is not followed: the link is deleted and the entry rebuilt', async function () {
    if (!posix || !fs.existsSync('/dev/zero')) this.skip();
    fs.mkdirSync(cacheDir, { mode: 0o700 });
    fs.symlinkSync('/dev/zero', entry);
    const run = await load();
    assert.deepEqual([run.hit, run.findings, run.messages], [false, expected, []]);
    assert.ok(fs.lstatSync(entry).isFile());
  });

  it('an entry larger than the bound is not read past it, and deleted', async () => {
    fs.mkdirSync(cacheDir, { mode: 0o700 });
    fs.writeFileSync(entry, new Uint8Array(4096));
    const store = nodeIndexCacheStore(cacheDir, 16, 1024);
    assert.equal(await store.read(path.basename(entry)), undefined);
    assert.equal(fs.existsSync(entry), false);
  });

  it('a planted <entry>.<pid>.tmp link (the old temporary name) is never written through', async function () {
    if (!posix) this.skip();
    fs.mkdirSync(cacheDir, { mode: 0o700 });
    const victim = path.join(path.dirname(cacheDir), 'victim.txt');
    fs.writeFileSync(victim, 'precious');
    for (const pid of [process.pid, process.pid + 1]) fs.symlinkSync(victim, `${entry}.${pid}.tmp`);
    const run = await load();
    assert.deepEqual([run.hit, run.messages], [false, []]);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'precious');
    assert.ok(fs.lstatSync(entry).isFile());
  });

  it('temporary files of unfinished writes are removed once an hour old, not before', async () => {
    fs.mkdirSync(cacheDir, { mode: 0o700 });
    const stale = path.join(cacheDir, '.corpus-x.blidx.0123456789abcdef.tmp');
    const fresh = path.join(cacheDir, '.corpus-y.blidx.fedcba9876543210.tmp');
    fs.writeFileSync(stale, 'half');
    fs.writeFileSync(fresh, 'half');
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(stale, old, old);
    await load();
    assert.deepEqual(fs.readdirSync(cacheDir).sort(), [path.basename(fresh), path.basename(entry)].sort());
  });

  for (const mode of [0o777, 0o775, 0o1777]) {
    it(`a cache folder with mode ${mode.toString(8)} is refused with a message, and nothing is written`, async function () {
      if (!posix) this.skip();
      fs.mkdirSync(cacheDir);
      fs.chmodSync(cacheDir, mode);
      const run = await load();
      const who = mode & 0o002 ? 'any user' : 'its group';
      const why = `cache folder ${cacheDir} can be written by ${who} (mode ${(mode & 0o777).toString(8)}); the index cache is not used (set BRIEF_LENS_CACHE to a private folder, or to "off")`;
      assert.deepEqual([run.hit, run.findings, run.messages], [false, expected, [`index cache could not be read: ${why}`, `index cache could not be written: ${why}`]]);
      assert.deepEqual(fs.readdirSync(cacheDir), []);
    });
  }

  it('a cache folder that is a symbolic link is refused', async function () {
    if (!posix) this.skip();
    const real = path.join(path.dirname(cacheDir), 'elsewhere');
    fs.mkdirSync(real, { mode: 0o700 });
    fs.symlinkSync(real, cacheDir);
    const run = await load();
    assert.equal(run.hit, false);
    assert.match(run.messages[0] ?? '', /^index cache could not be read: cache folder .* is a symbolic link; the index cache is not used/);
    assert.deepEqual(fs.readdirSync(real), []);
  });

  it('a header with the right fingerprint and wrong field types is rejected, deleted and rebuilt', async () => {
    fs.mkdirSync(cacheDir, { mode: 0o700 });
    const good = encodeIndex(fresh, sourcesFingerprint(sources));
    const { header } = headerOf(good);
    const forgeries = [
      { ...header, properNames: 'not a list' },
      { ...header, aliases: [[1, 2]] },
      { ...header, sources: String(header.sources) },
      { ...header, arrays: { ...(header.arrays as object), postings: { offset: '0', bytes: 4 } } },
      { ...header, arrays: { ...(header.arrays as object), postings: { offset: -8, bytes: 4 } } },
      { ...header, extra: true },
    ];
    for (const forged of forgeries) {
      const bytes = withHeader(good, forged);
      assert.equal(decodeIndex(bytes, sourcesFingerprint(sources), sources), undefined, JSON.stringify(forged).slice(0, 80));
      fs.writeFileSync(entry, bytes);
      const run = await load();
      assert.deepEqual([run.hit, run.findings, run.messages], [false, expected, []]);
      assert.equal((await load()).hit, true, 'the rebuilt entry is used next time');
    }
    // The unchanged header, resealed, still decodes: the rejections above are the schema's.
    assert.ok(decodeIndex(withHeader(good, header), sourcesFingerprint(sources), sources));
  });

  it('every one of 40 single-bit flips is rejected', () => {
    const fingerprint = sourcesFingerprint(sources);
    const good = encodeIndex(fresh, fingerprint);
    let seed = 16;
    for (let flip = 0; flip < 40; flip++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const bit = seed % (good.length * 8);
      const bad = good.slice();
      bad[bit >> 3] = (bad[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      assert.equal(decodeIndex(bad, fingerprint, sources), undefined, `bit ${bit}`);
    }
  });

  it('an in-bounds edit of passage offsets is rejected, with or without a matching checksum', () => {
    const fingerprint = sourcesFingerprint(sources);
    const good = encodeIndex(fresh, fingerprint);
    const { header, length } = headerOf(good);
    const arrays = header.arrays as Record<string, { offset: number }>;
    const bodyStart = (16 + length + 7) & ~7;
    const view = new DataView(good.buffer);
    const start1 = bodyStart + (arrays.passageStart?.offset ?? 0) + 4;
    const end0 = view.getUint32(bodyStart + (arrays.passageEnd?.offset ?? 0), true);
    // Passage 1 starts inside passage 0: every offset still within the text.
    const edited = good.slice();
    new DataView(edited.buffer).setUint32(start1, end0 - 1, true);
    assert.equal(decodeIndex(edited, fingerprint, sources), undefined, 'caught by the checksum');
    assert.equal(decodeIndex(resealed(edited), fingerprint, sources), undefined, 'caught by the order check');
    // A term's postings out of order.
    const offsets = bodyStart + (arrays.postings?.offset ?? 0);
    const swapped = good.slice();
    const swappedView = new DataView(swapped.buffer);
    const [a, b] = [swappedView.getUint32(offsets, true), swappedView.getUint32(offsets + 4, true)];
    swappedView.setUint32(offsets, b, true);
    swappedView.setUint32(offsets + 4, a, true);
    assert.equal(decodeIndex(resealed(swapped), fingerprint, sources), undefined);
  });

  it('the CLI prints the refusal as a warning and still checks (exit code and findings unchanged)', function () {
    if (!posix) this.skip();
    const cli = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
    if (!fs.existsSync(cli)) this.skip();
    fs.mkdirSync(cacheDir);
    fs.chmodSync(cacheDir, 0o777);
    const env = { ...process.env, BRIEF_LENS_CACHE: cacheDir };
    const result = spawnSync(process.execPath, [cli, 'sources', '-c', corpusDir], { env, encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^budget {2}Budget$/m);
    assert.equal(
      result.stderr,
      `brief-lens: warning: index cache could not be read: cache folder ${cacheDir} can be written by any user (mode 777); the index cache is not used (set BRIEF_LENS_CACHE to a private folder, or to "off")\n` +
        `brief-lens: warning: index cache could not be written: cache folder ${cacheDir} can be written by any user (mode 777); the index cache is not used (set BRIEF_LENS_CACHE to a private folder, or to "off")\n`,
    );
  });
});
