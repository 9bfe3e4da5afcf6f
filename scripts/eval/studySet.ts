// Opens a development claim set for a study script (`scripts/evidence-rank.ts`,
// `scripts/unaligned-words.ts`): sealed sets are refused, so no study reads their sentences.
import { loadCorpus, type Corpus } from '../../src/core';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { namedSet, SET_NAMES, type ClaimSet, type SetName } from './claimSets';

export async function openStudySet(name: string | undefined): Promise<{ set: ClaimSet; corpus: Corpus }> {
  if (!name || !(SET_NAMES as readonly string[]).includes(name)) throw new Error(`set: one of ${SET_NAMES.join(', ')}`);
  const set = namedSet(name as SetName);
  if (typeof set === 'string') throw new Error(set);
  if (set.sealed) throw new Error(`${name} is sealed`);
  return { set, corpus: await loadCorpus(set.corpusDirs, nodeFileSystem) };
}
