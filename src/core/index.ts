// The engine's public surface. Nothing here imports `vscode`.
import { Corpus } from './corpus/corpus';
import type { CorpusFileSystem, LoadOptions } from './corpus/fileSystem';
import { readCorpusFolders } from './corpus/load';

export * from './types';
export { Corpus, buildCorpusInSlices } from './corpus/corpus';
export { loadCorpusCached, corpusFromCache, cacheEntryName, type IndexCacheStore, type CachedCorpus, type CachedLoadOptions, type BuildOptions } from './corpus/indexCache';
export type { CorpusFileSystem, DirectoryEntry, EntryKind, LoadOptions, LoadedSource } from './corpus/fileSystem';
export { readCorpusFolders, DEFAULT_MAX_FILE_BYTES } from './corpus/load';
export type { PassageRetriever, ScoredPassage } from './corpus/invertedIndex';
export { BriefChecker, type CheckOptions } from './engine';
export { DEFAULT_SLICE_MS } from './timeSlices';
export { DEFAULT_SEVERITY } from './findings/context';
export { describeAt, type Described } from './describe';
export { referencesSection, type ReferencesOptions } from './references/section';
export { briefReferences, type BriefReferences } from './bibliography/frontMatter';
export { parseBibliography, type BibEntry, type CslItem } from './bibliography/parse';
export { LineIndex, applyEdits, offsetAt, positionAt, problemPosition } from './text/positions';

/** Reads, splits and indexes corpus folders; faults become `problems`, never exceptions. */
export async function loadCorpus(folders: string[], fs: CorpusFileSystem, options: LoadOptions = {}): Promise<Corpus> {
  const { sources, problems } = await readCorpusFolders(folders, fs, options);
  return new Corpus(sources, problems);
}
