// CorpusFileSystem over node:fs/promises, for the CLI, scripts and tests.
import { constants, promises as fs, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { CorpusFileSystem, DirectoryEntry, EntryKind } from '../core';

function direntKind(entry: Dirent): EntryKind {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  return 'other';
}

function statKind(stats: Stats): EntryKind {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  return 'other';
}

export const nodeFileSystem: CorpusFileSystem = {
  async readDirectory(location: string): Promise<DirectoryEntry[]> {
    const entries = await fs.readdir(location, { withFileTypes: true });
    return entries.map((entry) => ({ name: entry.name, kind: direntKind(entry) }));
  },
  async readFile(location: string, maxBytes?: number): Promise<Uint8Array> {
    return readBounded(location, maxBytes ?? Infinity);
  },
  async stat(location: string): Promise<{ size: number; kind: EntryKind }> {
    const stats = await fs.stat(location);
    return { size: stats.size, kind: statKind(stats) };
  },
  join(base: string, name: string): string {
    return path.join(base, name);
  },
  async realPath(location: string): Promise<string> {
    return fs.realpath(location);
  },
};

/** Thrown when what was opened is not a regular file (a FIFO, a device or a socket swapped in after stat). */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREGULAR';
  constructor() {
    super('is not a regular file (a device, FIFO or socket)');
  }
}

/**
 * Reads at most `maxBytes` of a regular file. O_NONBLOCK so that opening a FIFO never waits for a
 * writer; fstat after open so the check is of the file actually read, not of a name.
 */
async function readBounded(location: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await fs.open(location, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new NotRegularFileError();
    const chunks: Buffer[] = [];
    let total = 0;
    // stat's size is only a hint: read in chunks until end of file or the bound.
    while (total < maxBytes) {
      const want = Math.min(maxBytes - total, Math.max(64 * 1024, Math.min(stats.size - total + 1, 16 * 1024 * 1024)));
      const chunk = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(chunk, 0, want, total);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
