// The index cache on the local disk, for the CLI, scripts and tests (Node only).
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IndexCacheStore } from './indexCache';

export { loadCorpusCached, type CachedCorpus, type CachedLoadOptions, type IndexCacheStore } from './indexCache';

/** Entries as files in `dir` (created on first write); writes go through a temporary file and a rename. */
export function nodeIndexCacheStore(dir: string): IndexCacheStore {
  return {
    async read(name) {
      try {
        return await fs.readFile(path.join(dir, name));
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async write(name, bytes) {
      await fs.mkdir(dir, { recursive: true });
      const target = path.join(dir, name);
      const temporary = `${target}.${process.pid}.tmp`;
      await fs.writeFile(temporary, bytes);
      await fs.rename(temporary, target);
    },
  };
}

/** The CLI's cache folder: $BRIEF_LENS_CACHE, else $XDG_CACHE_HOME/brief-lens, else ~/.cache/brief-lens. */
export function defaultIndexCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BRIEF_LENS_CACHE) return env.BRIEF_LENS_CACHE;
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || path.join(os.homedir(), '.cache');
  return path.join(base ?? os.tmpdir(), 'brief-lens');
}
