// The extraction cache (issue 14): a re-index extracts only the PDF, web and Word files whose
// content changed; the rest comes from the cache, refusals included. And a long read can be
// followed page by page and cancelled.
import { strict as assert } from 'node:assert';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readCorpusFolders, WorkCancelled, type ExtractionStore } from '../../../src/core';
import { nodeEngine } from '../../../src/cli/nodeEngine';
import { nodeFileSystem } from '../../../src/node';
import { makeCorpus, makeTempDir, removeDir } from '../corpus/helpers';
import { fixture, FIXTURES } from './fixtures';

/** Loads through the CLI's engine (its cache folder from BRIEF_LENS_CACHE) and says which files were extracted, which came from the cache. */
async function indexWithCli(folder: string): Promise<{ extracted: string[]; cached: string[]; problems: string[] }> {
  const extracted: string[] = [];
  const cached: string[] = [];
  const engine = await nodeEngine.loadCorpus([folder], { onExtracted: (location, fromCache) => (fromCache ? cached : extracted).push(path.basename(location)) });
  return { extracted: extracted.sort(), cached: cached.sort(), problems: engine.problems.map((p) => `${path.basename(p.file)}: ${p.message}`) };
}

describe('sources: the extraction cache of the command line', function () {
  this.timeout(60_000);
  let root: string;
  let saved: string | undefined;
  before(() => {
    saved = process.env.BRIEF_LENS_CACHE;
    root = makeCorpus({
      'corpus/report.pdf': fixture('truman-1946.pdf'),
      'corpus/page.html': fixture('truman-1946.html'),
      'corpus/word.docx': fixture('truman-1946.docx'),
      'corpus/scan.pdf': fixture('scanned.pdf'),
      'corpus/notes.md': '# Notes\n\nPlain text is not extracted.\n',
    });
    process.env.BRIEF_LENS_CACHE = path.join(root, 'cache');
  });
  after(() => {
    if (saved === undefined) delete process.env.BRIEF_LENS_CACHE;
    else process.env.BRIEF_LENS_CACHE = saved;
    removeDir(root);
  });

  it('extracts every document once, then only the one that changed', async () => {
    const corpus = path.join(root, 'corpus');
    const first = await indexWithCli(corpus);
    assert.deepEqual(first.extracted, ['page.html', 'report.pdf', 'scan.pdf', 'word.docx']);
    assert.deepEqual(first.cached, []);

    const second = await indexWithCli(corpus);
    assert.deepEqual(second.extracted, []);
    assert.deepEqual(second.cached, ['page.html', 'report.pdf', 'scan.pdf', 'word.docx']);
    // A refusal read from the cache is the same problem as the first time.
    assert.deepEqual(second.problems, first.problems);
    assert.ok(second.problems.some((line) => line.startsWith('scan.pdf: has no text layer')));

    writeFileSync(path.join(corpus, 'page.html'), '<!DOCTYPE html><html><head><title>Changed</title></head><body><article><p>The page was saved again with new text about wages and prices.</p></article></body></html>');
    const third = await indexWithCli(corpus);
    assert.deepEqual(third.extracted, ['page.html']);
    assert.deepEqual(third.cached, ['report.pdf', 'scan.pdf', 'word.docx']);
    // The entries live in the cache folder's own subfolder, beside the index entries.
    assert.equal(readdirSync(path.join(root, 'cache', 'extracted')).filter((name) => name.startsWith('extract-')).length, 5);
  });
});

