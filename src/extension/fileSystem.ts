// CorpusFileSystem over vscode.workspace.fs, so that corpora load in remote and virtual
// workspaces. Locations are URI strings. File contents are cached by (mtime, size): a re-index
// reads again only the files that changed.
import { promises as nodeFs } from 'fs';
import * as vscode from 'vscode';
import type { CorpusFileSystem, DirectoryEntry, EntryKind } from '../core';
import { readBounded } from '../node/boundedRead';

function kindOf(type: vscode.FileType): EntryKind {
  if (type & vscode.FileType.SymbolicLink) return 'symlink';
  if (type & vscode.FileType.File) return 'file';
  if (type & vscode.FileType.Directory) return 'directory';
  return 'other';
}

/**
 * A read through workspace.fs (remote and virtual workspaces), which has no partial read: the
 * loader has refused a file whose stat is over the bound, and one that proves longer than its
 * stat said is cut to `maxBytes` (a copy, so the rest is let go at once) for the loader to report
 * as over the limit, as a bounded read on disk would be. Its whole length was in memory a moment.
 */
export async function readOtherScheme(uri: vscode.Uri, maxBytes: number | undefined): Promise<Uint8Array> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  return maxBytes !== undefined && bytes.length > maxBytes ? bytes.slice(0, maxBytes) : bytes;
}

export class VscodeCorpusFileSystem implements CorpusFileSystem {
  private readonly cache = new Map<string, { mtime: number; size: number; bytes: Uint8Array }>();

  async readDirectory(location: string): Promise<DirectoryEntry[]> {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(location));
    return entries.map(([name, type]) => ({ name, kind: kindOf(type) }));
  }

  async readFile(location: string, maxBytes?: number, onDiskRead?: () => void): Promise<Uint8Array> {
    const uri = vscode.Uri.parse(location);
    const stat = await vscode.workspace.fs.stat(uri);
    const cached = this.cache.get(location);
    if (cached && cached.mtime === stat.mtime && cached.size === stat.size) return cached.bytes;
    // On disk (the extension host runs in Node) the read stops at the bound even when stat lies
    // or the file grew, and a FIFO or device swapped in is refused.
    const bytes = uri.scheme === 'file' ? await readBounded(uri.fsPath, maxBytes ?? Infinity) : await readOtherScheme(uri, maxBytes);
    onDiskRead?.();
    if (maxBytes === undefined || bytes.length < maxBytes) this.cache.set(location, { mtime: stat.mtime, size: stat.size, bytes });
    return bytes;
  }

  async stat(location: string): Promise<{ size: number; kind: EntryKind }> {
    const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(location));
    // workspace.fs.stat follows links; the File/Directory bit is what the link points at.
    const type = stat.type & ~vscode.FileType.SymbolicLink;
    return { size: stat.size, kind: kindOf(type) };
  }

  /**
   * Resolves symbolic links of `file:` locations (the extension host runs in Node), so the loader
   * keeps a corpus inside its folder as the CLI does. Other schemes cannot tell; the loader then
   * does not follow links at all.
   */
  async realPath(location: string): Promise<string> {
    const uri = vscode.Uri.parse(location);
    if (uri.scheme !== 'file') throw new Error(`symbolic links cannot be resolved on ${uri.scheme}: locations`);
    return vscode.Uri.file(await nodeFs.realpath(uri.fsPath)).toString();
  }

  join(base: string, name: string): string {
    return vscode.Uri.joinPath(vscode.Uri.parse(base), name).toString();
  }

  /** Forgets a file (or everything under a folder), e.g. when a watcher reports a change. */
  forget(location: string): void {
    for (const key of this.cache.keys()) {
      if (key === location || key.startsWith(location.endsWith('/') ? location : `${location}/`)) this.cache.delete(key);
    }
  }

  clear(): void {
    this.cache.clear();
  }

  /**
   * This file system for one load, told of each file read from disk rather than from the cache:
   * loads of several corpora run at once, so each counts its own reads.
   */
  counting(onDiskRead: () => void): CorpusFileSystem {
    return {
      readDirectory: (location) => this.readDirectory(location),
      readFile: (location, maxBytes) => this.readFile(location, maxBytes, onDiskRead),
      stat: (location) => this.stat(location),
      join: (base, name) => this.join(base, name),
      realPath: (location) => this.realPath(location),
    };
  }
}
