// CorpusFileSystem over node:fs/promises, for the CLI, scripts and tests.
import { promises as fs, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { CorpusFileSystem, DirectoryEntry, EntryKind } from '../core';
import { readBounded } from './boundedRead';
// The engine's WordNet is read from disk too, wherever a corpus is (tests, scripts, the CLI).
import './lexicon';

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

export { NotRegularFileError, readBounded } from './boundedRead';
