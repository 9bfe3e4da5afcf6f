// The real engine over the local file system. The built index is kept in the CLI's cache
// folder (BRIEF_LENS_CACHE, else $XDG_CACHE_HOME/brief-lens, else ~/.cache/brief-lens) and
// reused while the sources are unchanged; BRIEF_LENS_CACHE=off turns the cache off.
import { BriefChecker, loadCorpus } from '../core';
import { nodeFileSystem } from '../core/corpus/nodeFileSystem';
import { defaultIndexCacheDir, loadCorpusCached, nodeIndexCacheStore } from '../core/corpus/nodeIndexCache';
import type { CliEngine } from './engine';

export const nodeEngine: CliEngine = {
  async loadCorpus(folders, options, check) {
    const corpus =
      process.env.BRIEF_LENS_CACHE === 'off'
        ? await loadCorpus(folders, nodeFileSystem, options)
        : (await loadCorpusCached(folders, nodeFileSystem, nodeIndexCacheStore(defaultIndexCacheDir()), options)).corpus;
    const checker = new BriefChecker(corpus, check);
    return {
      sources: corpus.sources,
      problems: corpus.problems,
      check: (text, uri) => checker.check(text, uri, 1),
    };
  },
};
