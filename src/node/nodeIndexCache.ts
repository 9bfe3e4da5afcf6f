// The index cache on the local disk, for the CLI, scripts and tests (Node only).
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IndexCacheStore } from '../core';

export { loadCorpusCached, type CachedCorpus, type CachedLoadOptions, type IndexCacheStore } from '../core';

/** Entries kept in a cache folder; the least recently written beyond this are deleted. */
export const MAX_CACHE_ENTRIES = 16;

/**
 * Entries as files in `dir` (created on first write); writes go through a temporary file and
 * a rename, then the oldest entries beyond `maxEntries` are deleted (each corpus folder set
 * has its own entry, so the folder would otherwise only grow).
 */
export function nodeIndexCacheStore(dir: string, maxEntries = MAX_CACHE_ENTRIES): IndexCacheStore {
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
      await prune(dir, maxEntries);
    },
  };
}

/** The CLI's cache folder: $BRIEF_LENS_CACHE, else $XDG_CACHE_HOME/brief-lens, else ~/.cache/brief-lens. */
export function defaultIndexCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BRIEF_LENS_CACHE) return env.BRIEF_LENS_CACHE;
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || path.join(os.homedir(), '.cache');
  return path.join(base ?? os.tmpdir(), 'brief-lens');
}

/** Deletes the oldest `*.blidx` entries beyond `keep` (by modification time); never anything else. */
async function prune(dir: string, keep: number): Promise<void> {
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.blidx'));
  if (names.length <= keep) return;
  const dated = await Promise.all(
    names.map(async (name) => {
      try {
        return { name, time: (await fs.stat(path.join(dir, name))).mtimeMs };
      } catch {
        return { name, time: Infinity }; // gone already
      }
    }),
  );
  dated.sort((a, b) => b.time - a.time || (a.name < b.name ? -1 : 1));
  for (const { name } of dated.slice(keep)) await fs.rm(path.join(dir, name), { force: true });
}
