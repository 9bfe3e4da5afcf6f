// The index cache on the local disk, for the CLI, scripts and tests (Node only).
//
// The cache folder may be shared or planted (BRIEF_LENS_CACHE, XDG_CACHE_HOME), so an entry is
// untrusted: it is opened without following links and without blocking (a FIFO), read only when
// it is a regular file, and never beyond a size bound. A folder that another user owns or could
// write to is refused. Writes go to a private temporary file created exclusively under a random
// name, then renamed over the entry, so a planted link is never written through.
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IndexCacheStore } from '../core';

export { loadCorpusCached, type CachedCorpus, type CachedLoadOptions, type IndexCacheStore } from '../core';

/** Entries kept in a cache folder; the least recently written beyond this are deleted. */
export const MAX_CACHE_ENTRIES = 16;

/** Largest entry read; a bigger file is not an entry this engine wrote for a corpus it can load. */
export const MAX_CACHE_ENTRY_BYTES = 1024 * 1024 * 1024;

/** The cache folder cannot be used safely; the message says why (the load goes on without a cache). */
export class UnsafeCacheFolderError extends Error {}

/**
 * Entries as files in `dir` (created on first write, mode 0700); writes go through a temporary
 * file and a rename, then the oldest entries beyond `maxEntries` are deleted (each corpus folder
 * set has its own entry, so the folder would otherwise only grow).
 */
export function nodeIndexCacheStore(dir: string, maxEntries = MAX_CACHE_ENTRIES, maxEntryBytes = MAX_CACHE_ENTRY_BYTES): IndexCacheStore {
  return {
    async read(name) {
      if (!(await checkCacheFolder(dir, false))) return undefined;
      return readEntry(path.join(dir, name), maxEntryBytes);
    },
    async write(name, bytes) {
      await checkCacheFolder(dir, true);
      await writeEntry(dir, name, bytes);
      await prune(dir, maxEntries);
    },
    async remove(name) {
      if (await checkCacheFolder(dir, false)) await fs.rm(path.join(dir, name), { force: true });
    },
  };
}

/**
 * True when `dir` is a folder this process owns that no one else can write to; false when it does
 * not exist (and `create` is false). Creates it (0700) when asked. Throws UnsafeCacheFolderError
 * when it is a link, not a folder, someone else's, or group/world-writable.
 */
export async function checkCacheFolder(dir: string, create: boolean): Promise<boolean> {
  let stats = await fs.lstat(dir).catch((error: { code?: string }) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!stats) {
    if (!create) return false;
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    stats = await fs.lstat(dir);
  }
  const refuse = (why: string) => new UnsafeCacheFolderError(`cache folder ${dir} ${why}; the index cache is not used (set BRIEF_LENS_CACHE to a private folder, or to "off")`);
  if (stats.isSymbolicLink()) throw refuse('is a symbolic link');
  if (!stats.isDirectory()) throw refuse('is not a folder');
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true; // folder ACLs, not modes
  if (stats.uid !== process.getuid()) throw refuse(`belongs to another user (uid ${stats.uid})`);
  if ((stats.mode & 0o022) !== 0) throw refuse(`can be written by ${stats.mode & 0o002 ? 'any user' : 'its group'} (mode ${(stats.mode & 0o777).toString(8)})`);
  return true;
}

/** The entry's bytes, or undefined when there is none or it is not a regular file of bounded size (then it is deleted). */
async function readEntry(location: string, maxBytes: number): Promise<Uint8Array | undefined> {
  let handle: fs.FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await fs.open(location, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP' || code === 'EMLINK') {
      await fs.rm(location, { force: true }); // a symbolic link where an entry should be
      return undefined;
    }
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile() || stats.size > maxBytes) {
      await fs.rm(location, { force: true });
      return undefined;
    }
    // Read at most maxBytes + 1 whatever stat said: a file that grows past the bound is rejected.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes || filled > stats.size) {
      await fs.rm(location, { force: true });
      return undefined;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Writes `bytes` to a new private file (exclusive create, random name, 0600) and renames it over the entry. */
async function writeEntry(dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(dir, `.${name}.${randomBytes(8).toString('hex')}.tmp`);
  const handle = await fs.open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
  } catch (error) {
    await handle.close();
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(temporary, path.join(dir, name));
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** The CLI's cache folder: $BRIEF_LENS_CACHE, else $XDG_CACHE_HOME/brief-lens, else ~/.cache/brief-lens. */
export function defaultIndexCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BRIEF_LENS_CACHE) return env.BRIEF_LENS_CACHE;
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || path.join(os.homedir(), '.cache');
  return path.join(base ?? os.tmpdir(), 'brief-lens');
}

/** Deletes the oldest `*.blidx` entries beyond `keep` (by modification time); never anything else. */
async function prune(dir: string, keep: number): Promise<void> {
  const all = await fs.readdir(dir);
  await removeStaleTemporaries(dir, all);
  const names = all.filter((name) => name.endsWith('.blidx'));
  if (names.length <= keep) return;
  const dated = await Promise.all(
    names.map(async (name) => {
      try {
        return { name, time: (await fs.lstat(path.join(dir, name))).mtimeMs };
      } catch {
        return { name, time: Infinity }; // gone already
      }
    }),
  );
  dated.sort((a, b) => b.time - a.time || (a.name < b.name ? -1 : 1));
  for (const { name } of dated.slice(keep)) await fs.rm(path.join(dir, name), { force: true });
}

/** Temporary files of writes that never finished (a killed process), once they are an hour old. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

async function removeStaleTemporaries(dir: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    if (!(name.startsWith('.') && name.includes('.blidx.') && name.endsWith('.tmp'))) continue;
    const location = path.join(dir, name);
    const stats = await fs.lstat(location).catch(() => undefined);
    if (stats && Date.now() - stats.mtimeMs > STALE_TEMPORARY_MS) await fs.rm(location, { force: true });
  }
}