describe('sources: extraction cache entries are untrusted', function () {
  this.timeout(30_000);
  it('reads the PDF again when an entry is damaged or its offsets lie, and rewrites it', async () => {
    const folder = makeTempDir();
    copyFileSync(path.join(FIXTURES, 'truman-1946.pdf'), path.join(folder, 'report.pdf'));
    const store = new Map<string, Uint8Array>();
    const cache: ExtractionStore = { read: async (name) => store.get(name), write: async (name, bytes) => void store.set(name, bytes) };
    try {
      const fresh = await readCorpusFolders([folder], nodeFileSystem, { extractionCache: cache });
      const [name] = [...store.keys()];
      assert.ok(name);
      const entry = JSON.parse(new TextDecoder().decode(store.get(name))) as { extracted: { pageStarts: number[] } };
      for (const damaged of ['{"ok":true,', JSON.stringify({ ok: true, extracted: { ...entry.extracted, pageStarts: [0, 10 ** 9] } })]) {
        store.set(name, new TextEncoder().encode(damaged));
        const fromCache: boolean[] = [];
        const again = await readCorpusFolders([folder], nodeFileSystem, { extractionCache: cache, onExtracted: (_location, cached) => fromCache.push(cached) });
        assert.deepEqual(fromCache, [false]);
        assert.deepEqual(again.sources, fresh.sources);
      }
    } finally {
      removeDir(folder);
    }
  });
});

describe('sources: refusals the cache keeps', function () {
  this.timeout(30_000);
  it('keeps a refusal caused by the bytes (a scan), not one that may be the host’s', async () => {
    const folder = makeCorpus({ 'scan.pdf': fixture('scanned.pdf'), 'odd.docx': 'a text file named .docx' });
    const store = new Map<string, Uint8Array>();
    const cache: ExtractionStore = { read: async (name) => store.get(name), write: async (name, bytes) => void store.set(name, bytes) };
    try {
      for (const expected of [['odd.docx false', 'scan.pdf false'], ['odd.docx false', 'scan.pdf true']]) {
        const told: string[] = [];
        const { problems } = await readCorpusFolders([folder], nodeFileSystem, { extractionCache: cache, onExtracted: (location, fromCache) => told.push(`${path.basename(location)} ${fromCache}`) });
        assert.deepEqual(told.sort(), expected);
        assert.deepEqual(problems.map((p) => path.basename(p.file)), ['odd.docx', 'scan.pdf']);
      }
    } finally {
      removeDir(folder);
    }
  });
});

describe('sources: a long read', function () {
  this.timeout(30_000);
  let folder: string;
  before(() => {
    folder = makeCorpus({ 'a.md': '# A\n\nAlpha.\n', 'report.pdf': fixture('truman-1946.pdf') });
  });
  after(() => removeDir(folder));

  it('tells each page of a PDF as it is read', async () => {
    const told: string[] = [];
    await readCorpusFolders([folder], nodeFileSystem, { onPage: (location, page, pages) => told.push(`${path.basename(location)} ${page}/${pages}`) });
    assert.deepEqual(told, ['report.pdf 1/4', 'report.pdf 2/4', 'report.pdf 3/4', 'report.pdf 4/4']);
  });

  it('reads a PDF once when two loads want it at the same time (neither found it in the cache)', async () => {
    const told: boolean[] = [];
    let pages = 0;
    const [first, second] = await Promise.all([0, 1].map(() => readCorpusFolders([folder], nodeFileSystem, { onExtracted: (_location, fromCache) => told.push(fromCache), onPage: () => pages++ })));
    assert.deepEqual(told, [false, false]);
    assert.equal(pages, 4, 'its 4 pages were read once');
    assert.deepEqual(second?.sources, first?.sources);
  });

  it('stops with WorkCancelled between pages when cancelled, and nothing is cached', async () => {
    const store = new Map<string, Uint8Array>();
    let pagesRead = 0;
    const load = readCorpusFolders([folder], nodeFileSystem, {
      extractionCache: { read: async (name) => store.get(name), write: async (name, bytes) => void store.set(name, bytes) },
      onPage: () => pagesRead++,
      isCancelled: () => pagesRead >= 1,
    });
    await assert.rejects(load, WorkCancelled);
    assert.equal(pagesRead, 1);
    assert.equal(store.size, 0);
  });
});
