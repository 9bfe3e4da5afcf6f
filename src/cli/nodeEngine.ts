// The real engine over the local file system. The built index is kept in the CLI's cache
// folder (BRIEF_LENS_CACHE, else $XDG_CACHE_HOME/brief-lens, else ~/.cache/brief-lens) and
// reused while the sources are unchanged; BRIEF_LENS_CACHE=off turns the cache off.
import * as path from 'node:path';
import { BriefChecker, loadCorpus, loadCorpusCached } from '../core';
import { defaultIndexCacheDir, nodeFileSystem, nodeIndexCacheStore } from '../node';
import type { CliEngine } from './engine';

/** Text extracted from PDF, HTML and Word files, by content, beside the index entries (more entries kept: one per file). */
const EXTRACTED_ENTRIES = 2000;

function extractionStore() {
  return nodeIndexCacheStore(path.join(defaultIndexCacheDir(), 'extracted'), EXTRACTED_ENTRIES);
}

export const nodeEngine: CliEngine = {
  async loadCorpus(folders, options, check) {
    const corpus =
      process.env.BRIEF_LENS_CACHE === 'off'
        ? await loadCorpus(folders, nodeFileSystem, options)
        : (await loadCorpusCached(folders, nodeFileSystem, nodeIndexCacheStore(defaultIndexCacheDir()), { ...options, extractionCache: extractionStore() })).corpus;
    const checker = new BriefChecker(corpus, check);
    return {
      sources: corpus.sources,
      problems: corpus.problems,
      check: (text, uri) => checker.check(text, uri, 1),
    };
  },
};
