// CorpusFileSystem over node:fs/promises, for the CLI, scripts and tests.
import { promises as fs, type Dirent, type Stats } from 'node:fs';
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
  async readFile(location: string): Promise<Uint8Array> {
    return fs.readFile(location);
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
