// Node adapters for the engine: the file system and the index cache on the local disk.
// Used by the CLI, the scripts and the tests; the extension has its own (workspace.fs).
export { nodeFileSystem } from './nodeFileSystem';
export { nodeIndexCacheStore, defaultIndexCacheDir, MAX_CACHE_ENTRIES } from './nodeIndexCache';
// The engine's WordNet, read from dist/wordnet.lex.gz on the first check (or ahead of it: readNodeLexiconAsync).
export { readNodeLexicon, readNodeLexiconAsync } from './lexicon';
