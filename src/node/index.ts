// Node adapters for the engine: the file system and the index cache on the local disk.
// Used by the CLI, the scripts and the tests; the extension has its own (workspace.fs).
export { nodeFileSystem } from './nodeFileSystem';
export { nodeIndexCacheStore, defaultIndexCacheDir, MAX_CACHE_ENTRIES } from './nodeIndexCache';
