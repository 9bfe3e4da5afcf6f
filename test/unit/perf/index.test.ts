// The fast index build sees exactly what tokenize() sees, and the on-disk index cache gives
// back a corpus equal to a fresh build; a changed source, another engine or a damaged file is a miss.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BriefChecker, type Corpus, type LoadedSource } from '../../../src/core';
import { buildCorpusInSlices, Corpus as CorpusClass, indexWord } from '../../../src/core/corpus/corpus';
import { readCorpusFolders } from '../../../src/core/corpus/load';
import { corpusFromCache, decodeIndex, encodeIndex, loadCorpusCached, sourcesFingerprint, type IndexCacheStore } from '../../../src/core/corpus/indexCache';
import { resealed } from '../corpus/resealed';
import { InvertedIndexBuilder } from '../../../src/core/corpus/invertedIndex';
import { nodeIndexCacheStore } from '../../../src/node/nodeIndexCache';
import { splitSentences } from '../../../src/core/text/sentences';
import { tokenize } from '../../../src/core/text/tokens';
import { generateBrief } from '../../../scripts/bench/brief';
import { FOLDERS, smallFileSystem } from './fixtures';
import { first, leading, nth, present } from '../../support/present';


function memoryStore(): IndexCacheStore & { entries: Map<string, Uint8Array>; writes: number } {
  const entries = new Map<string, Uint8Array>();
  const store = {
    entries,
    writes: 0,
    read: async (name: string) => entries.get(name),
    write: async (name: string, bytes: Uint8Array) => {
      store.writes++;
      entries.set(name, bytes.slice());
    },
  };
  return store;
}

/** Everything a check can observe of a corpus, as plain data. */
function observable(corpus: Corpus, queries: string[][]): unknown {
  const passages = Array.from({ length: corpus.passageCount }, (_, id) => corpus.passage(id));
  return {
    sources: corpus.sources,
    passages,
    queries: queries.map((q) => corpus.retriever.query(q, 50)),
    idf: queries.flat().map((s) => [corpus.retriever.idf(s), corpus.retriever.documentFrequency(s)]),
    proper: queries.flat().map((s) => corpus.isProperName(s)),
    data: corpus.indexData(),
  };
}

