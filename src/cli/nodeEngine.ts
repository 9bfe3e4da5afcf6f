// The real engine over the local file system.
import { BriefChecker, loadCorpus } from '../core';
import { nodeFileSystem } from '../core/corpus/nodeFileSystem';
import type { CliEngine } from './engine';

export const nodeEngine: CliEngine = {
  async loadCorpus(folders, options) {
    const corpus = await loadCorpus(folders, nodeFileSystem, options);
    const checker = new BriefChecker(corpus);
    return {
      sources: corpus.sources,
      problems: corpus.problems,
      check: (text, uri) => checker.check(text, uri, 1),
    };
  },
};