describe('perf: index build and index cache', function () {
  this.timeout(120_000);
  let sources: LoadedSource[];
  let fresh: Corpus;
  let queries: string[][];

  before(async () => {
    ({ sources } = await readCorpusFolders(FOLDERS, smallFileSystem));
    fresh = new CorpusClass(sources);
    queries = [];
    for (let id = 0; id < fresh.passageCount; id += 37) queries.push(tokenize(fresh.passage(id).text).map((t) => t.stem));
  });

  it('indexWord agrees with tokenize() on every word of the corpus', () => {
    const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*(?:[.,][\p{N}]+)*/gu;
    const seen = new Set<string>(["UK's", 'Government’s', '1,000', '3.5', 'Organisation', 'colour', "s's", 'Ü', '²']);
    for (const s of sources) for (const m of s.text.matchAll(WORD)) seen.add(m[0]);
    for (const word of seen) {
      const t = first(tokenize(word), 'token');
      assert.deepEqual(indexWord(word), { stem: t.stem, stop: t.stop, capitalized: t.capitalized, numeric: t.numeric }, word);
    }
  });

  it('the index equals one built from tokenize() passage by passage', () => {
    const builder = new InvertedIndexBuilder();
    let passages = 0;
    for (const s of sources) {
      for (const span of splitSentences(s.text, { lineBreaks: true })) {
        builder.add(tokenize(s.text.slice(span.start, span.end)).filter((t) => !t.stop).map((t) => t.stem));
        passages++;
      }
    }
    const reference = builder.build().data();
    const built = fresh.indexData().index;
    assert.equal(fresh.passageCount, passages);
    // Term ids may be numbered differently only if first occurrences differ: they must not.
    assert.deepEqual(built.terms, reference.terms);
    assert.deepEqual(built.offsets, reference.offsets);
    assert.deepEqual(built.postings, reference.postings);
    assert.deepEqual(built.freqs, reference.freqs);
    assert.deepEqual(built.lengths, reference.lengths);
  });

  it('a corpus from the cache equals a fresh build, and checks the same', () => {
    const fingerprint = sourcesFingerprint(sources);
    const bytes = encodeIndex(fresh, fingerprint);
    const data = decodeIndex(bytes, fingerprint, sources);
    assert.ok(data);
    const cached = new CorpusClass(sources, [], data);
    assert.deepEqual(observable(cached, queries), observable(fresh, queries));
    const brief = generateBrief(fresh, { words: 800, seed: 9 }).text;
    assert.deepEqual(new BriefChecker(cached).check(brief, 'b.md', 1), new BriefChecker(fresh).check(brief, 'b.md', 1));
    // Unaligned bytes (a Buffer from a pool) decode too.
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    assert.ok(decodeIndex(shifted.subarray(1), fingerprint, sources));
  });

  it('a changed source, another engine or source order, and damaged bytes are misses', () => {
    const fingerprint = sourcesFingerprint(sources);
    const bytes = encodeIndex(fresh, fingerprint);
    const edited = sources.map((s, i) => (i === 1 ? { ...s, text: s.text.replace(/e/, 'E') } : s));
    assert.equal(decodeIndex(bytes, sourcesFingerprint(edited), edited), undefined);
    const [firstSource, secondSource] = leading(sources, 2, 'source');
    const reordered = [secondSource, firstSource, ...sources.slice(2)];
    assert.equal(decodeIndex(bytes, sourcesFingerprint(reordered), reordered), undefined);
    assert.equal(decodeIndex(bytes, fingerprint.replace(/^[^|]*/, '999.0'), sources), undefined);
    assert.equal(decodeIndex(bytes.subarray(0, bytes.length - 100), fingerprint, sources), undefined);
    assert.equal(decodeIndex(new Uint8Array(16), fingerprint, sources), undefined);
    const corrupt = bytes.slice();
    const view = new DataView(corrupt.buffer);
    // Point a posting past the last passage (checksum made right again): caught by the consistency checks.
    const header = JSON.parse(new TextDecoder().decode(corrupt.subarray(16, 16 + view.getUint32(4, true)))) as { arrays: Record<string, { offset: number }> };
    const bodyStart = (16 + view.getUint32(4, true) + 7) & ~7;
    view.setUint32(bodyStart + present(header.arrays.postings, 'the postings array').offset, 0xffffffff, true);
    assert.equal(decodeIndex(corrupt, fingerprint, sources), undefined);
    assert.equal(decodeIndex(resealed(corrupt), fingerprint, sources), undefined);
    // A passage attributed to another source than its range says.
    const swapped = bytes.slice();
    new DataView(swapped.buffer).setUint32(bodyStart + present(header.arrays.passageSource, 'the passageSource array').offset, 1, true);
    assert.equal(decodeIndex(resealed(swapped), fingerprint, sources), undefined);
  });

  it('indexing in time slices yields to the event loop and builds the same corpus', async () => {
    const progress: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await buildCorpusInSlices(sources, [], { sliceMs: 0, onProgress: (done, total) => progress.push(done / total) });
    clearInterval(timer);
    assert.ok(ticks > 0, 'the event loop ran during the build');
    assert.ok(progress.length > sources.length, `${progress.length} progress reports`);
    assert.ok(progress.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= nth(progress, i - 1, 'progress report'))));
    assert.deepEqual(observable(sliced, queries), observable(fresh, queries));
    const store = memoryStore();
    const viaCache = await loadCorpusCached(FOLDERS, smallFileSystem, store, { sliceMs: 5 });
    assert.equal(viaCache.cacheHit, false);
    assert.deepEqual(observable(viaCache.corpus, queries), observable(fresh, queries));
  });

  it('loadCorpusCached writes on a miss, reads on a hit, and rebuilds after a change', async () => {
    const store = memoryStore();
    const first = await loadCorpusCached(FOLDERS, smallFileSystem, store);
    assert.equal(first.cacheHit, false);
    assert.equal(store.writes, 1);
    const second = await loadCorpusCached(FOLDERS, smallFileSystem, store);
    assert.equal(second.cacheHit, true);
    assert.deepEqual(observable(second.corpus, queries), observable(first.corpus, queries));
    const name = nth([...store.entries.keys()], 0, 'cache entry');
    const edited = sources.map((s, i) => (i === 0 ? { ...s, text: `${s.text}\nOne more sentence.` } : s));
    const third = await corpusFromCache(edited, [], store, name);
    assert.equal(third.cacheHit, false);
    assert.equal(store.writes, 2);
    // A store that fails is reported and never fails the load.
    const messages: string[] = [];
    const broken: IndexCacheStore = { read: async () => Promise.reject(new Error('disk on fire')), write: async () => Promise.reject(new Error('read-only')) };
    const fourth = await loadCorpusCached(FOLDERS, smallFileSystem, broken, { onCacheError: (m) => messages.push(m) });
    assert.equal(fourth.cacheHit, false);
    assert.equal(fourth.corpus.passageCount, first.corpus.passageCount);
    assert.deepEqual(messages, ['index cache could not be read: disk on fire', 'index cache could not be written: read-only']);
  });
});

describe('perf: the CLI index cache folder', function () {
  this.timeout(60_000);
  it('keeps at most the newest entries and never touches other files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-lens-cache-test-'));
    try {
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'not an entry');
      const store = nodeIndexCacheStore(dir, 3);
      for (let i = 0; i < 6; i++) {
        await store.write(`corpus-${i}.blidx`, new Uint8Array([i]));
        const at = new Date(Date.now() - (10 - i) * 1000);
        fs.utimesSync(path.join(dir, `corpus-${i}.blidx`), at, at);
      }
      assert.deepEqual(fs.readdirSync(dir).sort(), ['corpus-3.blidx', 'corpus-4.blidx', 'corpus-5.blidx', 'notes.txt']);
      assert.deepEqual([...((await store.read('corpus-5.blidx')) ?? [])], [5]);
      assert.equal(await store.read('corpus-0.blidx'), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
